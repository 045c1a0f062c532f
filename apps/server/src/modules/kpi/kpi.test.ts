import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, createMetricKinds, KPI_FIELDS, record } from '../../testing/fixtures';

// Hand-computed fixtures in America/New_York, over three local days that include the DST change of
// 2026-03-08 (a 23-hour day): [Mar 7 00:00 EST, Mar 10 00:00 EDT) = [2026-03-07T05:00Z, 2026-03-10T04:00Z).
const RANGE = { from: '2026-03-07T05:00:00.000Z', to: '2026-03-10T04:00:00.000Z' };
const DAY_STARTS = ['2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'];

let app: TestApp;
let leads: string;
let arr: string;
let won: string;
let closed: string;
let winRate: string;

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: 'America/New_York' } });
  ({ leads, arr, won, closed, winRate } = await createMetricKinds(app));
  await record(app, [
    { metricKey: leads, value: 100, at: '2026-03-07T04:59:00Z', dimensions: { region: 'NA' } }, // Mar 6 23:59 local: before
    { metricKey: leads, value: 1, at: '2026-03-07T05:00:00Z', dimensions: { region: 'EMEA' } }, // Mar 7 00:00
    { metricKey: leads, value: 2, at: '2026-03-08T04:59:00Z', dimensions: { region: 'NA' } }, // Mar 7 23:59 EST
    { metricKey: leads, value: 4, at: '2026-03-08T05:00:00Z', dimensions: { region: 'EMEA' } }, // Mar 8 00:00 EST
    { metricKey: leads, value: 8, at: '2026-03-09T03:59:00Z', dimensions: { region: 'NA' } }, // Mar 8 23:59 EDT
    { metricKey: leads, value: 16, at: '2026-03-09T04:00:00Z', dimensions: { region: 'EMEA' } }, // Mar 9 00:00 EDT
    { metricKey: leads, value: 32, at: '2026-03-10T03:59:59Z', dimensions: { region: 'NA' } }, // Mar 9 23:59:59
    { metricKey: leads, value: 64, at: '2026-03-10T04:00:00Z', dimensions: { region: 'NA' } }, // Mar 10 00:00: after
    { metricKey: arr, value: 1000, at: '2026-03-07T12:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: arr, value: 500, at: '2026-03-08T12:00:00Z', dimensions: { region: 'NA' } },
    { metricKey: arr, value: 1200, at: '2026-03-09T12:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: arr, value: 450, at: '2026-03-09T20:00:00Z', dimensions: { region: 'NA' } },
    { metricKey: won, value: 1, at: '2026-03-07T15:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: closed, value: 4, at: '2026-03-07T15:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: won, value: 3, at: '2026-03-08T15:00:00Z', dimensions: { region: 'NA' } },
    { metricKey: closed, value: 3, at: '2026-03-08T15:00:00Z', dimensions: { region: 'NA' } },
    { metricKey: won, value: 1, at: '2026-03-09T15:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: closed, value: 1, at: '2026-03-09T15:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: closed, value: 10, at: '2026-03-09T16:00:00Z', dimensions: { region: 'NA' } },
  ]);
});
afterAll(() => app.close());

async function kpi(key: string, range: object = RANGE, compare = 'PREVIOUS_PERIOD') {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput, $compare: Comparison) { kpi(key: $key, range: $range, compare: $compare) { ${KPI_FIELDS} } }`, { key, range, compare });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi;
}

async function series(key: string, extra: string) {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) { series(key: $key, range: $range, ${extra}) {
    granularity groupBy groups { key total points { at value } } comparison { at value } comparisonPeriod { from to } } }`, { key, range: RANGE });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.series;
}

describe('roll-up correctness (America/New_York)', () => {
  it('sums a flow over the local period, boundaries included and excluded exactly', async () => {
    const result = await kpi(leads);
    expect(result.value).toBe(1 + 2 + 4 + 8 + 16 + 32);
    expect(result.trendGranularity).toBe('DAY');
    expect(result.trend).toEqual([
      { at: DAY_STARTS[0], value: 3 },
      { at: DAY_STARTS[1], value: 12 },
      { at: DAY_STARTS[2], value: 48 },
    ]);
  });

  it('compares with the same number of local days before', async () => {
    const result = await kpi(leads);
    // Three local days back: Mar 4 00:00 EST to Mar 7 00:00 EST; only the point of Mar 6 23:59 local falls in it.
    expect(result.comparisonPeriod).toEqual({ from: '2026-03-04T05:00:00.000Z', to: '2026-03-07T05:00:00.000Z' });
    expect(result.comparisonValue).toBe(100);
    expect(result.change).toBe(-37);
    expect(result.changeRatio).toBeCloseTo(-0.37, 12);
  });

  it('takes the last value of each series of a stock and adds the series up', async () => {
    const result = await kpi(arr);
    expect(result.value).toBe(1200 + 450);
    expect(result.trend.map((p: { value: number }) => p.value)).toEqual([1000, 500, 1650]);
  });

  it('rolls a ratio up as sum/sum, never as an average of ratios', async () => {
    const result = await kpi(winRate);
    // won 1+3+1 = 5, closed 4+3+1+10 = 18; the mean of the daily ratios would be 0.447.
    expect(result.value).toBeCloseTo(5 / 18, 12);
    expect(result.trend.map((p: { value: number }) => p.value)).toEqual([1 / 4, 3 / 3, 1 / 11]);
  });

  it('breaks a ratio down by dimension with sum/sum inside each group', async () => {
    const result = await series(winRate, 'groupBy: "region", granularity: DAY');
    expect(result.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([['EMEA', 2 / 5], ['NA', 3 / 13]]);
    const na = result.groups.find((g: { key: string }) => g.key === 'NA');
    expect(na.points).toEqual([{ at: DAY_STARTS[0], value: null }, { at: DAY_STARTS[1], value: 1 }, { at: DAY_STARTS[2], value: 0 }]);
  });

  it('filters a breakdown by a dimension value', async () => {
    const result = await series(leads, 'filter: [{ dimension: "region", values: ["NA"] }]');
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].total).toBe(2 + 8 + 32);
  });

  it('computes a KPI of one dimension slice', async () => {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range, filter: [{ dimension: "region", values: ["NA"] }]) { value } }`, { key: winRate, range: RANGE });
    expect(response.data.kpi.value).toBeCloseTo(3 / 13, 12);
  });

  it('overlays the comparison period bucket by bucket', async () => {
    const result = await series(leads, 'granularity: DAY, compare: PREVIOUS_PERIOD');
    expect(result.comparisonPeriod).toEqual({ from: '2026-03-04T05:00:00.000Z', to: '2026-03-07T05:00:00.000Z' });
    // Previous buckets start Mar 4, 5, 6 local; the 100 lies on Mar 6. Leads are a flow: none on Mar 4 and 5 is 0.
    expect(result.comparison.map((p: { value: number | null }) => p.value)).toEqual([0, 0, 100]);
  });

  it('refuses a granularity that would return too many points', async () => {
    const response = await app.gql(`{ series(key: "${leads}", range: { from: "2000-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, granularity: HOUR) { granularity } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granularity' });
  });
});

describe('targets and status', () => {
  async function setTarget(metricKey: string, kind: string, value: number, effectiveFrom: string, effectiveTo: string | null = null, tolerance?: number) {
    const response = await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
      input: { metricKey, kind, value, effectiveFrom, effectiveTo, tolerance },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.setTarget.id as string;
  }

  it('uses the plan target while it is in force, then the long-term one', async () => {
    await setTarget(winRate, 'LONG_TERM', 0.4, '2026-01-01T00:00:00Z');
    await setTarget(winRate, 'PLAN', 0.25, '2026-03-01T00:00:00Z', '2026-03-09T00:00:00Z');
    // Period ends 2026-03-10 04:00Z, after the plan: the long-term target of 40 % applies; 27.8 % misses it by more than 10 %.
    const late = await kpi(winRate);
    expect(late.target).toEqual({ kind: 'LONG_TERM', value: 0.4 });
    expect(late.status).toBe('OFF_TRACK');
    expect(late.attainment).toBeCloseTo(5 / 18 / 0.4, 12);
    // A period inside the plan (Mar 7 local only: 1 won of 4 closed = 25 %) meets the plan target exactly.
    const early = await kpi(winRate, { from: '2026-03-07T05:00:00Z', to: '2026-03-08T05:00:00Z' });
    expect(early.value).toBe(0.25);
    expect(early.target).toEqual({ kind: 'PLAN', value: 0.25 });
    expect(early.status).toBe('ON_TRACK');
    expect(early.attainment).toBe(1);
  });

  it.each<[string, string, number, number, string]>([
    ['HIGHER_IS_BETTER', 'meets', 100, 100, 'ON_TRACK'],
    ['HIGHER_IS_BETTER', 'within 10 %', 100, 91, 'AT_RISK'],
    ['HIGHER_IS_BETTER', 'misses by more', 100, 89, 'OFF_TRACK'],
    ['LOWER_IS_BETTER', 'meets', 10, 9, 'ON_TRACK'],
    ['LOWER_IS_BETTER', 'within 10 %', 10, 10.5, 'AT_RISK'],
    ['LOWER_IS_BETTER', 'misses by more', 10, 12, 'OFF_TRACK'],
  ])('%s: a value that %s the target is %s', async (direction, _label, target, value, status) => {
    const key = await createMetric(app, { direction, aggregation: 'LAST' });
    await setTarget(key, 'LONG_TERM', target, '2026-01-01T00:00:00Z');
    await record(app, [{ metricKey: key, value, at: '2026-03-08T12:00:00Z' }]);
    expect((await kpi(key)).status).toBe(status);
  });

  it('says NO_DATA without points, and judges nothing without a target', async () => {
    const empty = await createMetric(app);
    await setTarget(empty, 'LONG_TERM', 5, '2026-01-01T00:00:00Z');
    expect(await kpi(empty)).toMatchObject({ value: null, status: 'NO_DATA', attainment: null });
    const untargeted = await kpi(leads);
    expect(untargeted).toMatchObject({ target: null, status: null, attainment: null });
  });

  it('deletes a target, and answers NOT_FOUND for an unknown id', async () => {
    const id = await setTarget(leads, 'PLAN', 10, '2026-02-01T00:00:00Z');
    expect((await app.gql(`mutation { deleteTarget(id: "${id}") }`)).data.deleteTarget).toBe(true);
    for (const unknown of [id, 'not-a-uuid']) {
      const response = await app.gql(`mutation { deleteTarget(id: "${unknown}") }`);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('rejects a target whose end is before its start, and an unknown metric', async () => {
    const response = await app.gql(`mutation { setTarget(input: { metricKey: "${leads}", kind: PLAN, value: 1, effectiveFrom: "2026-02-01T00:00:00Z", effectiveTo: "2026-01-01T00:00:00Z" }) { id } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveTo' });
    const unknown = await app.gql(`mutation { setTarget(input: { metricKey: "no.such", kind: PLAN, value: 1, effectiveFrom: "2026-02-01T00:00:00Z" }) { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('range input', () => {
  it.each([
    ['from after to', { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }],
    ['a preset and dates', { preset: 'LAST_7_DAYS', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' }],
    ['only from', { from: '2026-03-01T00:00:00Z' }],
  ])('rejects %s', async (_label, range) => {
    const response = await app.gql(`query ($range: RangeInput) { kpi(key: "${leads}", range: $range) { value } }`, { range });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range' });
  });

  it('answers NOT_FOUND for an unknown metric', async () => {
    const response = await app.gql(`{ kpi(key: "no.such") { value } }`);
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

// Issue #22 item 9: a year to date in WEEK buckets started its axis on Monday Dec 29 of the previous year.
describe('a period that starts inside a bucket', () => {
  // Jan 1 2026, a Thursday, to Jun 1: long enough for WEEK trend buckets.
  const YEAR = { from: '2026-01-01T05:00:00.000Z', to: '2026-06-01T04:00:00.000Z' };

  beforeAll(async () => {
    await record(app, [{ metricKey: leads, value: 5, at: '2026-01-02T15:00:00Z' }, { metricKey: leads, value: 7, at: '2026-01-06T15:00:00Z' }]);
  });

  it('puts the first week\'s point at the period\'s start, Jan 1 local, not on the Monday before', async () => {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) {
      series(key: $key, range: $range, granularity: WEEK, compare: PREVIOUS_YEAR) { groups { points { at value } } comparison { at } }
      kpi(key: $key, range: $range) { trendGranularity trend { at value } }
    }`, { key: leads, range: YEAR });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const { series: result, kpi } = response.data;
    // Thu Jan 1 00:00 EST, then Monday Jan 5 00:00 EST.
    expect(result.groups[0].points.slice(0, 2)).toEqual([{ at: '2026-01-01T05:00:00.000Z', value: 5 }, { at: '2026-01-05T05:00:00.000Z', value: 7 }]);
    expect(result.comparison[0].at).toBe('2026-01-01T05:00:00.000Z');
    expect(kpi.trendGranularity).toBe('WEEK');
    expect(kpi.trend.slice(0, 2)).toEqual([{ at: '2026-01-01T05:00:00.000Z', value: 5 }, { at: '2026-01-05T05:00:00.000Z', value: 7 }]);
  });
});
