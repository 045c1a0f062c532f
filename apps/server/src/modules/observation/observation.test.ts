import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';
import { copyNewPoints, COPY_FROM_ROWS } from './observation-copy';

const RECORD = `mutation ($input: [ObservationInput!]!, $options: RecordObservationsOptions) {
  recordObservations(input: $input, options: $options) { written rejected { index field reason } }
}`;

let app: TestApp;
let leads: string;
let winRate: string;

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
  leads = await createMetric(app, { aggregation: 'SUM' });
  const won = await createMetric(app);
  const closed = await createMetric(app);
  winRate = await createMetric(app, { unit: { kind: 'PERCENT' }, formula: `${won} / ${closed}` });
});
afterAll(() => app.close());

async function storedRows(metricKey: string): Promise<Array<{ at: Date; value: number; dimensions: Record<string, string> }>> {
  return app.db.query(
    `SELECT o.at, o.value, s.dimensions FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1 ORDER BY o.at, s.series_key`,
    [metricKey],
  );
}

describe('recordObservations', () => {
  it('writes a batch and a retry of the same batch overwrites instead of double-counting', async () => {
    const key = await createMetric(app);
    const batch = [
      { metricKey: key, value: 5, at: '2026-01-10T10:00:00Z', dimensions: { region: 'EMEA' } },
      { metricKey: key, value: 7, at: '2026-01-10T10:00:00Z', dimensions: { region: 'NA' } },
      { metricKey: key, value: 1, at: '2026-01-11T10:00:00Z' },
    ];
    expect(await record(app, batch)).toBe(3);
    expect(await record(app, batch)).toBe(3);
    const rows = await storedRows(key);
    expect(rows).toHaveLength(3);
    expect(rows.reduce((sum, r) => sum + r.value, 0)).toBe(13);

    // Same natural key, new value: overwritten in place.
    await record(app, [{ metricKey: key, value: 9, at: '2026-01-10T10:00:00Z', dimensions: { region: 'NA' } }]);
    expect((await storedRows(key)).map((r) => r.value)).toEqual([5, 9, 1]);
  });

  it('treats dimension order as irrelevant to the natural key', async () => {
    const key = await createMetric(app);
    await record(app, [{ metricKey: key, value: 1, at: '2026-02-01T00:00:00Z', dimensions: { region: 'NA', channel: 'web' } }]);
    await record(app, [{ metricKey: key, value: 2, at: '2026-02-01T00:00:00Z', dimensions: { channel: 'web', region: 'NA' } }]);
    expect((await storedRows(key)).map((r) => r.value)).toEqual([2]);
  });

  it('keeps the last of duplicate points within one batch', async () => {
    const key = await createMetric(app);
    const response = await app.gql(RECORD, {
      input: [
        { metricKey: key, value: 1, at: '2026-02-01T00:00:00Z' },
        { metricKey: key, value: 4, at: '2026-02-01T00:00:00Z' },
      ],
    });
    expect(response.data.recordObservations.written).toBe(1);
    expect((await storedRows(key)).map((r) => r.value)).toEqual([4]);
  });

  const future = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
  const longValue = 'x'.repeat(300);
  const nineDimensions = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`d${i}`, 'v']));
  it.each<[string, () => Record<string, unknown>, string, RegExp]>([
    ['an unknown metric', () => ({ metricKey: 'nope.unknown', value: 1, at: '2026-01-01T00:00:00Z' }), 'metricKey', /unknown metric/],
    ['a derived metric', () => ({ metricKey: winRate, value: 0.5, at: '2026-01-01T00:00:00Z' }), 'metricKey', /derived/],
    ['a timestamp far in the future', () => ({ metricKey: leads, value: 1, at: future }), 'at', /future/],
    ['a timestamp before 1970', () => ({ metricKey: leads, value: 1, at: '1969-12-31T00:00:00Z' }), 'at', /before/],
    ['too many dimensions', () => ({ metricKey: leads, value: 1, at: '2026-01-01T00:00:00Z', dimensions: nineDimensions }), 'dimensions', /at most 8/],
    ['a too long dimension value', () => ({ metricKey: leads, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { region: longValue } }), 'dimensions.region', /256/],
    ['a non-string dimension value', () => ({ metricKey: leads, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { region: 5 } }), 'dimensions.region', /string/],
    ['a bad dimension name', () => ({ metricKey: leads, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { 'Bad Name': 'x' } }), 'dimensions.Bad Name', /name/],
  ])('rejects %s naming the item and field, writing nothing', async (_label, bad, field, reason) => {
    const good = { metricKey: leads, value: 1, at: '2026-03-03T00:00:00Z' };
    const before = await storedRows(leads);
    const response = await app.gql(RECORD, { input: [good, bad()] });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(`input[1].${field}`);
    expect(response.errors?.[0].extensions?.rejected).toEqual([{ index: 1, field, reason: expect.stringMatching(reason) }]);
    expect(await storedRows(leads)).toEqual(before);
  });

  it.each([
    ['Infinity written as a literal', '1e400'],
    ['-Infinity written as a literal', '-1e400'],
  ])('rejects %s', async (_label, literal) => {
    const before = await storedRows(leads);
    const response = await app.gql(`mutation { recordObservations(input: [{ metricKey: "${leads}", value: ${literal}, at: "2026-01-01T00:00:00Z" }]) { written } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input[0].value' });
    expect(await storedRows(leads)).toEqual(before);
  });

  it.each([
    ['a timestamp that is not ISO-8601', { value: 1, at: 'yesterday' }, /input\[0\]\.at/],
    ['a string where the value belongs', { value: 'ten', at: '2026-01-01T00:00:00Z' }, /input\[0\]\.value/],
    ['NaN sent as a variable (JSON has no NaN: null arrives)', { value: null, at: '2026-01-01T00:00:00Z' }, /input\[0\]\.value/],
  ])('rejects %s at the API boundary with the item path', async (_label, fields, path) => {
    const before = await storedRows(leads);
    const response = await app.gql(RECORD, { input: [{ metricKey: leads, ...fields }] });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(path);
    expect(await storedRows(leads)).toEqual(before);
  });

  it('rejects an oversized batch as a whole', async () => {
    const input = Array.from({ length: 10_001 }, (_, i) => ({ metricKey: leads, value: 1, at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
    const before = (await storedRows(leads)).length;
    const response = await app.gql(RECORD, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(response.errors?.[0].message).toMatch(/at most 10000/);
    expect((await storedRows(leads)).length).toBe(before);
  });

  it('accepts a full batch of 10,000 points in one call', async () => {
    const key = await createMetric(app);
    const input = Array.from({ length: 10_000 }, (_, i) => ({ metricKey: key, value: 1, at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
    const response = await app.gql(RECORD, { input });
    expect(response.data.recordObservations).toEqual({ written: 10_000, rejected: [] });
  });

  it('with allowPartial writes the valid items and reports the rejected ones', async () => {
    const key = await createMetric(app);
    const response = await app.gql(RECORD, {
      input: [
        { metricKey: key, value: 1, at: '2026-01-01T00:00:00Z' },
        { metricKey: 'nope.unknown', value: 1, at: '2026-01-01T00:00:00Z' },
        { metricKey: key, value: 2, at: '2026-01-02T00:00:00Z' },
      ],
      options: { allowPartial: true },
    });
    expect(response.data.recordObservations).toEqual({
      written: 2,
      rejected: [{ index: 1, field: 'metricKey', reason: 'unknown metric "nope.unknown"' }],
    });
    expect((await storedRows(key)).map((r) => r.value)).toEqual([1, 2]);
  });
});

describe('large batches (COPY first, upsert when a point is already stored)', () => {
  const FIRST = Date.UTC(2025, 5, 1);
  /** Points i in [from, to): minute i, two regions in turn, values no decimal shortcut rounds the same. */
  const batch = (key: string, from: number, to: number, value: (i: number) => number) =>
    Array.from({ length: to - from }, (_, k) => {
      const i = from + k;
      return { metricKey: key, value: value(i), at: new Date(FIRST + i * 60_000), dimensions: { region: i % 2 ? 'NA' : 'EMEA' }, source: `feed\t${i}\\x\n` };
    });
  const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

  async function kpiValue(key: string, to: number): Promise<number> {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value } }`,
      { key, range: { from: new Date(FIRST).toISOString(), to: new Date(FIRST + to * 60_000).toISOString() } });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.kpi.value;
  }

  it('stores a new batch exactly (values, instants, sources with tabs, backslashes and line breaks), and its rollups equal the raw rows', async () => {
    const key = await createMetric(app, { aggregation: 'SUM' });
    const points = batch(key, 0, 3 * COPY_FROM_ROWS, (i) => i * 0.1 + 1e-9);
    expect(await app.services.observations.record(await app.services.metrics.loadCatalog(), points)).toEqual({ written: points.length, rejected: [] });
    const stored: Array<{ at: Date; value: number; source: string; region: string }> = await app.db.query(
      `SELECT o.at, o.value, o.source, s.dimensions ->> 'region' AS region FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1 ORDER BY o.at`, [key]);
    expect(stored.map((r) => ({ at: r.at.getTime(), value: r.value, source: r.source, region: r.region })))
      .toEqual(points.map((p) => ({ at: p.at.getTime(), value: p.value, source: p.source, region: p.dimensions.region })));
    expect(await kpiValue(key, points.length)).toBeCloseTo(sumOf(points.map((p) => p.value)), 4);
  });

  it('a batch overlapping stored points overwrites them and adds the rest: each point once, the rollups following', async () => {
    const key = await createMetric(app, { aggregation: 'SUM' });
    const catalog = await app.services.metrics.loadCatalog();
    await app.services.observations.record(catalog, batch(key, 0, 2 * COPY_FROM_ROWS, () => 1));
    // Half of it stored already (with value 1), half new: every point ends at 5, stored once.
    const again = batch(key, COPY_FROM_ROWS, 3 * COPY_FROM_ROWS, () => 5);
    expect((await app.services.observations.record(catalog, again)).written).toBe(again.length);
    expect((await app.services.observations.record(catalog, again)).written).toBe(again.length); // a retry: the same again
    const [{ n, total }] = await app.db.query(
      'SELECT count(*)::int AS n, sum(o.value)::float8 AS total FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = $1', [key]);
    expect({ n, total }).toEqual({ n: 3 * COPY_FROM_ROWS, total: COPY_FROM_ROWS * 1 + 2 * COPY_FROM_ROWS * 5 });
    expect(await kpiValue(key, 3 * COPY_FROM_ROWS)).toBe(COPY_FROM_ROWS * 1 + 2 * COPY_FROM_ROWS * 5);
  });

  it('copyNewPoints writes new rows, and refuses a batch holding a stored point leaving nothing of it and the transaction usable', async () => {
    const key = await createMetric(app, { aggregation: 'SUM' });
    await record(app, [{ metricKey: key, value: 1, at: '2025-07-01T00:10:00Z' }]);
    const [{ id: seriesId }] = await app.db.query('SELECT id FROM series WHERE metric_key = $1', [key]);
    const row = (minute: number, value: number) => { const at = new Date(Date.UTC(2025, 6, 1, 0, minute)); return { seriesId, p: { at, atText: at.toISOString(), value, source: null } }; };
    const count = async () => Number((await app.db.query('SELECT count(*) AS n FROM observation WHERE series_id = $1', [seriesId]))[0].n);
    const outcome = await app.db.transaction(async (tx) => {
      const fresh = await copyNewPoints(tx, [row(1, 2), row(2, 3)]);
      const clashing = await copyNewPoints(tx, [row(3, 4), row(10, 5), row(11, 6)]);
      const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM observation WHERE series_id = $1', [seriesId]);
      return { fresh, clashing, inTransaction: n };
    });
    expect(outcome).toEqual({ fresh: true, clashing: false, inTransaction: 3 });
    expect(await count()).toBe(3);
  });
});

describe('observations (drill-through)', () => {
  it('pages newest first with a cursor, filtered by range and dimension', async () => {
    const key = await createMetric(app);
    const points = Array.from({ length: 5 }, (_, i) => ({
      metricKey: key, value: i, at: `2026-04-0${i + 1}T12:00:00Z`, dimensions: { region: i % 2 === 0 ? 'EMEA' : 'NA' },
    }));
    await record(app, points);
    const query = `query ($key: ID!, $after: String) {
      observations(key: $key, range: { from: "2026-04-01T00:00:00Z", to: "2026-05-01T00:00:00Z" },
                   filter: [{ dimension: "region", values: ["EMEA"] }], first: 2, after: $after) {
        totalCount edges { cursor node { metricKey value at dimensions } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const first = (await app.gql(query, { key })).data.observations;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.value)).toEqual([4, 2]);
    expect(first.edges[0].node.dimensions).toEqual({ region: 'EMEA' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await app.gql(query, { key, after: first.pageInfo.endCursor })).data.observations;
    expect(second.edges.map((e: any) => e.node.value)).toEqual([0]);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
  });

  it('lists the input points of a derived metric', async () => {
    const won = await createMetric(app);
    const closed = await createMetric(app);
    const rate = await createMetric(app, { unit: { kind: 'PERCENT' }, formula: `${won} / ${closed}` });
    await record(app, [{ metricKey: won, value: 1, at: '2026-04-02T00:00:00Z' }, { metricKey: closed, value: 3, at: '2026-04-01T00:00:00Z' }]);
    const response = await app.gql(`{ observations(key: "${rate}", range: { from: "2026-04-01T00:00:00Z", to: "2026-04-03T00:00:00Z" }) { edges { node { metricKey value } } } }`);
    expect(response.data.observations.edges.map((e: any) => e.node)).toEqual([{ metricKey: won, value: 1 }, { metricKey: closed, value: 3 }]);
  });

  it('rejects a forged cursor and an oversized page', async () => {
    const bad = await app.gql(`{ observations(key: "${leads}", after: "not-a-cursor") { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await app.gql(`{ observations(key: "${leads}", first: 501) { totalCount } }`);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('observations totalCount (from the rollups)', () => {
  // Europe/Madrid in January: local days start at 23:00 UTC. Points sit in whole hours, whole local days and
  // the partial hours at a range's ends; one is overwritten (still one row).
  const POINTS: Array<[metric: 'sum' | 'last', at: string, region: string]> = [
    ['sum', '2026-01-10T09:10:00Z', 'EMEA'], ['sum', '2026-01-10T09:50:00Z', 'NA'], ['sum', '2026-01-10T10:20:00Z', 'EMEA'],
    ['sum', '2026-01-10T22:30:00Z', 'NA'], ['sum', '2026-01-11T03:00:00Z', 'EMEA'], ['sum', '2026-01-11T12:00:00Z', 'NA'],
    ['sum', '2026-01-12T23:15:00Z', 'EMEA'], ['sum', '2026-01-13T08:45:00Z', 'NA'],
    ['last', '2026-01-10T09:30:00Z', 'EMEA'], ['last', '2026-01-12T10:00:00Z', 'NA'],
  ];
  let keys: { sum: string; last: string };

  beforeAll(async () => {
    keys = { sum: await createMetric(app), last: await createMetric(app, { aggregation: 'LAST' }) };
    const points = POINTS.map(([metric, at, region], i) => ({ metricKey: keys[metric], value: i, at, dimensions: { region } }));
    await record(app, points);
    await record(app, [{ ...points[4], value: 99 }]);
  });

  it.each<[string, string, string, string[], number]>([
    ['partial hours at both ends, whole hours and whole days', '2026-01-10T09:30:00Z', '2026-01-13T08:50:00Z', [], 9],
    ['the same, filtered by a dimension', '2026-01-10T09:30:00Z', '2026-01-13T08:50:00Z', ['EMEA'], 4],
    ['inside one hour', '2026-01-10T09:20:00Z', '2026-01-10T09:55:00Z', [], 2],
    ['a range ending at a point leaves it out', '2026-01-10T00:00:00Z', '2026-01-11T03:00:00Z', [], 5],
  ])('%s', async (_label, from, to, regions, expected) => {
    const range = { from: new Date(from), to: new Date(to) };
    const filters = regions.length > 0 ? [{ dimension: 'region', values: regions }] : [];
    const metricKeys = [keys.sum, keys.last];
    const page = await app.services.observations.list(metricKeys, range, filters, 1);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM observation o JOIN series s ON s.id = o.series_id
        WHERE s.metric_key = ANY($1) AND o.at >= $2 AND o.at < $3 AND ($4::text[] = '{}' OR s.dimensions ->> 'region' = ANY($4))`,
      [metricKeys, range.from, range.to, regions],
    );
    expect({ totalCount: page.totalCount, countStar: n }).toEqual({ totalCount: expected, countStar: expected });
  });
});
