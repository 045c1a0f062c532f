import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMetric, record } from '../../testing/fixtures';
import { startSmtpSink, type ReceivedMail } from '../../testing/smtp-sink';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let slack: Server;
let slackUrl: string;
const slackBodies: Array<{ contentType: string | undefined; body: unknown }> = [];

beforeAll(async () => {
  smtp = await startSmtpSink();
  slack = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      slackBodies.push({ contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
  slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T000/B000/XXXX`;
  app = await createTestApp({ env: {
    ALERT_TICK_MS: '20', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '100', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'OpsHub <alerts@opshub.test>',
  } });
}, 120_000);
afterAll(async () => {
  await app.close();
  await smtp.close();
  slack.closeAllConnections();
  await new Promise((resolve) => slack.close(resolve));
});

const CREATE = `mutation ($input: ChannelInput!) { createChannel(input: $input) { secret channel { id kind department url recipients active } } }`;

async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await waitFor(() => (found = smtp.messages.find((m) => m.to.includes(address) && subject.test(m.subject))) !== undefined);
  return found!;
}

describe('notification channels', () => {
  let head: Credentials & { userId: string };
  beforeAll(async () => {
    head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  });

  it('a department head creates e-mail and Slack channels for their department, routes a rule to both and each gets the alert', async () => {
    const email = await app.gql(CREATE, { input: { name: 'Sales on call', kind: 'EMAIL', department: 'SALES', recipients: ['oncall@sales.test', 'lead@sales.test'] } }, head);
    expect(email.errors).toBeUndefined();
    expect(email.data.createChannel).toMatchObject({ secret: null, channel: { kind: 'EMAIL', department: 'SALES', url: null, recipients: ['oncall@sales.test', 'lead@sales.test'] } });
    const slackChannel = await app.gql(CREATE, { input: { name: 'Sales Slack', kind: 'SLACK', department: 'SALES', url: slackUrl } }, head);
    expect(slackChannel.errors).toBeUndefined();
    const channelIds = [email.data.createChannel.channel.id, slackChannel.data.createChannel.channel.id];

    const metricKey = await createMetric(app, { department: 'SALES' });
    const owners = await app.gql(`query ($key: ID!) { alertRuleOwnerCandidates(metricKey: $key) { id } }`, { key: metricKey }, head);
    expect(owners.data.alertRuleOwnerCandidates.map((u: { id: string }) => u.id)).toContain(head.userId);
    const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id owner ownerUserId channelIds } }`, {
      input: { name: 'Bookings spike', metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR', ownerUserId: head.userId, channelIds },
    }, head);
    expect(rule.errors).toBeUndefined();
    expect(rule.data.createAlertRule.ownerUserId).toBe(head.userId);
    expect(rule.data.createAlertRule.channelIds.sort()).toEqual([...channelIds].sort());

    await record(app, [{ metricKey, value: 50, at: new Date(Date.now() - 60_000).toISOString() }]);
    const mail = await mailTo('oncall@sales.test', /Alert raised: Bookings spike/);
    expect(mail.to.sort()).toEqual(['lead@sales.test', 'oncall@sales.test']);
    expect(mail.body).toContain('From: OpsHub <alerts@opshub.test>');
    // Status as colour and as words.
    expect(mail.body).toMatch(/background:#b91c1c;color:#ffffff;font-weight:bold">Alert raised: Bookings spike</);
    await waitFor(() => slackBodies.some((b) => JSON.stringify(b.body).includes('Bookings spike')));
    const posted = slackBodies.find((b) => JSON.stringify(b.body).includes('Bookings spike'))!;
    expect(posted.contentType).toBe('application/json');
    expect(posted.body).toEqual({ text: expect.stringMatching(/^Alert raised: Bookings spike\n.+\nMetric: /) });

    // Acknowledged as the signed-in head: the alert and the message name them, whatever `by` says.
    const [alert] = (await app.gql(`query ($key: ID!) { alerts(metricKey: $key) { id } }`, { key: metricKey }, head)).data.alerts;
    const me = (await app.gql(`{ viewer { name } }`, {}, head)).data.viewer.name;
    const acknowledged = await app.gql(`mutation ($id: ID!) { acknowledgeAlert(id: $id, by: "Somebody Else") { acknowledgedBy } }`, { id: alert.id }, head);
    expect(acknowledged.data.acknowledgeAlert.acknowledgedBy).toBe(me);
    const ackMail = await mailTo('oncall@sales.test', /Alert acknowledged: Bookings spike/);
    expect(ackMail.body).toContain(`By: ${me}`);
  }, 60_000);

  it('writes an e-mail and a Slack channel\'s messages in the language chosen for it', async () => {
    const email = await app.gql(CREATE, { input: { name: 'Ventas guardia', kind: 'EMAIL', department: 'SALES', recipients: ['guardia@sales.test'], locale: 'es' } }, head);
    expect(email.errors).toBeUndefined();
    const slackChannel = await app.gql(CREATE, { input: { name: 'Ventas Slack', kind: 'SLACK', department: 'SALES', url: slackUrl, locale: 'es' } }, head);
    const channelIds = [email.data.createChannel.channel.id, slackChannel.data.createChannel.channel.id];
    const metricKey = await createMetric(app, { department: 'SALES', name: 'Bookings' });
    const translated = await app.gql(`mutation ($key: ID!, $input: MetricUpdateInput!) { updateMetric(key: $key, input: $input) { key } }`, {
      key: metricKey, input: { translations: [{ locale: 'es', name: 'Reservas' }] },
    });
    expect(translated.errors).toBeUndefined();
    const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
      input: { name: 'Pico de reservas', metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR', channelIds },
    }, head);
    expect(rule.errors).toBeUndefined();
    await record(app, [{ metricKey, value: 50, at: new Date(Date.now() - 60_000).toISOString() }]);
    const mail = await mailTo('guardia@sales.test', /Alerta activada: Pico de reservas/);
    expect(mail.body).toContain('<html lang="es">');
    // The explanation was written in Spanish when the alert was raised, with the metric's Spanish name.
    expect(mail.body).toContain('Reservas es 50 esta hora, por encima del umbral de 10.');
    expect(mail.body).toContain(`Métrica: ${metricKey}`);
    await waitFor(() => slackBodies.some((b) => JSON.stringify(b.body).includes('Pico de reservas')));
    const posted = slackBodies.find((b) => JSON.stringify(b.body).includes('Pico de reservas'))!;
    expect(posted.body).toEqual({ text: `Alerta activada: Pico de reservas\nReservas es 50 esta hora, por encima del umbral de 10.\nMétrica: ${metricKey}` });
    // The app shows it in either language.
    const read = `query ($key: ID!) {
      alerts(metricKey: $key) { en: explanation es: explanation(locale: "es-ES") metricName(locale: "es") rule { metricName } }
    }`;
    expect((await app.gql(read, { key: metricKey }, head)).data.alerts).toEqual([{
      en: 'Bookings is 50 this hour, above the threshold of 10.', es: 'Reservas es 50 esta hora, por encima del umbral de 10.',
      // Names, not keys, on screens.
      metricName: 'Reservas', rule: { metricName: 'Bookings' },
    }]);
  }, 60_000);

  it('sends a test message on demand and logs its delivery', async () => {
    const created = await app.gql(CREATE, { input: { name: 'Test me', kind: 'EMAIL', department: 'SALES', recipients: ['test@sales.test'] } }, head);
    const id = created.data.createChannel.channel.id;
    const sent = await app.gql(`mutation ($id: ID!) { sendTestNotification(channelId: $id) { id eventType state } }`, { id }, head);
    expect(sent.data.sendTestNotification).toMatchObject({ eventType: 'TEST', state: 'PENDING' });
    const mail = await mailTo('test@sales.test', /OpsHub test notification/);
    expect(mail.body).toContain('This channel (Test me) receives OpsHub alerts.');
    await waitFor(async () => (await app.gql(`query ($id: ID!) { channelDeliveries(channelId: $id) { state } }`, { id }, head)).data.channelDeliveries[0]?.state === 'DELIVERED');
  }, 30_000);

  it('logs a failed e-mail when the relay refuses it', async () => {
    const refusing = await createTestApp({ env: { WEBHOOK_MAX_ATTEMPTS: '1', SMTP_HOST: '127.0.0.1', SMTP_PORT: '1' } });
    try {
      const created = await refusing.gql(CREATE, { input: { name: 'Nowhere', kind: 'EMAIL', recipients: ['x@y.test'] } });
      const id = created.data.createChannel.channel.id;
      await refusing.gql(`mutation ($id: ID!) { sendTestNotification(channelId: $id) { id } }`, { id });
      await waitFor(async () => (await refusing.gql(`query ($id: ID!) { channelDeliveries(channelId: $id) { state } }`, { id })).data.channelDeliveries[0]?.state === 'FAILED');
      const [delivery] = (await refusing.gql(`query ($id: ID!) { channelDeliveries(channelId: $id) { lastError attemptLog { statusCode error } } }`, { id })).data.channelDeliveries;
      expect(delivery.attemptLog).toEqual([{ statusCode: null, error: 'connection failed (ESOCKET)' }]);
    } finally {
      await refusing.close();
    }
  }, 60_000);

  it('keeps heads to their own department and ADMIN channels to ADMINs', async () => {
    const viewer = await app.signIn('VIEWER', ['SALES']);
    const input = (department: string | null) => ({ input: { name: 'x', kind: 'SLACK', department, url: slackUrl } });
    expect((await app.gql(CREATE, input('MARKETING'), head)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(CREATE, input(null), head)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(CREATE, input('SALES'), viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const marketing = (await app.gql(CREATE, input('MARKETING'))).data.createChannel.channel.id;
    const listed = (await app.gql(`{ channels { id department } }`, {}, head)).data.channels;
    expect(listed.every((c: { department: string }) => c.department === 'SALES')).toBe(true);
    for (const op of [`mutation ($id: ID!) { deleteChannel(id: $id) { id } }`, `mutation ($id: ID!) { sendTestNotification(channelId: $id) { id } }`]) {
      expect((await app.gql(op, { id: marketing }, head)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // A SALES rule cannot route to a MARKETING channel.
    const metricKey = await createMetric(app, { department: 'SALES' });
    const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
      input: { name: 'r', metricKey, kind: 'THRESHOLD', params: { threshold: 1 }, channelIds: [marketing] },
    }, head);
    expect(rule.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.channelIds' });
  });

  it('validates addresses and URLs against the field that holds them', async () => {
    const bad = await app.gql(CREATE, { input: { name: 'x', kind: 'EMAIL', department: 'SALES', recipients: ['not an address'] } }, head);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipients' });
    const badUrl = await app.gql(CREATE, { input: { name: 'x', kind: 'SLACK', department: 'SALES', url: 'ftp://x' } }, head);
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });

  it('edits and deletes a channel; rules stop routing to a deleted one', async () => {
    const created = (await app.gql(CREATE, { input: { name: 'Old', kind: 'EMAIL', department: 'SALES', recipients: ['a@sales.test'] } }, head)).data.createChannel.channel;
    const updated = await app.gql(`mutation ($id: ID!, $input: ChannelInput!) { updateChannel(id: $id, input: $input) { name recipients active } }`, {
      id: created.id, input: { name: 'New', kind: 'EMAIL', department: 'SALES', recipients: ['b@sales.test'], active: false },
    }, head);
    expect(updated.data.updateChannel).toEqual({ name: 'New', recipients: ['b@sales.test'], active: false });
    const metricKey = await createMetric(app, { department: 'SALES' });
    const rule = (await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
      input: { name: 'r', metricKey, kind: 'THRESHOLD', params: { threshold: 1 }, channelIds: [created.id] },
    }, head)).data.createAlertRule;
    expect((await app.gql(`mutation ($id: ID!) { deleteChannel(id: $id) { id } }`, { id: created.id }, head)).errors).toBeUndefined();
    const rules = (await app.gql(`query ($key: ID!) { alertRules(metricKey: $key) { id channelIds } }`, { key: metricKey }, head)).data.alertRules;
    expect(rules).toEqual([{ id: rule.id, channelIds: [] }]);
  });
});
