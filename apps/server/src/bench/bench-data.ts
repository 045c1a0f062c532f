import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { seriesKey } from '@opshub/metrics';
import { createEventBus } from '../modules/bus/event-bus';
import { qb, run, runOne, runSql } from '../database/sql';
import { rebuildRollups } from '../modules/rollup/rollup.rebuild';
import { MetricService } from '../modules/metric/metric.service';
import { AuditService } from '../modules/audit/audit.service';
import { ObservationService } from '../modules/observation/observation.service';
import { PartitionService } from '../modules/partition/partition.service';
import { DIMENSION_VALUES, generateDemoHistory } from '../seed/demo-history';

export interface BenchSeries {
  id: string;
  metricKey: string;
  dimensions: Record<string, string>;
  /** False for metrics computed from lead records, which recordObservations refuses. */
  writable: boolean;
}

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730;

/**
 * The series of the demo company: every observation-sourced metric × the dimension values the demo history
 * gives it, and every metric computed from lead records × region × segment. Created through the write path
 * (one point each) as computed points, which skips recordObservations' refusal of the latter.
 */
export async function createBenchSeries(db: DataSource, timeZone: string): Promise<BenchSeries[]> {
  const catalog = await new MetricService(db, new AuditService(db)).loadCatalog();
  const points = new Map<string, { metricKey: string; dimensions: Record<string, string> }>();
  for (const point of generateDemoHistory({ now: new Date(), days: 60 })) points.set(`${point.metricKey}|${seriesKey(point.dimensions)}`, point);
  for (const metric of catalog.all().filter((m) => m.source === 'RECORDS' && !m.formula)) {
    for (const region of DIMENSION_VALUES.region) {
      for (const segment of DIMENSION_VALUES.segment) points.set(`${metric.key}|${region}|${segment}`, { metricKey: metric.key, dimensions: { region, segment } });
    }
  }
  const at = new Date('2000-01-01T00:00:00Z');
  const observations = new ObservationService(db, createEventBus(), () => timeZone);
  await db.transaction((tx) => observations.writeComputed(tx, [...points.values()].map((p) => ({ ...p, at, value: 0 }))));
  const rows = await run(db, qb.selectFrom('series').select(['id', 'metric_key', 'dimensions']).orderBy('id'));
  return rows.map((row) => ({ id: row.id, metricKey: row.metric_key, dimensions: row.dimensions as Record<string, string>, writable: catalog.find(row.metric_key)?.source !== 'RECORDS' }));
}

/**
 * Replaces all observations with `total` points spread evenly over the last two years across every series
 * (one per slot of 730 days / points-per-series, at a random instant in the slot), then rebuilds the
 * rollups. Rows go in time order, as a live table fills up; indexes and constraints are built after the
 * data, as pg_restore does.
 */
export async function loadHistory(db: DataSource, total: number, timeZone: string): Promise<void> {
  const { n } = (await runOne(db, qb.selectFrom('series').select((eb) => eb.fn.countAll<number>().as('n'))))!;
  const perSeries = Math.ceil(total / Number(n));
  const constraints = await runSql(db, sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'observation'::regclass AND contype IN ('f', 'u')`);
  const indexes = await runSql(db, sql<{ name: string; def: string }>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE tablename = 'observation' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'observation'::regclass)`);
  await db.query('TRUNCATE observation');
  // Each month of the history in its own partition, as a live installation's partition worker would have made them.
  await new PartitionService(db).createMonths(new Date(Date.now() - HISTORY_DAYS * DAY_MS), new Date());
  for (const { name } of constraints) await db.query(`ALTER TABLE observation DROP CONSTRAINT ${name}`);
  for (const { name } of indexes) await db.query(`DROP INDEX ${name}`);
  await runSql(db, sql`
    INSERT INTO observation (series_id, at, value)
    SELECT s.id, ${new Date(Date.now() - HISTORY_DAYS * DAY_MS)}::timestamptz + (k + random()) * (${HISTORY_DAYS * DAY_MS}::float8 / ${perSeries}::int) * interval '1 millisecond',
           floor(random() * 100000) / 100
      FROM generate_series(0, ${perSeries}::int - 1) AS k CROSS JOIN series s`);
  for (const { name, def } of constraints) await db.query(`ALTER TABLE observation ADD CONSTRAINT ${name} ${def}`);
  for (const { def } of indexes) await db.query(def);
  await db.query('ANALYZE observation');
  await rebuildRollups(db, timeZone);
}
