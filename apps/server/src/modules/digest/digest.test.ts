import { record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ALERT_TICK_MS: '20' } });
});
afterAll(() => app.close());

describe('digests', () => {
  it('render KPIs, status changes and open alerts as HTML into the outbox, on demand and when due', async () => {
    // finance.arr is on the executive dashboard; a threshold rule makes an open alert to list.
    const rule = await app.gql(`mutation { createAlertRule(input: { name: "ARR high", metricKey: "finance.arr", kind: THRESHOLD, params: { threshold: 1 } }) { id } }`);
    expect(rule.errors).toBeUndefined();
    await record(app, [{ metricKey: 'finance.arr', value: 1234, at: new Date(Date.now() - 3_600_000).toISOString() }]);
    await waitFor(async () => (await app.gql(`{ alerts(states: [OPEN]) { metricKey } }`)).data.alerts.some((a: any) => a.metricKey === 'finance.arr'));

    const created = await app.gql(`mutation { createDigestSubscription(input: { dashboardSlug: "executive", cadence: DAILY }) { id cadence nextRunAt lastRunAt } }`);
    const subscription = created.data.createDigestSubscription;
    expect(Date.parse(subscription.nextRunAt)).toBeGreaterThan(Date.now());
    const run = await app.gql(`mutation ($id: ID!) { runDigest(subscriptionId: $id) { id dashboardSlug cadence subject html webhookDeliveryId sentAt } }`, { id: subscription.id });
    const message = run.data.runDigest;
    expect(message).toMatchObject({ dashboardSlug: 'executive', cadence: 'DAILY', webhookDeliveryId: null, sentAt: null });
    expect(message.subject).toMatch(/daily digest/);
    expect(message.html).toContain('<h2 style="font-size:16px">Open alerts</h2>');
    expect(message.html).toContain('ARR is $1,234 this day, above the threshold of $1.00.');
    expect(message.html).toMatch(/Status changes/);

    const outbox = await app.gql(`{ digestOutbox(unsentOnly: true) { id } }`);
    expect(outbox.data.digestOutbox).toEqual([{ id: message.id }]);
    await app.gql(`mutation ($id: ID!) { markDigestSent(id: $id) { sentAt } }`, { id: message.id });
    expect((await app.gql(`{ digestOutbox(unsentOnly: true) { id } }`)).data.digestOutbox).toEqual([]);

    // The scheduler sends a due digest once, however many instances look at the same moment.
    await app.db.query(`UPDATE digest_subscription SET next_run_at = now() - interval '1 minute' WHERE id = $1`, [subscription.id]);
    const sent = await Promise.all([app.services.digests.runDue(), app.services.digests.runDue()]);
    expect(sent[0] + sent[1]).toBe(1);
    const { data } = await app.gql(`{ digestOutbox { id } digestSubscriptions { id nextRunAt lastRunAt } }`);
    expect(data.digestOutbox).toHaveLength(2);
    expect(Date.parse(data.digestSubscriptions[0].nextRunAt)).toBeGreaterThan(Date.now());
    expect(data.digestSubscriptions[0].lastRunAt).not.toBeNull();
  });

  it('rejects an unknown dashboard', async () => {
    const bad = await app.gql(`mutation { createDigestSubscription(input: { dashboardSlug: "nope", cadence: WEEKLY }) { id } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dashboardSlug' });
  });
});
