import type { DataSource } from 'typeorm';
import { startOf } from '@opshub/metrics';
import { DashboardEntity, DashboardSectionEntity } from '../modules/dashboard/dashboard.entity';
import { MetricEntity } from '../modules/metric/metric.entity';
import { TargetEntity } from '../modules/target/target.entity';
import type { Services } from '../services';
import { METRIC_SEEDS, targetSeeds } from './catalog.seed';
import { DASHBOARD_SEEDS } from './dashboards.seed';
import { generateDemoHistory } from './demo-history';

/** The 90-day plan starts at the beginning of the current quarter in the organisation's zone. */
export function planStart(now: Date, timeZone: string): Date {
  return startOf(now, 'QUARTER', timeZone);
}

/**
 * Seeds the catalog, targets and dashboards with fixed keys and ids. Rows that already exist are left as
 * they are, so a restart never undoes an edit made through the API.
 */
export async function seedCatalog(db: DataSource, now: Date, timeZone: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.createQueryBuilder().insert().into(MetricEntity).values(METRIC_SEEDS.map((m) => ({
      key: m.key,
      name: m.name,
      description: m.description,
      department: m.department,
      unitKind: m.unit.kind,
      unitCurrency: m.unit.currency ?? null,
      unitScaleMin: m.unit.scaleMin ?? null,
      unitScaleMax: m.unit.scaleMax ?? null,
      direction: m.direction,
      aggregation: m.aggregation,
      formula: m.formula ?? null,
      owner: m.owner ?? null,
      reviewCadence: m.reviewCadence ?? null,
      i18n: m.i18n,
    }))).orIgnore().execute();
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
      slug: d.slug, title: d.title, description: d.description, department: d.department, position, i18n: d.i18n,
    }))).orIgnore().execute();
    await tx.createQueryBuilder().insert().into(DashboardSectionEntity).values(DASHBOARD_SEEDS.flatMap((d) => d.sections.map((s, position) => ({
      dashboardSlug: d.slug, key: s.key, title: s.title, position, metricKeys: s.metricKeys, i18n: s.i18n,
    })))).orIgnore().execute();
  });
}

/** Loads the demo history once (when no observation exists) through the same ingest path as the API. */
export async function seedDemoHistory(services: Services, options: { now: Date; days: number; log: (message: string) => void }): Promise<number> {
  const [{ exists }] = await services.db.query('SELECT EXISTS (SELECT 1 FROM observation) AS exists');
  if (exists) return 0;
  const points = generateDemoHistory({ now: options.now, days: options.days });
  const catalog = await services.metrics.loadCatalog();
  const batch = 10_000;
  let written = 0;
  for (let i = 0; i < points.length; i += batch) {
    const result = await services.observations.record(catalog, points.slice(i, i + batch), { now: options.now });
    written += result.written;
    options.log(`demo history: ${Math.round(((i + batch > points.length ? points.length : i + batch) / points.length) * 100)}% (${written.toLocaleString('en')} points)`);
  }
  // Fresh statistics now, so the first dashboard after a bulk load does not wait for autovacuum to plan well.
  await services.db.query('ANALYZE');
  return written;
}
