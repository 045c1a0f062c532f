import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetricKinds, KPI_FIELDS, record } from '../../testing/fixtures';

// Four UTC days; nothing recorded on Jan 6 for any metric, and on Jan 5 only `closed` (no deal won).
const RANGE = { from: '2026-01-04T00:00:00.000Z', to: '2026-01-08T00:00:00.000Z' };
const DAYS = ['2026-01-04T00:00:00.000Z', '2026-01-05T00:00:00.000Z', '2026-01-06T00:00:00.000Z', '2026-01-07T00:00:00.000Z'];

let app: TestApp;
let leads: string;
let arr: string;
let won: string;
let closed: string;
let winRate: string;

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: 'UTC' } });
  ({ leads, arr, won, closed, winRate } = await createMetricKinds(app));
  await record(app, [
    { metricKey: leads, value: 3, at: '2026-01-04T10:00:00Z' },
    { metricKey: leads, value: 5, at: '2026-01-07T10:00:00Z' },
    { metricKey: arr, value: 1000, at: '2026-01-04T10:00:00Z' },
    { metricKey: arr, value: 1100, at: '2026-01-07T10:00:00Z' },
    { metricKey: won, value: 1, at: '2026-01-04T10:00:00Z' },
    { metricKey: closed, value: 2, at: '2026-01-04T10:00:00Z' },
    { metricKey: closed, value: 4, at: '2026-01-05T10:00:00Z' },
    { metricKey: won, value: 1, at: '2026-01-07T10:00:00Z' },
    { metricKey: closed, value: 1, at: '2026-01-07T10:00:00Z' },
  ]);
});
afterAll(() => app.close());

async function points(key: string): Promise<Array<number | null>> {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) {
    series(key: $key, range: $range, granularity: DAY) { groups { points { at value } } }
    kpi(key: $key, range: $range) { ${KPI_FIELDS} } }`, { key, range: RANGE });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const drawn = response.data.series.groups[0].points;
  expect(drawn.map((p: { at: string }) => p.at)).toEqual(DAYS);
  // The card's trend and the drill-down's series agree bucket by bucket.
  expect(response.data.kpi.trend).toEqual(drawn);
  return drawn.map((p: { value: number | null }) => p.value);
}

describe('buckets without points', () => {
  it.each<[string, () => string, Array<number | null>]>([
    ['a flow (SUM) had nothing happen: 0', () => leads, [3, 0, 0, 5]],
    ['a stock (LAST) was not read: a gap', () => arr, [1000, null, null, 1100]],
    ['a ratio of flows: 0 when deals closed and none was won, a gap when none closed', () => winRate, [0.5, 0, null, 1]],
  ])('%s', async (_label, key, expected) => {
    expect(await points(key())).toEqual(expected);
  });
});
