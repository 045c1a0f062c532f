import { startOf } from '@opshub/metrics';
import { createMetric, record } from '../../testing/fixtures';
import { createLead, insertReps } from '../../testing/lead-fixtures';
import { createTestApp, subscription, waitFor, type TestApp } from '../../testing/test-app';

const CREATE_RULE = `mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id kind firing granularity owner } }`;
const ALERT_FIELDS = `id state kind value reference owner explanation contributions { dimension value delta share others }
  raisedAt acknowledgedBy acknowledgedAt resolvedBy resolvedAt note annotationId rule { id name }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ALERT_TICK_MS: '20' } });
});
afterAll(() => app.close());

const HOUR = 3_600_000;
/** Scripted series are written hour by hour, from three days ago. */
const base = startOf(new Date(Date.now() - 72 * HOUR), 'HOUR', 'UTC').getTime();
const hour = (i: number) => new Date(base + i * HOUR).toISOString();

async function createRule(input: Record<string, unknown>): Promise<string> {
  const response = await app.gql(CREATE_RULE, { input: { name: 'rule', granularity: 'HOUR', ...input } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.createAlertRule.id;
}

async function lastInput(ruleId: string): Promise<string | null> {
  return (await app.db.query(`SELECT last_input FROM alert_rule WHERE id = $1`, [ruleId]))[0].last_input;
}

/** Writes one point per step through the API and waits until the rule has evaluated each (its last input changed). */
async function script(metricKey: string, ruleId: string, values: readonly number[], from = 0): Promise<void> {
  for (const [i, value] of values.entries()) {
    const before = await lastInput(ruleId);
    await record(app, [{ metricKey, value, at: hour(from + i) }]);
    await waitFor(async () => (await lastInput(ruleId)) !== before);
  }
}

async function alertsOf(ruleId: string): Promise<any[]> {
  const { data } = await app.gql(`{ alerts(first: 200) { ${ALERT_FIELDS} } }`);
  return data.alerts.filter((a: any) => a.rule.id === ruleId);
}

const hover = (centre: number, amplitude: number, n = 12) => Array.from({ length: n }, (_, i) => centre + (i % 2 === 0 ? -amplitude : amplitude));

describe('alert rules evaluated when data arrives', () => {
  it.each<[string, Record<string, unknown>, number[], 'RESOLVED' | 'OPEN']>([
    ['THRESHOLD crossing above 100 fires once, then clears', { kind: 'THRESHOLD', params: { threshold: 100 } }, [80, 90, 120, 130, 110, 90, 80, 70], 'RESOLVED'],
    ['THRESHOLD hovering at 100 ± 1 fires once and stays open', { kind: 'THRESHOLD', params: { threshold: 100 } }, hover(100, 1), 'OPEN'],
    ['CHANGE of more than 20 % fires once, then clears', { kind: 'CHANGE', params: { changeRatio: 0.2 } }, [100, 110, 140, 150, 150, 150], 'RESOLVED'],
    ['CHANGE hovering around +20 % fires once and stays open', { kind: 'CHANGE', params: { changeRatio: 0.2 } }, [100, 120.5, 100, 120.5, 100, 120.5, 100, 120.5], 'OPEN'],
    ['TARGET_BAND leaving ±10 % of 100 fires once, then clears', { kind: 'TARGET_BAND', params: {} }, [95, 105, 85, 80, 100, 101], 'RESOLVED'],
    ['TARGET_BAND hovering at its edge fires once and stays open', { kind: 'TARGET_BAND', params: {} }, hover(110, 0.5), 'OPEN'],
  ])('%s', async (_name, rule, values, finalState) => {
    const metricKey = await createMetric(app);
    if (rule.kind === 'TARGET_BAND') {
      const target = await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
        input: { metricKey, kind: 'LONG_TERM', value: 100, tolerance: 0.1, effectiveFrom: '2020-01-01T00:00:00Z' },
      });
      expect(target.errors).toBeUndefined();
    }
    const ruleId = await createRule({ ...rule, metricKey });
    await script(metricKey, ruleId, values);
    const alerts = await alertsOf(ruleId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].state).toBe(finalState);
    if (finalState === 'RESOLVED') expect(alerts[0]).toMatchObject({ resolvedBy: 'system', note: 'Condition cleared', resolvedAt: expect.any(String) });
  });

  it("gives the metric owner's title in the reader's language, and a rule's own owner as written", async () => {
    const metricKey = await createMetric(app);
    await app.db.query(`UPDATE metric SET owner = 'VP Sales', i18n = '{"es": {"owner": "VP de Ventas"}}' WHERE key = $1`, [metricKey]);
    const byMetricOwner = await createRule({ kind: 'THRESHOLD', metricKey, params: { threshold: 100 } });
    const byRuleOwner = await createRule({ kind: 'THRESHOLD', metricKey, params: { threshold: 100 }, owner: 'Ana Ruiz' });
    await record(app, [{ metricKey, value: 150, at: hour(0) }]);
    await waitFor(async () => (await alertsOf(byMetricOwner)).length === 1 && (await alertsOf(byRuleOwner)).length === 1);
    const { data } = await app.gql(`{ alerts(first: 200) { owner es: owner(locale: "es") rule { id } } }`);
    const owners = (ruleId: string) => data.alerts.filter((a: any) => a.rule.id === ruleId).map(({ owner, es }: any) => ({ owner, es }));
    expect(owners(byMetricOwner)).toEqual([{ owner: 'VP Sales', es: 'VP de Ventas' }]);
    expect(owners(byRuleOwner)).toEqual([{ owner: 'Ana Ruiz', es: 'Ana Ruiz' }]);
  });

  it('ANOMALY fires once when a value leaves the forecast band, then clears', async () => {
    const metricKey = await createMetric(app);
    const ruleId = await createRule({ kind: 'ANOMALY', metricKey, params: { clearAfter: 1 } });
    // Twelve hours of a steady trend with a little noise, in one batch: the forecast's history.
    const history = [100, 102, 101, 103, 104, 103, 105, 106, 105, 107, 108, 107];
    const before = await lastInput(ruleId);
    await record(app, history.map((value, i) => ({ metricKey, value, at: hour(i) })));
    await waitFor(async () => (await lastInput(ruleId)) !== before);
    await script(metricKey, ruleId, [109, 170, 110, 111], history.length);
    const alerts = await alertsOf(ruleId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'ANOMALY', value: 170, state: 'RESOLVED' });
    expect(alerts[0].explanation).toMatch(/outside the expected/);
  });

  it('evaluates the same data once however often it is announced', async () => {
    const metricKey = await createMetric(app);
    const ruleId = await createRule({ kind: 'THRESHOLD', metricKey, params: { threshold: 10 } });
    await script(metricKey, ruleId, [50]);
    const catalog = await app.services.metrics.loadCatalog();
    // Another instance receiving the same event evaluates the same input: nothing more happens.
    const again = await Promise.all([app.services.alerts.evaluate(catalog, ruleId), app.services.alerts.evaluate(catalog, ruleId)]);
    expect(again.flat()).toEqual([]);
    expect(await alertsOf(ruleId)).toHaveLength(1);
  });

  it('explains the change by what moved, in the metric\'s unit, with what the other values did', async () => {
    const metricKey = await createMetric(app, { name: 'Revenue', unit: { kind: 'CURRENCY', currency: 'USD' } });
    const ruleId = await createRule({ kind: 'CHANGE', metricKey, params: { changeRatio: 0.05 } });
    const cell = (i: number, segment: string, region: string, value: number) => ({ metricKey, value, at: hour(i), dimensions: { segment, region } });
    const before = await lastInput(ruleId);
    // Hour 0: $5,000 in each of six cells, $30,000. Hour 1: $31,600 (+$1,600, +5.3 %). By segment ENTERPRISE
    // +$2,300 while MID −$400 and SMB −$300 (143.75 % of the change); by region NA +$1,900 while EMEA −$300.
    await record(app, [
      ...(['ENTERPRISE', 'MID', 'SMB'] as const).flatMap((segment) => [cell(0, segment, 'NA', 5000), cell(0, segment, 'EMEA', 5000)]),
      cell(1, 'ENTERPRISE', 'NA', 7000), cell(1, 'ENTERPRISE', 'EMEA', 5300),
      cell(1, 'MID', 'NA', 4900), cell(1, 'MID', 'EMEA', 4700),
      cell(1, 'SMB', 'NA', 5000), cell(1, 'SMB', 'EMEA', 4700),
    ]);
    await waitFor(async () => (await lastInput(ruleId)) !== before);
    const [alert] = await alertsOf(ruleId);
    expect(alert).toMatchObject({ kind: 'CHANGE', value: 31600, reference: 30000, state: 'OPEN' });
    expect(alert.contributions).toEqual([
      { dimension: 'segment', value: 'ENTERPRISE', delta: 2300, share: 1.4375, others: -700 },
      { dimension: 'region', value: 'NA', delta: 1900, share: 1.1875, others: -300 },
    ]);
    expect(alert.explanation).toBe(
      'Revenue changed +5.3% against the previous hour ($30,000 → $31,600). Revenue up 5.3% vs the previous hour: '
      + '+$2.3K from ENTERPRISE (other segments \u2212$700), +$1.9K from NA (other regions \u2212$300).',
    );
    // Written in Spanish too when raised, with Spanish number formats (non-breaking spaces before units).
    const { data } = await app.gql(`query ($key: ID!) { alerts(metricKey: $key) { explanation(locale: "es") } }`, { key: metricKey });
    expect(data.alerts[0].explanation).toBe(
      'Revenue cambió +5,3\u00a0% respecto a la hora anterior (30.000\u00a0US$ → 31.600\u00a0US$). Revenue sube 5,3\u00a0% respecto a la hora anterior: '
      + '+2,3\u00a0mil\u00a0US$ de ENTERPRISE (resto de segment \u2212700\u00a0US$), +1,9\u00a0mil\u00a0US$ de NA (resto de region \u2212300\u00a0US$).',
    );
  });

  it('raises an SLA_BREACH alert once from breaches detected by the SLA monitor', async () => {
    await insertReps(app, [{ key: 'sam', territories: ['SOUTH'], specialisations: [], capacity: 10 }]);
    const policy = await app.gql(`mutation { updateSlaPolicy(key: "new_lead_processing", input: { durationSeconds: 1 }) { key } }`);
    expect(policy.errors).toBeUndefined();
    const ruleId = await createRule({ kind: 'SLA_BREACH', metricKey: 'marketing.sla_breaches', params: { minBreaches: 1 } });
    // Nobody covers NORTH: both leads wait unassigned and breach their deadline.
    await createLead(app, { region: 'NORTH' });
    await createLead(app, { region: 'NORTH' });
    await waitFor(async () => (await app.db.query(`SELECT count(*)::int AS n FROM sla_clock WHERE state = 'BREACHED'`))[0].n === 2, 10_000);
    await waitFor(async () => (await alertsOf(ruleId)).length === 1, 10_000);
    // Both breaches have been counted by the time the rule saw a value of 2.
    await waitFor(async () => (await app.db.query(`SELECT last_input FROM alert_rule WHERE id = $1`, [ruleId]))[0].last_input !== null);
    const [alert] = await alertsOf(ruleId);
    expect(alert).toMatchObject({ kind: 'SLA_BREACH', state: 'OPEN', owner: expect.any(String) });
    expect(alert.explanation).toMatch(/SLA breach/);
    expect(await alertsOf(ruleId)).toHaveLength(1);
  });
});

describe('alert lifecycle', () => {
  it('goes OPEN → ACKNOWLEDGED → RESOLVED with who and when, and can become an annotation', async () => {
    const metricKey = await createMetric(app, { name: 'Tickets' });
    const ruleId = await createRule({ kind: 'THRESHOLD', metricKey, params: { threshold: 10 }, owner: 'ops-lead' });
    await script(metricKey, ruleId, [50]);
    const [raised] = await alertsOf(ruleId);
    expect(raised).toMatchObject({ state: 'OPEN', owner: 'ops-lead', acknowledgedBy: null, resolvedBy: null });

    const ack = await app.gql(`mutation ($id: ID!) { acknowledgeAlert(id: $id, by: "ana", note: "Looking into it", annotate: true) { ${ALERT_FIELDS} } }`, { id: raised.id });
    // `by` is deprecated and ignored: the signed-in ADMIN is recorded.
    const { name } = (await app.gql(`{ viewer { name } }`)).data.viewer;
    expect(ack.data.acknowledgeAlert).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedBy: name, note: 'Looking into it', acknowledgedAt: expect.any(String), annotationId: expect.any(String) });
    const again = await app.gql(`mutation ($id: ID!) { acknowledgeAlert(id: $id, by: "ana") { id } }`, { id: raised.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'ACKNOWLEDGED' });

    const annotations = await app.gql(`query ($key: ID!) { annotations(metricKey: $key, range: { preset: LAST_7_DAYS }) { id title description at alertId createdBy metricKeys } }`, { key: metricKey });
    expect(annotations.data.annotations).toEqual([{
      // The note only: the explanation stays on the alert, which not every reader of the chart may see.
      id: ack.data.acknowledgeAlert.annotationId, title: 'Tickets: alert acknowledged', description: 'Looking into it',
      at: hour(0), alertId: raised.id, createdBy: name, metricKeys: [metricKey],
    }]);

    const resolved = await app.gql(`mutation ($id: ID!) { resolveAlert(id: $id, by: "ben") { ${ALERT_FIELDS} } }`, { id: raised.id });
    expect(resolved.data.resolveAlert).toMatchObject({ state: 'RESOLVED', resolvedBy: name, resolvedAt: expect.any(String), acknowledgedBy: name });
    const twice = await app.gql(`mutation ($id: ID!) { resolveAlert(id: $id, by: "ben") { id } }`, { id: raised.id });
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(`mutation { resolveAlert(id: "nope", by: "ben") { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("defaults the owner to the metric's and validates rules", async () => {
    const seeded = await app.gql(CREATE_RULE, { input: { name: 'win rate', metricKey: 'sales.win_rate', kind: 'THRESHOLD', params: { threshold: 0.2, side: 'BELOW' } } });
    expect(seeded.data.createAlertRule).toMatchObject({ owner: null, granularity: 'DAY', firing: false });
    const noThreshold = await app.gql(CREATE_RULE, { input: { name: 'x', metricKey: 'sales.win_rate', kind: 'THRESHOLD' } });
    expect(noThreshold.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.params.threshold' });
    const unknownMetric = await app.gql(CREATE_RULE, { input: { name: 'x', metricKey: 'nope.nope', kind: 'CHANGE', params: { changeRatio: 0.1 } } });
    expect(unknownMetric.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metricKey' });
  });
});

describe('alertRaised', () => {
  it('pushes each alert over a real WebSocket as it is raised', async () => {
    const metricKey = await createMetric(app);
    const ruleId = await createRule({ kind: 'THRESHOLD', metricKey, params: { threshold: 10 } });
    const feed = subscription(app.wsClient(), `subscription { alertRaised { id kind value explanation rule { id } } }`, {});
    const changes = subscription(app.wsClient(), `subscription { alertChanged { change alert { id state } } }`, {});
    await waitFor(() => app.services.alerts.feedSubscribers === 2);
    await record(app, [{ metricKey, value: 42, at: hour(0) }]);
    const { alertRaised } = await feed.next((value: any) => value.alertRaised.rule.id === ruleId, 10_000);
    expect(alertRaised).toMatchObject({ kind: 'THRESHOLD', value: 42, explanation: expect.stringContaining('above the threshold') });
    await app.gql(`mutation ($id: ID!) { acknowledgeAlert(id: $id, by: "ana") { id } }`, { id: alertRaised.id });
    const acknowledged = await changes.next((value: any) => value.alertChanged.alert.id === alertRaised.id && value.alertChanged.change === 'ACKNOWLEDGED');
    expect(acknowledged.alertChanged.alert.state).toBe('ACKNOWLEDGED');
    feed.dispose();
    changes.dispose();
  });
});
