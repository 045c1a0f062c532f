import { AlertEntity } from '../alert/alert.entity';
import { startSmtpSink } from '../../testing/smtp-sink';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
  app = await createTestApp({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
}, 120_000);
afterAll(async () => {
  await app.close();
  await smtp.close();
});

const SIGN_UP = `mutation ($input: DigestSignupInput!) { subscribeToDigest(input: $input) { id userId createdBy webhookEndpointId } }`;

describe('personal digests by e-mail', () => {
  it("e-mails an executive's company digest with every open alert of its metrics, status as colour and text", async () => {
    // Three open alerts on the executive dashboard's metrics of three departments: the digest of the EXECUTIVE
    // department's readers used to leave them all out ("No open alerts").
    const rule = async (metricKey: string) => (await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
      input: { name: `Watch ${metricKey}`, metricKey, kind: 'THRESHOLD', params: { threshold: 1 } },
    })).data.createAlertRule.id as string;
    const alerts = app.db.getRepository(AlertEntity);
    const raisedAt = new Date(Date.now() - 3_600_000);
    for (const [metricKey, explanation, state] of [
      ['finance.arr', 'ARR explanation', 'OPEN'], ['ops.customer_satisfaction', 'CSAT explanation', 'ACKNOWLEDGED'], ['product.uptime', 'Uptime explanation', 'OPEN'],
    ] as const) {
      await alerts.save(alerts.create({ ruleId: await rule(metricKey), metricKey, kind: 'THRESHOLD', state, value: 2, reference: 1, bucketStart: raisedAt, explanation, raisedAt }));
    }
    const executive = await app.signIn('EXECUTIVE');
    const subscribed = await app.gql(SIGN_UP, { input: { dashboardSlug: 'executive', cadence: 'WEEKLY' } }, executive);
    expect(subscribed.errors).toBeUndefined();
    expect(subscribed.data.subscribeToDigest).toMatchObject({ userId: executive.userId, createdBy: executive.userId, webhookEndpointId: null });
    const mine = await app.gql(`{ myDigestSubscriptions(dashboardSlug: "executive") { id cadence } }`, {}, executive);
    expect(mine.data.myDigestSubscriptions).toEqual([{ id: subscribed.data.subscribeToDigest.id, cadence: 'WEEKLY' }]);

    const run = await app.gql(`mutation ($id: ID!) { runDigest(subscriptionId: $id) { webhookDeliveryId } }`, { id: subscribed.data.subscribeToDigest.id }, executive);
    expect(run.errors).toBeUndefined();
    expect(run.data.runDigest.webhookDeliveryId).not.toBeNull();
    const email = (await app.db.query(`SELECT email FROM app_user WHERE id = $1`, [executive.userId]))[0].email as string;
    await waitFor(() => smtp.messages.some((m) => m.to.includes(email)));
    const mail = smtp.messages.find((m) => m.to.includes(email))!;
    expect(mail.subject).toMatch(/^Executive dashboard: weekly digest/);
    // The ADMINs' delivery log shows it as an e-mail to the user, not to a channel.
    const log = await app.gql(`{ webhookDeliveries { endpointId recipient eventType } }`);
    expect(log.data.webhookDeliveries).toContainEqual({ endpointId: null, recipient: email, eventType: 'DIGEST' });
    expect(mail.body).toContain('Content-Type: text/html');
    for (const explanation of ['ARR explanation', 'CSAT explanation', 'Uptime explanation']) expect(mail.body).toContain(explanation);
    expect(mail.body).not.toContain('No open alerts');
    // Each alert's state in words on a coloured badge.
    expect(mail.body).toMatch(/<span style="[^"]*background:#b91c1c[^"]*">Open<\/span>/);
    expect(mail.body).toMatch(/<span style="[^"]*background:#b45309[^"]*">Acknowledged<\/span>/);

    // Nobody else reads the executive's digest in the outbox, not even the executive dashboard's viewers.
    const viewer = await app.signIn('VIEWER', ['EXECUTIVE']);
    const outbox = await app.gql(`{ digestOutbox { html } }`, {}, viewer);
    expect(outbox.data.digestOutbox.some((m: { html: string }) => m.html.includes('ARR explanation'))).toBe(false);
  }, 60_000);

  it('writes a digest in the language its reader uses the app in', async () => {
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const chosen = await app.gql(`mutation { updateMyPreferences(input: { locale: "es" }) { locale } }`, {}, head);
    expect(chosen.data.updateMyPreferences).toEqual({ locale: 'es' });
    expect((await app.gql(`{ viewer { locale } }`, {}, head)).data.viewer.locale).toBe('es');
    const subscribed = await app.gql(SIGN_UP, { input: { dashboardSlug: 'sales', cadence: 'DAILY' } }, head);
    const run = await app.gql(`mutation ($id: ID!) { runDigest(subscriptionId: $id) { subject html } }`, { id: subscribed.data.subscribeToDigest.id }, head);
    expect(run.errors).toBeUndefined();
    const { subject, html } = run.data.runDigest;
    const [{ title }] = await app.db.query(`SELECT coalesce(i18n->'es'->>'title', title) AS title FROM dashboard WHERE slug = 'sales'`);
    expect(subject).toMatch(new RegExp(`^${title}: resumen diario, `));
    expect(html).toContain('<html lang="es">');
    for (const heading of ['Cambios de estado', 'Alertas abiertas', '>Valor<', '>Objetivo<']) expect(html).toContain(heading);
    expect(html).not.toContain('Status changes');
  });

  it('refuses a language it does not write in, naming the field, and API keys', async () => {
    const viewer = await app.signIn('VIEWER', ['SALES']);
    const bad = await app.gql(`mutation { updateMyPreferences(input: { locale: "fr" }) { locale } }`, {}, viewer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.locale' });
    expect((await app.gql(`{ viewer { locale } }`, {}, viewer)).data.viewer.locale).toBe('en');
    const key = await app.apiKey(['READ']);
    expect((await app.gql(`mutation { updateMyPreferences(input: { locale: "es" }) { locale } }`, {}, key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets viewers subscribe only themselves, and only to dashboards they open', async () => {
    const viewer = await app.signIn('VIEWER', ['SALES']);
    const channel = (await app.gql(`mutation { createChannel(input: { name: "c", kind: EMAIL, department: SALES, recipients: ["c@x.test"] }) { channel { id } } }`)).data.createChannel.channel.id;
    expect((await app.gql(SIGN_UP, { input: { dashboardSlug: 'sales', cadence: 'DAILY', channelId: channel } }, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(SIGN_UP, { input: { dashboardSlug: 'operations', cadence: 'DAILY' } }, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await app.gql(SIGN_UP, { input: { dashboardSlug: 'sales', cadence: 'DAILY' } }, viewer);
    expect(own.errors).toBeUndefined();
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const toChannel = await app.gql(SIGN_UP, { input: { dashboardSlug: 'sales', cadence: 'DAILY', channelId: channel } }, head);
    expect(toChannel.data.subscribeToDigest.webhookEndpointId).toBe(channel);
    const DELETE = `mutation ($id: ID!) { deleteDigestSubscription(id: $id) { id } }`;
    const otherViewer = await app.signIn('VIEWER', ['SALES']);
    expect((await app.gql(DELETE, { id: own.data.subscribeToDigest.id }, otherViewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deleted = await app.gql(DELETE, { id: own.data.subscribeToDigest.id }, viewer);
    expect(deleted.errors).toBeUndefined();
    expect((await app.gql(`{ myDigestSubscriptions { id } }`, {}, viewer)).data.myDigestSubscriptions).toEqual([]);
  });
});
