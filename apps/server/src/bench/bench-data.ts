import type { DataSource } from 'typeorm';
import { seriesKey } from '@opshub/metrics';
import { createEventBus } from '../common/event-bus';
import { rebuildRollups } from '../modules/kpi/stats.query';
import { MetricService } from '../modules/metric/metric.service';
import { ObservationService } from '../modules/observation/observation.service';
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
export async function createBenchSeries(db: DataSource): Promise<BenchSeries[]> {
  const catalog = await new MetricService(db).loadCatalog();
  const points = new Map<string, { metricKey: string; dimensions: Record<string, string> }>();
  for (const point of generateDemoHistory({ now: new Date(), days: 60 })) points.set(`${point.metricKey}|${seriesKey(point.dimensions)}`, point);
  for (const metric of catalog.all().filter((m) => m.source === 'RECORDS' && !m.formula)) {
    for (const region of DIMENSION_VALUES.region) {
      for (const segment of DIMENSION_VALUES.segment) points.set(`${metric.key}|${region}|${segment}`, { metricKey: metric.key, dimensions: { region, segment } });
    }
  }
  const at = new Date('2000-01-01T00:00:00Z');
  const observations = new ObservationService(db, createEventBus());
  await db.transaction((tx) => observations.writeComputed(tx, [...points.values()].map((p) => ({ ...p, at, value: 0 }))));
  const rows: Array<{ id: string; metric_key: string; dimensions: Record<string, string> }> = await db.query('SELECT id, metric_key, dimensions FROM series ORDER BY id');
  return rows.map((row) => ({ id: row.id, metricKey: row.metric_key, dimensions: row.dimensions, writable: catalog.find(row.metric_key)?.source !== 'RECORDS' }));
}

/**
 * Replaces all observations with `total` points spread evenly over the last two years across every series
 * (one per slot of 730 days / points-per-series, at a random instant in the slot), then rebuilds the
 * rollups. Rows go in time order, as a live table fills up; indexes and constraints are built after the
 * data, as pg_restore does.
 */
export async function loadHistory(db: DataSource, total: number, timeZone: string): Promise<void> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM series');
  const perSeries = Math.ceil(total / n);
  const constraints: Array<{ name: string; def: string }> = await db.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'observation'::regclass AND contype IN ('f', 'u')`,
  );
  const indexes: Array<{ name: string; def: string }> = await db.query(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE tablename = 'observation' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'observation'::regclass)`,
  );
  await db.query('TRUNCATE observation');
  for (const { name } of constraints) await db.query(`ALTER TABLE observation DROP CONSTRAINT ${name}`);
  for (const { name } of indexes) await db.query(`DROP INDEX ${name}`);
  await db.query(
    `INSERT INTO observation (series_id, at, value)
     SELECT s.id, $1::timestamptz + (k + random()) * ($2::float8 / $3) * interval '1 millisecond', floor(random() * 100000) / 100
       FROM generate_series(0, $3 - 1) AS k CROSS JOIN series s`,
    [new Date(Date.now() - HISTORY_DAYS * DAY_MS), HISTORY_DAYS * DAY_MS, perSeries],
  );
  for (const { name, def } of constraints) await db.query(`ALTER TABLE observation ADD CONSTRAINT ${name} ${def}`);
  for (const { def } of indexes) await db.query(def);
  await db.query('ANALYZE observation');
  await rebuildRollups(db, timeZone);
}
