import { add, startOf } from '@opshub/metrics';
import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app.close());

const BACKTEST = `query ($input: AlertRuleInput!) { alertRuleBacktest(input: $input) { from to granularity fired firingAtEnd events { transition at value reference } points { at value } } }`;

describe('alertRuleBacktest', () => {
  it('replays a rule over the stored daily buckets of the last 90 days', async () => {
    const zone = app.config.organization.timeZone;
    const today = startOf(new Date(), 'DAY', zone);
    const day = (n: number) => add(today, 'DAY', n, zone);
    const metricKey = await createMetric(app, { department: 'SALES' });
    // Daily sums, hand-picked: 5 | 15 (7 + 8) | 20 | 4 | 3, and 99 on day −95, before the 90 days.
    await record(app, [
      { metricKey, value: 99, at: add(day(-95), 'HOUR', 12, zone).toISOString() },
      { metricKey, value: 5, at: add(day(-5), 'HOUR', 12, zone).toISOString() },
      { metricKey, value: 7, at: add(day(-4), 'HOUR', 9, zone).toISOString() },
      { metricKey, value: 8, at: add(day(-4), 'HOUR', 15, zone).toISOString() },
      { metricKey, value: 20, at: add(day(-3), 'HOUR', 12, zone).toISOString() },
      { metricKey, value: 4, at: add(day(-2), 'HOUR', 12, zone).toISOString() },
      { metricKey, value: 3, at: add(day(-1), 'HOUR', 12, zone).toISOString() },
    ]);
    // Above 10 fires on day −4 (15); 4 and 3 are under 9.5 (10 − 5 %): the second clear day, −1, clears it.
    const { data, errors } = await app.gql(BACKTEST, { input: { name: 'x', metricKey, kind: 'THRESHOLD', params: { threshold: 10 } } });
    expect(errors).toBeUndefined();
    const result = data.alertRuleBacktest;
    expect(result).toMatchObject({ granularity: 'DAY', fired: 1, firingAtEnd: false });
    expect(result.events).toEqual([
      { transition: 'FIRED', at: day(-4).toISOString(), value: 15, reference: 10 },
      { transition: 'CLEARED', at: day(-1).toISOString(), value: 3, reference: 10 },
    ]);
    // 90 days back to today's bucket, day −95 outside it.
    const from = startOf(add(new Date(), 'DAY', -90, zone), 'DAY', zone);
    expect(result.from).toBe(from.toISOString());
    expect(result.to).toBe(day(1).toISOString());
    expect(result.points[0].at).toBe(from.toISOString());
    expect(result.points.find((p: { value: number | null }) => p.value === 99)).toBeUndefined();
    // A summed metric reads 0 on a day without data.
    const valueOn = (n: number) => result.points.find((p: { at: string }) => p.at === day(n).toISOString())?.value;
    expect([-6, -5, -4, -3, -2, -1].map(valueOn)).toEqual([0, 5, 15, 20, 4, 3]);
    expect(result.points.filter((p: { value: number }) => p.value !== 0)).toHaveLength(5);

    // The same data under a CHANGE rule of 20 %: +200 % on −4 fires; +33 %, −80 % and −25 % breach again, so it never clears.
    const change = await app.gql(BACKTEST, { input: { name: 'x', metricKey, kind: 'CHANGE', params: { changeRatio: 0.2 } } });
    expect(change.data.alertRuleBacktest).toMatchObject({ fired: 1, firingAtEnd: true, events: [{ transition: 'FIRED', at: day(-4).toISOString() }] });
  });

  it('reports a bad rule against its field and refuses readers without the details', async () => {
    const metricKey = await createMetric(app, { department: 'SALES' });
    const bad = await app.gql(BACKTEST, { input: { name: 'x', metricKey, kind: 'THRESHOLD', params: {} } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.params.threshold' });
    const other = await app.signIn('VIEWER', ['MARKETING']);
    const refused = await app.gql(BACKTEST, { input: { name: 'x', metricKey, kind: 'THRESHOLD', params: { threshold: 1 } } }, other);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
