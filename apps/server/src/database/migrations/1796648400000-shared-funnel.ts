import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Smarketing funnel's metrics: the dashboard's KPIs and the base metrics they are computed from (seed 003). */
const FUNNEL_MARKETING = [
  'marketing.mql', 'marketing.sql', 'marketing.mql_to_sql', 'marketing.pipeline_generated', 'marketing.revenue_per_lead', 'marketing.lead_revenue',
  'marketing.leads', 'marketing.cost_per_lead', 'marketing.spend', 'marketing.sla_attainment', 'marketing.sla_breaches', 'marketing.sla_resolved',
];
const FUNNEL_SALES = [
  'sales.sql_to_customer', 'sales.new_customers', 'sales.conversion_time', 'sales.conversion_days_total', 'sales.lead_response_time', 'sales.responses',
  'sales.response_hours_total',
];

/**
 * Metrics and dashboards shared by several departments: the owner stays in `department`, the others in
 * `shared_with`. Seed 003's Smarketing dashboard and its funnel, already seeded, become SALES' and MARKETING's.
 */
export class SharedFunnel1796648400000 implements MigrationInterface {
  name = 'SharedFunnel1796648400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metric ADD COLUMN shared_with text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE dashboard ADD COLUMN shared_with text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE metric SET shared_with = '{SALES}' WHERE key = ANY($1) AND department = 'MARKETING'`, [FUNNEL_MARKETING]);
    await q.query(`UPDATE metric SET shared_with = '{MARKETING}' WHERE key = ANY($1) AND department = 'SALES'`, [FUNNEL_SALES]);
    await q.query(`UPDATE dashboard SET shared_with = '{SALES}' WHERE slug = 'marketing' AND department = 'MARKETING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dashboard DROP COLUMN shared_with');
    await q.query('ALTER TABLE metric DROP COLUMN shared_with');
  }
}
