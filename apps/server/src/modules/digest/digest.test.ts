import { record } from '../../testing/fixtures';
import { AlertEntity } from '../alert/alert.entity';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ALERT_TICK_MS: '20' } });
}, 120_000);
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
    expect(message.html).toMatch(/<h2 style="[^"]*">Open alerts<\/h2>/);
    // Its readers are whoever reads the EXECUTIVE department, which sees ARR's number but not FINANCE's alerts.
    expect(message.html).not.toContain('ARR is $1,234 this day');
    expect(message.html).toContain('>No open alerts that every reader of this digest may see.</p>');
    expect(message.html).toMatch(/Status changes/);

    const outbox = await app.gql(`{ digestOutbox(unsentOnly: true) { id } }`);
    expect(outbox.data.digestOutbox).toEqual([{ id: message.id }]);
    await app.gql(`mutation ($id: ID!) { markDigestSent(id: $id) { sentAt } }`, { id: message.id });
    expect((await app.gql(`{ digestOutbox(unsentOnly: true) { id } }`)).data.digestOutbox).toEqual([]);

    // The scheduler queues a due digest once, however many instances look at the same moment, as a job ADMINs see.
    await app.db.query(`UPDATE digest_subscription SET next_run_at = now() - interval '1 minute' WHERE id = $1`, [subscription.id]);
    const sent = await Promise.all([app.services.digests.runDue(), app.services.digests.runDue()]);
    expect(sent[0] + sent[1]).toBe(1);
    const sendJobs = async () => (await app.gql(`{ backgroundJobs(first: 200) { name key state } }`)).data.backgroundJobs.filter((job: any) => job.name === 'digest.send');
    await waitFor(async () => (await sendJobs())[0]?.state === 'COMPLETED');
    expect(await sendJobs()).toEqual([{ name: 'digest.send', key: subscription.id, state: 'COMPLETED' }]);
    const { data } = await app.gql(`{ digestOutbox { id periodTo } digestSubscriptions { id nextRunAt lastRunAt } }`);
    expect(data.digestOutbox).toHaveLength(2);
    expect(Date.parse(data.digestSubscriptions[0].nextRunAt)).toBeGreaterThan(Date.now());
    expect(data.digestSubscriptions[0].lastRunAt).not.toBeNull();

    // A retry of that send (its instance stopped after writing the digest) writes the period's digest no second time.
    const retried = await app.services.jobs.send('digest.send', { subscriptionId: subscription.id, at: data.digestOutbox[0].periodTo }, { key: subscription.id });
    await waitFor(async () => (await app.services.jobs.find('digest.send', retried))?.state === 'completed');
    expect((await app.gql(`{ digestOutbox { id } }`)).data.digestOutbox).toHaveLength(2);
  });

  it('list the open alerts on the dashboard\'s metrics that every reader may read, however many other alerts are newer', async () => {
    const rule = async (metricKey: string) => {
      const created = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
        input: { name: `Watch ${metricKey}`, metricKey, kind: 'THRESHOLD', params: { threshold: 1 } },
      });
      expect(created.errors).toBeUndefined();
      return created.data.createAlertRule.id as string;
    };
    // Fixture alerts: three of MARKETING metrics (one acknowledged) and one of a SALES metric, all on the
    // marketing dashboard, then 200 newer ones of a metric outside it.
    const alerts = app.db.getRepository(AlertEntity);
    const openAlert = (ruleId: string, metricKey: string, explanation: string, raisedAt: Date, state: 'OPEN' | 'ACKNOWLEDGED' = 'OPEN') => alerts.create({
      ruleId, metricKey, kind: 'THRESHOLD', state, value: 2, reference: 1, bucketStart: raisedAt, explanation, raisedAt,
    });
    // The funnel's SALES metrics are shared with MARKETING (seed 003): this one is made SALES' alone again.
    expect((await app.gql(`mutation { updateMetric(key: "sales.conversion_time", input: { sharedWith: [] }) { key } }`)).errors).toBeUndefined();
    const hour = new Date(Date.now() - 7_200_000);
    await alerts.save(openAlert(await rule('marketing.mql'), 'marketing.mql', 'Marketing explanation', hour));
    await alerts.save(openAlert(await rule('marketing.pipeline_generated'), 'marketing.pipeline_generated', 'Pipeline explanation', hour));
    await alerts.save(openAlert(await rule('marketing.sla_attainment'), 'marketing.sla_attainment', 'Attainment explanation', hour, 'ACKNOWLEDGED'));
    await alerts.save(openAlert(await rule('sales.conversion_time'), 'sales.conversion_time', 'Sales-only explanation', hour));
    const noise = await rule('product.bugs_resolved');
    await alerts.save(Array.from({ length: 200 }, (_, i) => openAlert(noise, 'product.bugs_resolved', `noise ${i}`, new Date(hour.getTime() + 1000 * (i + 1)))));

    const created = await app.gql(`mutation { createDigestSubscription(input: { dashboardSlug: "marketing", cadence: DAILY }) { id } }`);
    const run = await app.gql(`mutation ($id: ID!) { runDigest(subscriptionId: $id) { id } }`, { id: created.data.createDigestSubscription.id });
    expect(run.errors).toBeUndefined();
    const viewer = await app.signIn('VIEWER', ['MARKETING']);
    // The same viewer reads no SALES alerts directly either.
    expect((await app.gql(`{ alerts(states: [OPEN, ACKNOWLEDGED]) { metricKey } }`, {}, viewer)).data.alerts.map((a: any) => a.metricKey).sort())
      .toEqual(['marketing.mql', 'marketing.pipeline_generated', 'marketing.sla_attainment']);
    const outbox = await app.gql(`{ digestOutbox(first: 1) { dashboardSlug html } }`, {}, viewer);
    const [message] = outbox.data.digestOutbox;
    expect(message.dashboardSlug).toBe('marketing');
    const listed = [...message.html.matchAll(/">(Open|Acknowledged)<\/span><\/td><td[^>]*><strong>([^<]*)<\/strong><br>([^<]*)<\/td>/g)].map((m) => m.slice(1));
    expect(listed.sort()).toEqual([
      ['Acknowledged', 'SLA attainment', 'Attainment explanation'],
      ['Open', 'Marketing-qualified leads', 'Marketing explanation'],
      ['Open', 'Pipeline generated', 'Pipeline explanation'],
    ]);
    expect(message.html).not.toContain('No open alerts');
  }, 120_000);

  it('rejects an unknown dashboard', async () => {
    const bad = await app.gql(`mutation { createDigestSubscription(input: { dashboardSlug: "nope", cadence: WEEKLY }) { id } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dashboardSlug' });
  });
});
