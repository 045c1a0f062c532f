import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ALERT_TICK_MS: '20' } });
}, 120_000);
afterAll(() => app.close());

const RULE_FIELDS = 'id name kind params { threshold side } granularity owner ownerUserId active firing';
const UPDATE = `mutation ($id: ID!, $input: AlertRuleInput!) { updateAlertRule(id: $id, input: $input) { ${RULE_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteAlertRule(id: $id) { id } }`;

describe('editing and deleting alert rules', () => {
  it("a head edits their department's rule, owned by a user, and deletes it with its alerts", async () => {
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const metricKey = await createMetric(app, { department: 'SALES' });
    const input = { name: 'High', metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR' };
    const created = (await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, { input }, head)).data.createAlertRule;
    await record(app, [{ metricKey, value: 50, at: new Date(Date.now() - 60_000).toISOString() }]);
    await waitFor(async () => (await app.gql(`query ($k: ID!) { alertRules(metricKey: $k) { firing } }`, { k: metricKey })).data.alertRules[0].firing === true);

    // The name alone changes: the rule keeps firing. A new threshold starts its state over.
    const renamed = await app.gql(UPDATE, { id: created.id, input: { ...input, name: 'Very high', ownerUserId: head.userId } }, head);
    expect(renamed.errors).toBeUndefined();
    const me = (await app.gql(`{ viewer { name } }`, {}, head)).data.viewer.name;
    expect(renamed.data.updateAlertRule).toMatchObject({ name: 'Very high', ownerUserId: head.userId, owner: me, firing: true });
    const retuned = await app.gql(UPDATE, { id: created.id, input: { ...input, params: { threshold: 100 } } }, head);
    expect(retuned.data.updateAlertRule).toMatchObject({ params: { threshold: 100 }, ownerUserId: null, owner: null, firing: false });

    const moved = await app.gql(UPDATE, { id: created.id, input: { ...input, metricKey: 'finance.arr' } }, head);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metricKey' });
    const badParams = await app.gql(UPDATE, { id: created.id, input: { ...input, params: {} } }, head);
    expect(badParams.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.params.threshold' });
    // The owner must be a user who reads the metric's alerts.
    const outsider = await app.signIn('VIEWER', ['MARKETING']);
    const badOwner = await app.gql(UPDATE, { id: created.id, input: { ...input, ownerUserId: outsider.userId } }, head);
    expect(badOwner.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerUserId' });

    const otherHead = await app.signIn('DEPARTMENT_HEAD', ['MARKETING']);
    expect((await app.gql(DELETE, { id: created.id }, otherHead)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(UPDATE, { id: created.id, input }, otherHead)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(DELETE, { id: created.id }, head)).data.deleteAlertRule).toEqual({ id: created.id });
    const after = await app.gql(`query ($k: ID!) { alertRules(metricKey: $k) { id } alerts(metricKey: $k) { id } }`, { k: metricKey });
    expect(after.data).toEqual({ alertRules: [], alerts: [] });
    expect((await app.gql(DELETE, { id: created.id }, head)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }, 60_000);
});
