import { sql } from 'kysely';
import { DimensionLabelEntity } from '../modules/dimension/dimension.entity';
import { DIMENSION_LABEL_SEEDS } from './dimension-labels.seed';
import { In, type DataSource } from 'typeorm';
import { add, startOf, WORKFLOW_FACT_METRICS } from '@opshub/metrics';
import { DashboardEntity, DashboardVersionEntity } from '../modules/dashboard/dashboard.entity';
import { LeadScoringEntity, ScoringRuleEntity } from '../modules/revops/lead-scoring.entity';
import { MetricEntity } from '../modules/metric/metric.entity';
import { SlaPolicyEntity } from '../modules/revops/sla.entity';
import { WorkflowSlaPolicyEntity } from '../modules/workflow/workflow.entity';
import { WORKFLOW_SLA_POLICY_SEEDS } from './workflows.seed';
import { TargetEntity } from '../modules/metric/target.entity';
import { qb, runOne, runSql } from '../database/sql';
import type { Services } from '../services';
import { METRIC_SEEDS, targetSeeds } from './catalog.seed';
import { DASHBOARD_SEEDS, seededWidgets } from './dashboards.seed';
import { AlertRuleEntity } from '../modules/alert/alert.entity';
import { AnnotationEntity } from '../modules/annotation/annotation.entity';
import { ALERT_RULE_SEEDS, annotationSeeds } from './alerts.seed';
import { GoalEntity } from '../modules/goal/goal.entity';
import { GOAL_SEEDS, goalSeeds, rebaseGoal } from './goals.seed';
import { insertEvents } from '../modules/revops/lead-journal.service';
import { allBucketObservations, LEAD_EVENTS } from '../modules/revops/lead-metrics.query';
import { insertLeadRows } from '../modules/revops/lead.query';
import { SalesRepEntity } from '../modules/revops/sales-rep.entity';
import { generateDemoHistory } from './demo-history';
import { UserEntity } from '../modules/auth/auth.entity';
import { hashPassword } from '../modules/auth/password';
import { DEMO_USERS, type DemoUser } from '../modules/auth/demo-users';
import { generateDemoLeads } from './demo-leads';
import { replayWorkflowHistory } from '../simulator/workflow-flow';
import { WORKFLOW_EVENTS } from '../modules/workflow/workflow-journal.service';
import { DEMO_REP_SEEDS, MQL_THRESHOLD, SCORING_RULE_SEEDS, SLA_POLICY_SEEDS } from './revops.seed';

/** The 90-day plan starts at the beginning of the current quarter in the organisation's zone. */
export function planStart(now: Date, timeZone: string): Date {
  return startOf(now, 'QUARTER', timeZone);
}

/**
 * Seeds the catalog, targets, dashboards, lead scoring, SLA policies and goals with fixed keys and ids. Rows that already exist are left as
 * they are, so a restart never undoes an edit made through the API. Returns the keys of the metrics it added (all of them on a new
 * installation; on an existing one, the catalog entries added since it last started).
 */
export async function seedCatalog(db: DataSource, now: Date, timeZone: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const added = await tx.createQueryBuilder().insert().into(MetricEntity).values(METRIC_SEEDS.map((m) => ({
      key: m.key,
      name: m.name,
      description: m.description,
      department: m.department,
      sharedWith: m.sharedWith ?? [],
      unitKind: m.unit.kind,
      unitCurrency: m.unit.currency ?? null,
      unitScaleMin: m.unit.scaleMin ?? null,
      unitScaleMax: m.unit.scaleMax ?? null,
      direction: m.direction,
      aggregation: m.aggregation,
      formula: m.formula ?? null,
      source: m.source ?? 'OBSERVATIONS',
      owner: m.owner ?? null,
      reviewCadence: m.reviewCadence ?? null,
      i18n: m.i18n,
    }))).orIgnore().returning(['key']).execute();
    await tx.createQueryBuilder().insert().into(TargetEntity).values(targetSeeds(planStart(now, timeZone)).map((t) => ({
      id: t.id,
      metricKey: t.metricKey,
      kind: t.kind,
      value: t.value,
      baseline: t.baseline,
      tolerance: t.tolerance ?? 0.1,
      effectiveFrom: t.effectiveFrom,
      effectiveTo: t.effectiveTo,
    }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(DashboardEntity).values(DASHBOARD_SEEDS.map((d, position) => ({
      slug: d.slug, title: d.title, description: d.description, department: d.department, sharedWith: d.sharedWith ?? [], position, i18n: d.i18n, widgets: seededWidgets(d), version: 1,
    }))).orIgnore().execute();
    // Version 1 of each, unless it exists (the dashboard was seeded, and maybe edited, before).
    await tx.createQueryBuilder().insert().into(DashboardVersionEntity).values(DASHBOARD_SEEDS.map((d) => ({
      dashboardSlug: d.slug, version: 1, title: d.title, description: d.description, widgets: seededWidgets(d), summary: 'Created from the seeded layout', createdBy: 'system',
    }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(ScoringRuleEntity).values(SCORING_RULE_SEEDS.map(({ es, ...rule }) => ({
      ...rule, i18n: { es: { name: es } },
    }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(LeadScoringEntity).values({ singleton: true, mqlThreshold: MQL_THRESHOLD }).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(SlaPolicyEntity).values(SLA_POLICY_SEEDS.map((p) => ({ ...p, active: true }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(WorkflowSlaPolicyEntity).values(WORKFLOW_SLA_POLICY_SEEDS.map((p) => ({ ...p, active: true }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(AlertRuleEntity).values(ALERT_RULE_SEEDS.map((rule) => ({ ...rule, filter: [], owner: null, active: true }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(DimensionLabelEntity).values(DIMENSION_LABEL_SEEDS.map(([dimension, value, label, es]) => ({
      dimension, value, label, i18n: { es: { name: es } },
    }))).orIgnore().execute();
    // In cascade order, so each parent exists before its sub-goals.
    await tx.createQueryBuilder().insert().into(GoalEntity).values(goalSeeds(planStart(now, timeZone), timeZone)).orIgnore().execute();
    return (added.raw as Array<{ key: string }>).map((row) => row.key);
  });
}

/**
 * Metrics computed from workflow records that the catalog just gained (`added`, from seedCatalog) start with their history: their
 * observations are written from the events already journaled, whose facts carry them (the events from before the median and p90
 * KPIs were given their facts by migration 1796662800000). Nothing to do on a new installation, whose journal is empty.
 */
export async function observeAddedWorkflowMetrics(services: Pick<Services, 'db' | 'observations' | 'bus'>, added: readonly string[]): Promise<number> {
  const keys = new Set(added.filter((key) => (WORKFLOW_FACT_METRICS as readonly string[]).includes(key)));
  if (keys.size === 0 || !(await runOne(services.db, qb.selectFrom('workflow_event').select('id').limit(1)))) return 0;
  const points = (await allBucketObservations(services.db.manager, WORKFLOW_EVENTS)).filter((point) => keys.has(point.metricKey));
  let written = 0;
  for (const chunk of chunks(points)) written += await services.db.transaction((tx) => services.observations.writeComputed(tx, chunk));
  if (written > 0) services.bus.publish('observationsRecorded', { metricKeys: [...keys] });
  return written;
}

/** Loads the demo history once (when no observation exists) through the same ingest path as the API, and the demo leads. */
export async function seedDemoHistory(services: Services, options: { now: Date; days: number; log: (message: string) => void }): Promise<number> {
  if (await runOne(services.db, qb.selectFrom('observation').select('id').limit(1))) return 0;
  const points = generateDemoHistory({ now: options.now, days: options.days, planStart: planStart(options.now, services.organization.current().timeZone) });
  const catalog = await services.metrics.loadCatalog();
  const batch = 10_000;
  let written = 0;
  for (let i = 0; i < points.length; i += batch) {
    const result = await services.observations.record(catalog, points.slice(i, i + batch), { now: options.now, via: 'seed' });
    written += result.written;
    options.log(`demo history: ${Math.round(((i + batch > points.length ? points.length : i + batch) / points.length) * 100)}% (${written.toLocaleString('en')} points)`);
  }
  written += await seedDemoLeads(services, options);
  await rebaseDemoGoals(services, options.now);
  const workflowPoints = await replayWorkflowHistory(services, options.now);
  options.log(`demo workflows: onboarding cases, tickets and renewals replayed (${workflowPoints.toLocaleString('en')} points)`);
  written += workflowPoints;
  await services.db.createQueryBuilder().insert().into(AnnotationEntity).values(annotationSeeds(options.now)).orIgnore().execute();
  // Fresh statistics now, so the first dashboard after a bulk load does not wait for autovacuum to plan well.
  await runSql(services.db, sql`ANALYZE`);
  return written;
}

/**
 * The demo plan's goals restated from the demo's own value on the day before each goal starts, or on the first day of
 * a history that begins after that (the 20× ARR scaling
 * and the three-year projection), so a goal seeded from the catalog's pre-plan baseline does not read years behind or
 * ahead of the demo. Only goals still as seeded are touched: run at every start with the demo on, it reaches
 * installations whose demo history predates a goal, and never undoes an edit (nor rebases twice).
 */
export async function rebaseDemoGoals(services: Services, now: Date): Promise<void> {
  const timeZone = services.organization.current().timeZone;
  const seeds = GOAL_SEEDS.filter((goal) => goal.rebaseOnDemo);
  const rows = await services.db.getRepository(GoalEntity).findBy({ id: In(seeds.map((seed) => seed.id)) });
  const catalog = await services.metrics.loadCatalog();
  for (const seed of seeds) {
    const row = rows.find((goal) => goal.id === seed.id);
    if (!row || row.startValue !== seed.startValue || row.endValue !== seed.endValue || row.startAt >= now) continue;
    // The day before the goal starts; with a history that begins after that (60 days into a quarter), its first day.
    let from = add(row.startAt, 'DAY', -1, timeZone);
    let [kpi] = await services.kpis.computeKpis(catalog, [seed.metricKey], { from, to: row.startAt }, 'PREVIOUS_PERIOD', now);
    if (kpi.value === null) {
      // The first day the metric's own inputs have data (leads and workflows may reach further back than the rest).
      const first = await runOne(services.db, qb.selectFrom('observation').innerJoin('series', 'series.id', 'observation.series_id')
        .select((eb) => eb.fn.min('observation.at').as('at')).where('series.metric_key', 'in', catalog.leaves(seed.metricKey)).where('observation.at', '>=', from));
      if (!first?.at) continue;
      from = startOf(new Date(first.at), 'DAY', timeZone);
      [kpi] = await services.kpis.computeKpis(catalog, [seed.metricKey], { from, to: add(from, 'DAY', 1, timeZone) }, 'PREVIOUS_PERIOD', now);
    }
    if (kpi.value === null || kpi.value <= 0) continue;
    const [goal] = goalSeeds(row.startAt, timeZone, [{ ...seed, ...rebaseGoal(seed, kpi.value) }]);
    await services.db.getRepository(GoalEntity).update({ id: seed.id }, { startValue: goal.startValue, endValue: goal.endValue, milestones: goal.milestones });
  }
}

const CHUNK = 10_000;

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
}

/**
 * Loads the demo sales team and its leads with their journeys, opportunities and SLA clocks, then computes the
 * funnel metrics' observations from the events, bucket by bucket, as the live path does. Returns the points written.
 */
async function seedDemoLeads(services: Services, options: { now: Date; days: number; log: (message: string) => void }): Promise<number> {
  const { db, observations } = services;
  const { leads, points } = generateDemoLeads({ now: options.now, days: options.days });
  await db.transaction(async (tx) => {
    await tx.createQueryBuilder().insert().into(SalesRepEntity).values(DEMO_REP_SEEDS.map(({ pace: _pace, ...rep }) => rep)).orIgnore().execute();
    for (const chunk of chunks(leads)) {
      await insertLeadRows(tx, chunk.map((l) => l.lead));
      const opportunities = chunk.flatMap((l) => (l.opportunity ? [l.opportunity] : []));
      const column = <K extends keyof (typeof opportunities)[number]>(key: K) => opportunities.map((o) => o[key]);
      await runSql(tx, sql`
        INSERT INTO opportunity (lead_id, amount, currency, stage, opened_at, expected_close_at, closed_at, close_reason)
        SELECT * FROM unnest(${column('leadId')}::uuid[], ${column('amount')}::float8[], ${column('currency')}::text[], ${column('stage')}::text[],
                             ${column('openedAt')}::timestamptz[], ${column('expectedCloseAt')}::timestamptz[], ${column('closedAt')}::timestamptz[], ${column('closeReason')}::text[])`);
      const clocks = chunk.flatMap((l) => l.clocks);
      await runSql(tx, sql`
        INSERT INTO sla_clock (lead_id, policy_key, started_at, due_at, state, met_at)
        SELECT * FROM unnest(${clocks.map((c) => c.leadId)}::uuid[], ${clocks.map((c) => c.policyKey)}::text[], ${clocks.map((c) => c.startedAt)}::timestamptz[],
                             ${clocks.map((c) => c.dueAt)}::timestamptz[], ${clocks.map((c) => c.state)}::text[], ${clocks.map((c) => c.metAt)}::timestamptz[])`);
    }
    for (const chunk of chunks(leads.flatMap((l) => l.events))) await insertEvents(tx, chunk);
  });
  options.log(`demo leads: ${leads.length.toLocaleString('en')} leads with their journeys`);
  let written = 0;
  for (const chunk of chunks(await allBucketObservations(db.manager, LEAD_EVENTS))) {
    written += await db.transaction((tx) => observations.writeComputed(tx, chunk));
  }
  const catalog = await services.metrics.loadCatalog();
  for (const chunk of chunks(points)) written += (await observations.record(catalog, chunk, { now: options.now, via: 'seed' })).written;
  return written;
}

/** Creates the demo users that do not exist yet; returns the ones created (their credentials are printed on first start). */
export async function seedDemoUsers(db: DataSource): Promise<DemoUser[]> {
  const existing = new Set((await db.getRepository(UserEntity).find({ select: { id: true } })).map((user) => user.id));
  const missing = DEMO_USERS.filter((user) => !existing.has(user.id));
  for (const user of missing) {
    await db.getRepository(UserEntity).createQueryBuilder().insert().values({
      id: user.id, email: user.email, name: user.name, passwordHash: await hashPassword(user.password), role: user.role, departments: user.departments, disabledAt: null,
    }).orIgnore().execute();
  }
  return missing;
}
