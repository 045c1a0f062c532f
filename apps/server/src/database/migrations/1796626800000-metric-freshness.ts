import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Freshness: how often a metric should receive data (set in the catalog; a SQL source's schedule stands in when
 * unset), and FRESHNESS alert rules that fire when it goes quiet past that interval.
 */
export class MetricFreshness1796626800000 implements MigrationInterface {
  name = 'MetricFreshness1796626800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metric ADD COLUMN expected_interval_minutes integer
      CHECK (expected_interval_minutes BETWEEN 1 AND 129600)`);
    await q.query('ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_kind_check');
    await q.query(`ALTER TABLE alert_rule ADD CONSTRAINT alert_rule_kind_check
      CHECK (kind IN ('THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH', 'FRESHNESS'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM alert_rule WHERE kind = 'FRESHNESS'`);
    await q.query('ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_kind_check');
    await q.query(`ALTER TABLE alert_rule ADD CONSTRAINT alert_rule_kind_check
      CHECK (kind IN ('THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH'))`);
    await q.query('ALTER TABLE metric DROP COLUMN expected_interval_minutes');
  }
}
