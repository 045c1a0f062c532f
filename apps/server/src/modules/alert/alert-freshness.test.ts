import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  // The scan runs only when the test asks (scanFreshness with a hand-set now).
  app = await createTestApp({ env: { FRESHNESS_SCAN_MS: '3600000' } });
});
afterAll(() => app.close());

const HOUR = 3_600_000;
const MINUTE = 60_000;

async function setInterval(metricKey: string, minutes: number | null) {
  return app.gql(`mutation ($key: ID!, $input: MetricUpdateInput!) { updateMetric(key: $key, input: $input) { expectedIntervalMinutes freshnessIntervalMinutes } }`,
    { key: metricKey, input: { expectedIntervalMinutes: minutes } });
}

/** When the metric's data last arrived, as the database has it (what freshness is measured from). */
async function lastArrival(metricKey: string): Promise<Date> {
  const [row] = await app.db.query(`SELECT max(updated_at) AS at FROM metric_daily WHERE metric_key = $1`, [metricKey]);
  return new Date(row.at);
}

async function freshnessAlerts(metricKey: string): Promise<any[]> {
  const { data } = await app.gql(`{ alerts(first: 200) { state kind metricKey explanation bucketStart resolvedBy } }`);
  return data.alerts.filter((a: any) => a.metricKey === metricKey && a.kind === 'FRESHNESS');
}

describe('freshness', () => {
  it('sets the expected interval in the catalog and refuses one that is not a whole number of minutes', async () => {
    const metricKey = await createMetric(app);
    const set = await setInterval(metricKey, 90);
    expect(set.data.updateMetric).toEqual({ expectedIntervalMinutes: 90, freshnessIntervalMinutes: 90 });
    const bad = await setInterval(metricKey, 0);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedIntervalMinutes' });
    const audit = await app.db.query(`SELECT after->>'expectedIntervalMinutes' AS minutes FROM audit_event WHERE object_id = $1 AND action = 'UPDATE'`, [metricKey]);
    expect(audit.map((row: any) => row.minutes)).toEqual(['90']);
  });

  it('shows a card as stale since last arrival + interval once the data is overdue, and fresh again when data arrives', async () => {
    const metricKey = await createMetric(app);
    await setInterval(metricKey, 60);
    await record(app, [{ metricKey, value: 5, at: new Date(Date.now() - HOUR).toISOString() }]);
    const kpi = async () => (await app.gql(`query ($key: ID!) { kpi(key: $key) { value staleSince metric { staleSince } } }`, { key: metricKey })).data.kpi;
    expect(await kpi()).toEqual({ value: 5, staleSince: null, metric: { staleSince: null } });

    // The data arrived three hours ago: an hour-late metric went stale two hours ago.
    await app.db.query(`UPDATE metric_daily SET updated_at = now() - interval '3 hours' WHERE metric_key = $1`, [metricKey]);
    const arrived = await lastArrival(metricKey);
    const staleSince = new Date(arrived.getTime() + HOUR).toISOString();
    expect(await kpi()).toEqual({ value: 5, staleSince, metric: { staleSince } });

    await record(app, [{ metricKey, value: 2, at: new Date(Date.now() - HOUR).toISOString() }]);
    expect(await kpi()).toEqual({ value: 7, staleSince: null, metric: { staleSince: null } });
  });

  it('fires a FRESHNESS alert when the metric goes quiet past its interval and clears it when data arrives', async () => {
    const metricKey = await createMetric(app);
    await setInterval(metricKey, 30);
    const created = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id kind } }`,
      { input: { name: 'quiet', metricKey, kind: 'FRESHNESS', granularity: 'HOUR' } });
    expect(created.errors).toBeUndefined();
    const ruleId = created.data.createAlertRule.id;
    await record(app, [{ metricKey, value: 1, at: new Date(Date.now() - HOUR).toISOString() }]);
    // The arrival is judged at once (fresh); wait for it so it cannot land after the hand-timed scans below.
    await waitFor(async () => (await app.db.query(`SELECT last_input FROM alert_rule WHERE id = $1`, [ruleId]))[0].last_input !== null);
    const arrived = await lastArrival(metricKey);

    // 29 minutes after the arrival: still fresh.
    await app.services.alertEvaluator.scanFreshness(new Date(arrived.getTime() + 29 * MINUTE));
    expect(await freshnessAlerts(metricKey)).toEqual([]);

    // 45 minutes after: 15 minutes overdue.
    await app.services.alertEvaluator.scanFreshness(new Date(arrived.getTime() + 45 * MINUTE));
    const [raised] = await freshnessAlerts(metricKey);
    expect(raised.state).toBe('OPEN');
    expect(raised.explanation).toBe(`${metricKey} has received no data for 45 min; it should every 30 min.`);

    // Scanning again while still quiet raises nothing more.
    await app.services.alertEvaluator.scanFreshness(new Date(arrived.getTime() + 90 * MINUTE));
    expect(await freshnessAlerts(metricKey)).toHaveLength(1);

    // Data arrives: the next evaluation (scan or arrival) clears it.
    await record(app, [{ metricKey, value: 1, at: new Date(Date.now() - HOUR).toISOString() }]);
    await app.services.alertEvaluator.scanFreshness(new Date((await lastArrival(metricKey)).getTime() + MINUTE));
    expect(await freshnessAlerts(metricKey)).toEqual([expect.objectContaining({ state: 'RESOLVED', resolvedBy: 'system' })]);
  });

  it('refuses to backtest a FRESHNESS rule, naming the kind', async () => {
    const metricKey = await createMetric(app);
    const response = await app.gql(`query ($input: AlertRuleInput!) { alertRuleBacktest(input: $input) { fired } }`,
      { input: { name: 'quiet', metricKey, kind: 'FRESHNESS' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });
});
