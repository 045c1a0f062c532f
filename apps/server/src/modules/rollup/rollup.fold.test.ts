import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';
import { foldChangesOf, foldOldestChanges } from './rollup.fold';
import { queryRawStats, queryStats, type StatsRequest, type StatsRow } from './rollup.read';
import { rebuildRollups } from './rollup.rebuild';

const TIME_ZONE = 'Europe/Madrid';
const NOW = new Date('2026-03-12T00:00:00Z');
const RANGE = { from: new Date('2026-03-09T00:00:00Z'), to: new Date('2026-03-12T00:00:00Z') };
const SHOPS = ['a', 'b', 'c'];

const sortKey = (row: StatsRow) => `${row.metricKey}|${row.series}|${row.bucket?.toISOString() ?? ''}|${row.group ?? ''}`;
const sorted = (rows: StatsRow[]) => [...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Every row of every rollup level, in a stable order. */
async function rollupTables(app: TestApp): Promise<unknown[]> {
  const stats = 'sum, count, min, max, last, last_at, updated_at';
  return Promise.all([
    app.db.query(`SELECT series_id, hour_start, ${stats} FROM observation_hourly ORDER BY 1, 2`),
    app.db.query(`SELECT series_id, day_start, ${stats} FROM observation_daily ORDER BY 1, 2`),
    app.db.query(`SELECT metric_key, hour_start, ${stats} FROM metric_hourly ORDER BY 1, 2`),
    app.db.query(`SELECT metric_key, day_start, ${stats} FROM metric_daily ORDER BY 1, 2`),
  ]);
}

async function pendingChanges(app: TestApp): Promise<number> {
  const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM rollup_change');
  return count;
}

/** A sample's value in the app's Prometheus exposition (0 when absent). */
async function sample(app: TestApp, name: string): Promise<number> {
  const line = (await app.services.telemetry.registry.metrics()).split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** Values in quarters, so every sum is exact in any order. */
function points(metricKey: string, count: number, seed: number) {
  return Array.from({ length: count }, (_, i) => ({
    metricKey,
    value: ((seed * 7 + i * 13) % 400) / 4,
    // Few distinct instants: batches overwrite each other's points.
    at: new Date(RANGE.from.getTime() + ((seed + i * 37) % 60) * 1_800_000),
    dimensions: { shop: SHOPS[(seed + i) % SHOPS.length] },
  }));
}

describe('rollup change log', () => {
  let app: TestApp;
  let metricKeys: string[];
  const request = (): StatsRequest => ({ metricKeys, range: RANGE, timeZone: TIME_ZONE, granularity: 'HOUR' });
  const expectReadsEqualRaw = async () => {
    for (const extra of [{}, { granularity: 'DAY' as const, groupBy: 'shop' }, { granularity: null, filters: [{ dimension: 'shop', values: ['b'] }] }]) {
      const [rollup, raw] = await Promise.all([queryStats(app.db, { ...request(), ...extra }), queryRawStats(app.db, { ...request(), ...extra })]);
      expect(sorted(rollup)).toEqual(sorted(raw));
    }
  };

  beforeAll(async () => {
    app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: TIME_ZONE, ROLLUP_REFRESH_MS: '20' } });
    metricKeys = [await createMetric(app), await createMetric(app, { aggregation: 'LAST' })];
  });
  afterAll(() => app.close());

  it('leaves the rollups to later, and a read folds what it needs first, so it equals the raw rows', async () => {
    await app.services.rollupRefresher.stop();
    const catalog = await app.services.metrics.loadCatalog();
    await app.services.observations.record(catalog, [...points(metricKeys[0], 40, 1), ...points(metricKeys[1], 40, 2)], { now: NOW });
    expect(await pendingChanges(app)).toBeGreaterThan(0);
    expect(await app.db.query('SELECT 1 FROM metric_hourly')).toEqual([]);
    expect(await sample(app, 'opshub_rollup_lag_seconds')).toBeGreaterThan(0);
    await expectReadsEqualRaw();
    expect(await pendingChanges(app)).toBe(0);
    expect(await sample(app, 'opshub_rollup_changes_folded_total{by="read"}')).toBeGreaterThan(0);
    // The freshness the alerts judge reads the rollups too.
    const [lastData] = await app.services.metrics.lastDataAt(catalog, [metricKeys[0]]);
    const [{ at }] = await app.db.query('SELECT max(o.updated_at) AS at FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1', [metricKeys[0]]);
    expect(lastData).toEqual(at);
  });

  it('a rebuild with changes pending covers them and empties the log', async () => {
    const catalog = await app.services.metrics.loadCatalog();
    await app.services.observations.record(catalog, points(metricKeys[0], 30, 3), { now: NOW });
    expect(await pendingChanges(app)).toBeGreaterThan(0);
    await rebuildRollups(app.db, TIME_ZONE);
    expect(await pendingChanges(app)).toBe(0);
    await expectReadsEqualRaw();
  });

  it('the refresher gives way to a rebuild holding the log instead of waiting for it, and folds once it is over', async () => {
    await app.services.rollupRefresher.stop();
    const catalog = await app.services.metrics.loadCatalog();
    await app.services.observations.record(catalog, points(metricKeys[0], 20, 6), { now: NOW });
    const pending = await pendingChanges(app);
    expect(pending).toBeGreaterThan(0);
    // What a rebuild does first, left open as a long rebuild leaves it.
    const rebuild = app.db.createQueryRunner();
    await rebuild.startTransaction();
    try {
      await rebuild.query('TRUNCATE rollup_change');
      expect(await foldOldestChanges(app.db, 100)).toBe(0);
    } finally {
      await rebuild.rollbackTransaction();
      await rebuild.release();
    }
    expect(await foldOldestChanges(app.db, 100)).toBe(pending);
    expect(await pendingChanges(app)).toBe(0);
    await expectReadsEqualRaw();
  });

  it('the refresher folds every change and the lag falls to 0', async () => {
    const catalog = await app.services.metrics.loadCatalog();
    await app.services.observations.record(catalog, [...points(metricKeys[0], 50, 4), ...points(metricKeys[1], 50, 5)], { now: NOW });
    const pending = await pendingChanges(app);
    const foldedBefore = await sample(app, 'opshub_rollup_changes_folded_total{by="refresher"}');
    app.services.rollupRefresher.start();
    while ((await sample(app, 'opshub_rollup_lag_seconds')) > 0) await pause();
    expect(await pendingChanges(app)).toBe(0);
    expect(await sample(app, 'opshub_rollup_changes_folded_total{by="refresher"}')).toBe(foldedBefore + pending);
    // The tables themselves, not a read (which would fold), equal a rebuild from the raw rows.
    const folded = await rollupTables(app);
    await rebuildRollups(app.db, TIME_ZONE);
    expect(await rollupTables(app)).toEqual(folded);
  });

  it('concurrent writers of the same series, the refresher and folding reads lose no change', async () => {
    const catalog = await app.services.metrics.loadCatalog();
    let writing = true;
    const writers = Promise.all(Array.from({ length: 12 }, async (_, w) => {
      for (let batch = 0; batch < 4; batch++) {
        await app.services.observations.record(catalog, [...points(metricKeys[0], 60, w * 10 + batch), ...points(metricKeys[1], 20, w + batch)], { now: NOW });
      }
    })).finally(() => (writing = false));
    // Readers fold what they read while the elected refresher folds everything, in chunks the writers interleave with.
    const folders = Array.from({ length: 3 }, async (_, f) => {
      while (writing) {
        if (f === 0) await foldOldestChanges(app.db, 7);
        else await queryStats(app.db, { ...request(), metricKeys: [metricKeys[f - 1]] });
      }
    });
    await Promise.all([writers, ...folders]);
    await foldChangesOf(app.db, metricKeys);
    expect(await pendingChanges(app)).toBe(0);
    await expectReadsEqualRaw();
    const folded = await rollupTables(app);
    await rebuildRollups(app.db, TIME_ZONE);
    expect(await rollupTables(app)).toEqual(folded);
  });
});
