import type { Granularity } from '@opshub/metrics';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';
import { queryRawStats, queryStats, type StatsRequest, type StatsRow } from './rollup.read';
import { foldChangesOf } from './rollup.fold';
import { rebuildRollups } from './rollup.rebuild';
import { refreshRollups } from './rollup.write';

// Rollup answers must equal a plain GROUP BY over the raw rows, whatever the zone, range and overwrites.
// Values are multiples of 1/4, so every sum is exact in any order and equality can be strict.
const SEED = Number(process.env.ROLLUP_TEST_SEED ?? Date.now() % 1_000_000_000);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// 2026-03-01 → 2026-04-21 spans the spring DST changes of New York, Madrid, Santiago (at midnight) and
// Lord Howe (half an hour).
const DATA_FROM = Date.parse('2026-03-01T00:00:00Z');
const DATA_DAYS = 51;
const REGIONS = ['NA', 'EMEA', 'APAC'];
const SEGMENTS = ['SMB', 'ENT'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sortKey = (row: StatsRow) => `${row.metricKey}|${row.series}|${row.bucket?.toISOString() ?? ''}|${row.group ?? ''}`;
const sorted = (rows: StatsRow[]) => [...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

describe.each(['Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Europe/Madrid'])(`rollups equal raw rows in %s (seed ${SEED})`, (timeZone) => {
  let app: TestApp;
  let metricKeys: string[];
  const next = random(SEED + [...timeZone].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 0));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  // Minutes, not hours: many points fall in the half hours that a half-hour zone's midnight cuts.
  const instant = () => new Date(DATA_FROM + Math.floor(next() * DATA_DAYS * 24 * 60) * 60_000 + (next() < 0.1 ? Math.floor(next() * 60) * 1000 : 0));
  const value = () => Math.round((next() - 0.3) * 4000) / 4;

  beforeAll(async () => {
    app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: timeZone } });
    metricKeys = [await createMetric(app), await createMetric(app, { aggregation: 'LAST' })];
    const written: Array<{ metricKey: string; at: Date; dimensions: Record<string, string> }> = [];
    const batch = (size: number) => Array.from({ length: size }, () => {
      // A third of the points overwrite an earlier one (same series and instant, new value).
      const point = written.length > 0 && next() < 0.3
        ? pick(written)
        : { metricKey: pick(metricKeys), at: instant(), dimensions: { region: pick(REGIONS), segment: pick(SEGMENTS) } };
      written.push(point);
      return { ...point, value: value() };
    });
    const catalog = await app.services.metrics.loadCatalog();
    for (let round = 0; round < 10; round++) {
      // Concurrent batches of the same series, folded by the refresher meanwhile and by the reads below.
      await Promise.all([600, 60, 5, 5, 1].map((size) => app.services.observations.record(
        catalog, batch(1 + Math.floor(next() * size)), { now: new Date(DATA_FROM + 60 * DAY_MS) },
      )));
    }
    // A fresh database and ten rounds of concurrent batches: past jest's default on a busy shared machine.
  }, 120_000);
  afterAll(() => app.close());

  async function expectEqual(request: StatsRequest): Promise<void> {
    const [rollup, raw] = await Promise.all([queryStats(app.db, request), queryRawStats(app.db, request)]);
    const label = `${request.range.from.toISOString()}..${request.range.to.toISOString()} ${request.granularity ?? 'total'} groupBy=${request.groupBy ?? '-'}`;
    expect({ label, rows: sorted(rollup) }).toEqual({ label, rows: sorted(raw) });
  }

  function randomRequest(): StatsRequest {
    const from = instant();
    const to = new Date(from.getTime() + 1 + Math.floor(next() * pick([2 * HOUR_MS, 3 * DAY_MS, 40 * DAY_MS])));
    const days = (to.getTime() - from.getTime()) / DAY_MS;
    const granularity = pick<Granularity | null>(days <= 3 ? [null, 'HOUR', 'DAY'] : [null, 'DAY', 'WEEK', 'MONTH']);
    return {
      metricKeys, range: { from, to }, timeZone, granularity,
      groupBy: next() < 0.3 ? 'region' : null,
      filters: next() < 0.2 ? [{ dimension: 'segment', values: ['ENT'] }] : [],
    };
  }

  it('over random ranges, granularities, groupings and filters', async () => {
    for (let i = 0; i < 40; i++) await expectEqual(randomRequest());
  });

  it('over whole local days, and ranges cut at half and quarter hours', async () => {
    const whole = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-04-20T00:00:00Z') };
    for (const granularity of [null, 'DAY', 'WEEK', 'MONTH', 'QUARTER'] as const) await expectEqual({ metricKeys, range: whole, timeZone, granularity });
    const cut = { from: new Date('2026-03-05T18:30:00Z'), to: new Date('2026-03-12T09:45:00Z') };
    for (const granularity of [null, 'DAY', 'HOUR'] as const) await expectEqual({ metricKeys, range: cut, timeZone, granularity, groupBy: 'segment' });
  });

  it('after a full rebuild as after incremental writes', async () => {
    await rebuildRollups(app.db, timeZone);
    for (let i = 0; i < 10; i++) await expectEqual(randomRequest());
  });
});

describe('rollups under concurrent folders of one metric', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ seedCatalog: false });
  });
  afterAll(() => app.close());

  it("recomputes a metric's merged rows only after a concurrent folder of another of its series commits", async () => {
    const metricKey = await createMetric(app);
    const request: StatsRequest = { metricKeys: [metricKey], range: { from: new Date('2026-03-09T00:00:00Z'), to: new Date('2026-03-12T00:00:00Z') }, timeZone: 'Europe/Madrid' };
    expect(await queryStats(app.db, request)).toEqual([]);
    const catalog = await app.services.metrics.loadCatalog();
    const at = new Date('2026-03-10T10:15:00Z');
    await app.services.observations.record(catalog, ['a', 'b'].map((shop) => ({ metricKey, value: 0, at, dimensions: { shop } })), { now: at });
    // Folded now, so the elected refresher has nothing left to fold while the two transactions below race.
    await foldChangesOf(app.db, [metricKey]);
    const [a, b]: Array<{ id: string }> = await app.db.query('SELECT id FROM series WHERE metric_key = $1 ORDER BY id', [metricKey]);
    // Two transactions write and fold different series of the metric; the second refreshes while the first is uncommitted.
    const [first, second] = [app.db.createQueryRunner(), app.db.createQueryRunner()];
    await Promise.all([first.startTransaction(), second.startTransaction()]);
    const write = async (runner: typeof first, seriesId: string, value: number) => {
      await runner.query(`INSERT INTO observation (series_id, at, value) VALUES ($1, '2026-03-10T10:40:00Z', $2)`, [seriesId, value]);
      // As a fold does: its series locked before it recomputes.
      await runner.query('SELECT 1 FROM series WHERE id = $1 FOR NO KEY UPDATE', [seriesId]);
      await refreshRollups(runner.manager, { seriesIds: [seriesId], hourStarts: ['2026-03-10T10:00:00.000Z'] });
    };
    await write(first, a.id, 1);
    const pending = write(second, b.id, 2);
    const [{ pid }] = await second.query('SELECT pg_backend_pid() AS pid');
    for (let waiting = false; !waiting; await new Promise((resolve) => setTimeout(resolve, 10))) {
      [{ waiting }] = await app.db.query(`SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`, [pid]);
    }
    await first.commitTransaction();
    await pending;
    await second.commitTransaction();
    await Promise.all([first.release(), second.release()]);
    const [merged] = await queryStats(app.db, { ...request, granularity: 'HOUR' }).then((rows) => rows.filter((row) => row.count > 0 && row.bucket?.toISOString() === '2026-03-10T10:00:00.000Z'));
    expect(merged).toMatchObject({ sum: 3, count: 4 });
    expect(sorted(await queryStats(app.db, request))).toEqual(sorted(await queryRawStats(app.db, request)));
  });
});
