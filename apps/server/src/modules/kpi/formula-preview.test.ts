import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';

// Hand-computed fixtures in Europe/Madrid over the three local days around the DST change of 2026-03-29 (a
// 23-hour day): [Mar 28 00:00 CET, Mar 31 00:00 CEST) = [2026-03-27T23:00Z, 2026-03-30T22:00Z).
const RANGE = { from: '2026-03-27T23:00:00.000Z', to: '2026-03-30T22:00:00.000Z' };
const DAY_STARTS = ['2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'];
const PREVIEW = `query ($formula: String!, $range: RangeInput) {
  formulaPreview(formula: $formula, range: $range) { inputs granularity total period { from to } points { at value } }
}`;

let app: TestApp;
let won: string;
let closed: string;

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: 'Europe/Madrid' } });
  won = await createMetric(app);
  closed = await createMetric(app);
  await record(app, [
    { metricKey: closed, value: 100, at: '2026-03-27T22:59:00Z' }, // Mar 27 23:59 CET: before the range
    { metricKey: won, value: 1, at: '2026-03-28T10:00:00Z' }, // day 1
    { metricKey: closed, value: 4, at: '2026-03-28T10:00:00Z' },
    { metricKey: won, value: 3, at: '2026-03-29T10:00:00Z' }, // day 2 (the 23-hour day)
    { metricKey: closed, value: 3, at: '2026-03-29T10:00:00Z' },
    { metricKey: closed, value: 10, at: '2026-03-29T22:30:00Z' }, // Mar 30 00:30 CEST: day 3, no deal won
  ]);
});
afterAll(() => app.close());

describe('formulaPreview', () => {
  it('gives the values a derived metric with the formula would have, bucket by local day', async () => {
    const response = await app.gql(PREVIEW, { formula: `100 * ${won} / ${closed}`, range: RANGE });
    expect(response.errors).toBeUndefined();
    const preview = response.data.formulaPreview;
    expect(preview.inputs).toEqual([won, closed]);
    expect(preview.granularity).toBe('DAY');
    // Ratios as sum/sum: 100 × (1 + 3 + 0) / (4 + 3 + 10) = 400 / 17.
    expect(preview.total).toBeCloseTo(400 / 17, 10);
    // Day by day: 100 × 1/4, 100 × 3/3, and a day with closed deals but none won is 0 %.
    expect(preview.points).toEqual([
      { at: DAY_STARTS[0], value: 25 },
      { at: DAY_STARTS[1], value: 100 },
      { at: DAY_STARTS[2], value: 0 },
    ]);
  });

  it('equals the KPI of the metric once it is saved with the formula', async () => {
    const formula = `${won} / (${won} + ${closed})`;
    const preview = (await app.gql(PREVIEW, { formula, range: RANGE })).data.formulaPreview;
    const saved = await createMetric(app, { formula });
    const kpi = await app.gql(`query ($k: ID!, $r: RangeInput) { kpi(key: $k, range: $r) { value trend { value } } }`, { k: saved, r: RANGE });
    // 4 / (4 + 17) by hand, and the same numbers as the saved metric's.
    expect(preview.total).toBeCloseTo(4 / 21, 10);
    expect(kpi.data.kpi.value).toBe(preview.total);
    expect(kpi.data.kpi.trend.map((point: { value: number | null }) => point.value)).toEqual(preview.points.map((point: { value: number | null }) => point.value));
  });

  it('covers the last 90 days by default', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const day = 24 * 3600_000;
    await record(app, [
      { metricKey: a, value: 2, at: new Date(Date.now() - 2 * day).toISOString() },
      { metricKey: b, value: 8, at: new Date(Date.now() - 2 * day).toISOString() },
      { metricKey: a, value: 50, at: new Date(Date.now() - 100 * day).toISOString() }, // outside the 90 days
      { metricKey: b, value: 50, at: new Date(Date.now() - 100 * day).toISOString() },
    ]);
    const preview = (await app.gql(PREVIEW, { formula: `${a} / ${b}` })).data.formulaPreview;
    expect(preview.total).toBe(0.25);
    const days = (Date.parse(preview.period.to) - Date.parse(preview.period.from)) / day;
    expect(days).toBeGreaterThanOrEqual(89);
    expect(days).toBeLessThanOrEqual(91);
  });

  it.each([
    ['does not parse', () => `${won} / `, /invalid/],
    ['reads an unknown metric', () => 'no.such / 2', /unknown metrics: no\.such/],
  ])('refuses a formula that %s, naming the formula', async (_label, formula, message) => {
    const response = await app.gql(PREVIEW, { formula: formula() });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'formula' });
    expect(response.errors?.[0].message).toMatch(message);
  });
});
