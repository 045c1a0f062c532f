import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';
import { PartitionObservations1796673600000 } from '../../database/migrations/1796673600000-partition-observations';
import { rebuildRollups } from '../rollup/rollup.rebuild';
import { DEFAULT_PARTITION } from './partition.service';

const TIME_ZONE = 'Europe/Madrid';
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: TIME_ZONE, OBSERVATION_RAW_RETENTION_MONTHS: '3' } });
  // Its start-up run is over; the steps below are run by hand, at the instants they name.
  await app.services.partitionWorker.stop();
}, 120_000);
afterAll(() => app.close());

/** The partition each of the metric's rows sits in, with the row. */
async function rowsOf(metricKey: string): Promise<Array<{ partition: string; region: string | null; at: string; value: number }>> {
  const rows: Array<{ partition: string; region: string | null; at: Date; value: number }> = await app.db.query(
    `SELECT o.tableoid::regclass::text AS partition, s.dimensions ->> 'region' AS region, o.at, o.value
       FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1 ORDER BY o.at, 2`, [metricKey]);
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

async function kpi(key: string, from: string, to: string): Promise<number | null> {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value } }`, { key, range: { from, to } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi.value;
}

async function groupTotals(key: string, from: string, to: string): Promise<Record<string, number | null>> {
  const response = await app.gql(
    `query ($key: ID!, $range: RangeInput) { series(key: $key, range: $range, granularity: DAY, groupBy: "region") { groups { key total } } }`,
    { key, range: { from, to } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.fromEntries(response.data.series.groups.map((g: { key: string; total: number | null }) => [g.key, g.total]));
}

async function totalCount(key: string, from: string, to: string): Promise<number> {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) { observations(key: $key, range: $range, first: 10) { totalCount } }`,
    { key, range: { from, to } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.observations.totalCount;
}

const monthNames = async () => (await app.services.partitions.months()).map((m) => m.name);

describe('observation partitions', () => {
  it('creates the current month and the three after it, once', async () => {
    const now = new Date('2031-05-20T12:00:00Z');
    expect(await app.services.partitions.maintain(3, now)).toEqual(['observation_p203105', 'observation_p203106', 'observation_p203107', 'observation_p203108']);
    const may = (await app.services.partitions.months()).find((m) => m.name === 'observation_p203105');
    expect(may).toEqual({ name: 'observation_p203105', from: new Date('2031-05-01T00:00:00Z'), to: new Date('2031-06-01T00:00:00Z') });
    // Another run, on this instance or another, finds them there.
    expect(await app.services.partitions.maintain(3, now)).toEqual([]);
  });

  it('takes a write for a month without a partition into the default one, then splits it out, and the upsert still overwrites', async () => {
    const key = await createMetric(app);
    expect(await monthNames()).not.toContain('observation_p201903');
    expect(await record(app, [{ metricKey: key, value: 4, at: '2019-03-10T10:00:00Z' }])).toBe(1);
    expect(await rowsOf(key)).toEqual([{ partition: DEFAULT_PARTITION, region: null, at: '2019-03-10T10:00:00.000Z', value: 4 }]);

    expect(await app.services.partitions.splitDefault()).toEqual(['observation_p201903']);
    expect(await rowsOf(key)).toEqual([{ partition: 'observation_p201903', region: null, at: '2019-03-10T10:00:00.000Z', value: 4 }]);
    // ON CONFLICT (series_id, at) finds the row in its partition: overwritten, not doubled.
    expect(await record(app, [{ metricKey: key, value: 6, at: '2019-03-10T10:00:00Z' }])).toBe(1);
    expect(await rowsOf(key)).toEqual([{ partition: 'observation_p201903', region: null, at: '2019-03-10T10:00:00.000Z', value: 6 }]);
    expect(await kpi(key, '2019-03-01T00:00:00Z', '2019-04-01T00:00:00Z')).toBe(6);
  });

  it("puts a large batch (COPY) into its month's partition, or the default one for a month without, and a retry overwrites", async () => {
    const key = await createMetric(app, { aggregation: 'SUM' });
    const may = new Date('2020-05-01T00:00:00Z');
    expect(await app.services.partitions.createMonths(may, may)).toEqual(['observation_p202005']);
    // Every 30 minutes from 2020-05-31 00:00Z: 48 points in May, 1,152 in June (which has no partition), 0 to 1,199.
    const points = (value: (i: number) => number) =>
      Array.from({ length: 1_200 }, (_, i) => ({ metricKey: key, value: value(i), at: new Date(Date.UTC(2020, 4, 31) + i * 1_800_000).toISOString() }));
    const perPartition = async () => Object.fromEntries((await rowsOf(key)).reduce((counts, row) => counts.set(row.partition, (counts.get(row.partition) ?? 0) + 1), new Map<string, number>()));
    expect(await record(app, points((i) => i))).toBe(1_200);
    expect(await perPartition()).toEqual({ observation_p202005: 48, [DEFAULT_PARTITION]: 1_152 });
    expect(await kpi(key, '2020-05-31T00:00:00Z', '2020-06-25T00:00:00Z')).toBe((1_199 * 1_200) / 2);
    // The same points again with twice the values: overwritten, not doubled.
    expect(await record(app, points((i) => 2 * i))).toBe(1_200);
    expect(await perPartition()).toEqual({ observation_p202005: 48, [DEFAULT_PARTITION]: 1_152 });
    expect(await kpi(key, '2020-05-31T00:00:00Z', '2020-06-25T00:00:00Z')).toBe(1_199 * 1_200);
    expect(await app.services.partitions.splitDefault()).toEqual(['observation_p202006']);
    expect(await perPartition()).toEqual({ observation_p202005: 48, observation_p202006: 1_152 });
  });

  it('converts a plain table with rows across months and DST days without losing one, and leaves a partitioned one alone', async () => {
    const key = await createMetric(app);
    // Madrid's clocks go forward at 2025-03-30T01:00Z and back at 2025-10-26T01:00Z (02:00-03:00 local twice).
    const points = [
      { region: 'NA', at: '2025-01-15T10:00:00Z', value: 1.5 },
      { region: 'NA', at: '2025-03-30T00:30:00Z', value: 2 },
      { region: 'EMEA', at: '2025-03-30T01:30:00Z', value: 3 },
      { region: 'NA', at: '2025-06-30T23:30:00Z', value: 4 },
      { region: 'EMEA', at: '2025-10-26T00:30:00Z', value: 5 },
      { region: 'EMEA', at: '2025-10-26T01:30:00Z', value: 6 },
      { region: 'NA', at: '2025-11-30T23:59:59.999Z', value: 7.25 },
    ];
    await record(app, points.map((p) => ({ metricKey: key, value: p.value, at: p.at, dimensions: { region: p.region } })));
    const everything = () => app.db.query(`SELECT id::text, series_id::text, at, value, source, updated_at FROM observation ORDER BY id`);
    const totals = async () => (await app.db.query(
      `SELECT s.dimensions ->> 'region' AS region, count(*)::int AS count, sum(o.value)::float8 AS sum
         FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1 GROUP BY 1 ORDER BY 1`, [key]));
    const partitioned = async () => (await app.db.query(`SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'observation'::regclass) AS p`))[0].p;
    // By hand: NA 1.5 + 2 + 4 + 7.25, EMEA 3 + 5 + 6.
    const expected = [{ region: 'EMEA', count: 3, sum: 14 }, { region: 'NA', count: 4, sum: 14.75 }];
    expect(await totals()).toEqual(expected);
    const before = await everything();
    const migration = new PartitionObservations1796673600000();
    const migrate = async (step: 'up' | 'down') => {
      const runner = app.db.createQueryRunner();
      try {
        await runner.startTransaction();
        await migration[step](runner);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
    };

    // The table of an installation from before the migration: one plain table.
    await migrate('down');
    expect(await partitioned()).toBe(false);
    expect(await everything()).toEqual(before);

    await migrate('up');
    expect(await partitioned()).toBe(true);
    expect(await everything()).toEqual(before);
    expect(await totals()).toEqual(expected);
    expect((await rowsOf(key)).map((row) => row.partition)).toEqual([
      'observation_p202501', 'observation_p202503', 'observation_p202503', 'observation_p202506', 'observation_p202510', 'observation_p202510', 'observation_p202511',
    ]);
    // The repeated local hour of the fall-back day: both points, one per UTC instant.
    expect(await kpi(key, '2025-10-25T22:00:00Z', '2025-10-26T23:00:00Z')).toBe(11);

    // A second run finds the table partitioned and changes nothing.
    const months = await monthNames();
    await migrate('up');
    expect(await everything()).toEqual(before);
    expect(await monthNames()).toEqual(months);

    // Ids continue after the copied ones, and the upsert still overwrites.
    await record(app, [{ metricKey: key, value: 8, at: '2025-03-30T01:30:00Z', dimensions: { region: 'EMEA' } }, { metricKey: key, value: 1, at: '2025-12-01T00:00:00Z', dimensions: { region: 'NA' } }]);
    expect(await totals()).toEqual([{ region: 'EMEA', count: 3, sum: 19 }, { region: 'NA', count: 5, sum: 15.75 }]);
    const [newest] = await app.db.query(`SELECT max(id)::text AS id FROM observation`);
    expect(BigInt(newest.id)).toBeGreaterThan(BigInt(before.at(-1).id));
  });

  it('drops raw months past retention while reads of them answer the same from the rollups, and refuses writes there', async () => {
    const key = await createMetric(app);
    const points = [
      { region: 'NA', at: '2026-01-15T10:00:00Z', value: 10 },
      { region: 'EMEA', at: '2026-01-31T23:30:00Z', value: 5 }, // 1 February 00:30 in Madrid
      { region: 'NA', at: '2026-02-10T08:15:00Z', value: 7 },
      { region: 'EMEA', at: '2026-02-28T23:10:00Z', value: 2 }, // 1 March 00:10 in Madrid
      { region: 'NA', at: '2026-03-29T00:30:00Z', value: 1 }, // the spring-forward day, a kept month
      { region: 'NA', at: '2026-03-29T01:30:00Z', value: 3 },
    ];
    await record(app, points.map((p) => ({ metricKey: key, value: p.value, at: p.at, dimensions: { region: p.region } })));
    const reads = async () => ({
      // UTC January and February: 10 + 5 + 7 + 2.
      utcMonths: await kpi(key, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      // Madrid's January and February (1 February 00:30 is in, 1 March 00:10 is not): 10 + 5 + 7.
      localMonths: await kpi(key, '2025-12-31T23:00:00Z', '2026-02-28T23:00:00Z'),
      // Madrid's 1 February to 1 March by region: NA 7, EMEA 5 + 2.
      byRegion: await groupTotals(key, '2026-01-31T23:00:00Z', '2026-03-01T23:00:00Z'),
      count: await totalCount(key, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      march: await kpi(key, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'),
    });
    const expected = { utcMonths: 24, localMonths: 22, byRegion: { NA: 7, EMEA: 7 }, count: 4, march: 4 };
    expect(await reads()).toEqual(expected);

    // 15 June with 3 months kept: March, April and May stay, February and before go.
    const now = new Date('2026-06-15T12:00:00Z');
    const horizon = new Date('2026-03-01T00:00:00Z');
    await app.services.partitions.splitDefault();
    const old = (await app.services.partitions.months()).filter((m) => m.to <= horizon).map((m) => m.name);
    expect(old).toEqual(expect.arrayContaining(['observation_p202601', 'observation_p202602']));
    expect((await app.services.retention.purge(now)).observationMonths).toBe(old.length);

    expect((await app.services.partitions.months()).filter((m) => m.from < horizon)).toEqual([]);
    expect((await rowsOf(key)).map((row) => row.at)).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z']);
    expect(await reads()).toEqual(expected);
    // A rebuild of the rollups (say, for a new time zone) keeps what only they still hold.
    await rebuildRollups(app.db, TIME_ZONE);
    expect(await reads()).toEqual(expected);

    // A write into a dropped month could not be folded right: refused, naming the item and field, nothing written.
    const response = await app.gql(`mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`,
      { input: [{ metricKey: key, value: 1, at: '2026-04-02T00:00:00Z' }, { metricKey: key, value: 100, at: '2026-02-10T08:15:00Z', dimensions: { region: 'NA' } }] });
    expect(response.errors?.[0].extensions?.rejected).toEqual([
      { index: 1, field: 'at', reason: 'lies before 2026-03-01T00:00:00.000Z, whose raw observations retention dropped (OBSERVATION_RAW_RETENTION_MONTHS)' },
    ]);
    // The database refuses it too (an instance that has not seen the drop yet).
    await expect(app.db.query(`INSERT INTO observation (series_id, at, value) SELECT id, '2026-02-10T08:15:00Z', 100 FROM series WHERE metric_key = $1 LIMIT 1`, [key]))
      .rejects.toThrow(/observation_retired_no_rows/);
    expect(await reads()).toEqual(expected);
    // A second purge finds nothing more to drop.
    expect((await app.services.retention.purge(now)).observationMonths).toBe(0);
  });
});
