import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature';
import { BLOCKED_TARGET } from './webhook-target';

interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  response: ServerResponse;
}

const WEBHOOK_ENV = { ALERT_TICK_MS: '20', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '100', WEBHOOK_TIMEOUT_MS: '60000' };

/** A local receiver whose answer each test decides. */
let receiver: Server;
let receiverUrl: string;
let onRequest: (request: Received) => void;
const received: Received[] = [];

let app: TestApp;
beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), response: res };
      received.push(request);
      onRequest(request);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  // The receiver is on loopback, which webhooks may only reach when allowed explicitly.
  app = await createTestApp({ env: { ...WEBHOOK_ENV, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
}, 120_000);
afterAll(async () => {
  await app.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

const SECRET = 'a-long-enough-test-secret';

async function createEndpoint(on = app, url = receiverUrl): Promise<string> {
  const created = await on.gql(
    `mutation ($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes active } } }`,
    { input: { name: 'test receiver', url, eventTypes: ['ALERT_RAISED', 'ALERT_CHANGED'], secret: SECRET } },
  );
  expect(created.data.createWebhookEndpoint).toMatchObject({ secret: SECRET, endpoint: { url, eventTypes: ['ALERT_RAISED', 'ALERT_CHANGED'], active: true } });
  return created.data.createWebhookEndpoint.endpoint.id;
}

/** A metric with a threshold rule that the first write of 50 fires. */
async function firingMetric(on = app): Promise<string> {
  const metricKey = await createMetric(on);
  const rule = await on.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
    input: { name: 'Too many', metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR' },
  });
  expect(rule.errors).toBeUndefined();
  return metricKey;
}

async function deliveries(endpointId: string, on = app): Promise<any[]> {
  const { data } = await on.gql(`query ($id: ID!) { webhookDeliveries(endpointId: $id) { id eventType state attempts payload lastStatusCode lastError attemptLog { attempt statusCode error durationMs } } }`, { id: endpointId });
  return data.webhookDeliveries;
}

const at = () => new Date(Date.now() - 60_000).toISOString();

/** The delivery's job as ADMINs see it among the background jobs. */
async function jobOf(deliveryId: string, on = app): Promise<any> {
  const { data } = await on.gql(`{ backgroundJobs(first: 200) { name key state attempts maxAttempts error } }`);
  return data.backgroundJobs.find((job: any) => job.name === 'webhook.delivery' && job.key === deliveryId);
}

describe('webhooks', () => {
  it('POST the alert signed with HMAC-SHA256, retry after a 500 and log every attempt', async () => {
    const endpointId = await createEndpoint();
    let calls = 0;
    onRequest = ({ response }) => {
      calls++;
      response.writeHead(calls === 1 ? 500 : 204).end(calls === 1 ? 'try later' : undefined);
    };
    const metricKey = await firingMetric();
    await record(app, [{ metricKey, value: 50, at: at() }]);
    await waitFor(async () => (await deliveries(endpointId))[0]?.state === 'DELIVERED', 10_000);

    const [delivery] = await deliveries(endpointId);
    expect(delivery).toMatchObject({ eventType: 'ALERT_RAISED', state: 'DELIVERED', attempts: 2, lastStatusCode: 204, lastError: null });
    expect(delivery.attemptLog.map((a: any) => [a.attempt, a.statusCode, a.error])).toEqual([[1, 500, 'HTTP 500'], [2, 204, null]]);
    expect(received).toHaveLength(2);
    for (const request of received) {
      expect(request.headers['x-opshub-event']).toBe('ALERT_RAISED');
      expect(request.headers['x-opshub-delivery']).toBe(delivery.id);
      expect(verifySignature(SECRET, request.headers[SIGNATURE_HEADER] as string, request.body)).toBe(true);
      expect(verifySignature('another-secret-entirely', request.headers[SIGNATURE_HEADER] as string, request.body)).toBe(false);
      expect(verifySignature(SECRET, request.headers[SIGNATURE_HEADER] as string, request.body.replace('THRESHOLD', 'CHANGE'))).toBe(false);
    }
    const body = JSON.parse(received[1].body);
    expect(body).toMatchObject({ id: delivery.id, type: 'ALERT_RAISED', change: 'RAISED', alert: { metricKey, kind: 'THRESHOLD', value: 50, state: 'OPEN', ruleName: 'Too many' } });
    await app.gql(`mutation ($id: ID!) { setWebhookEndpointActive(id: $id, active: false) { active } }`, { id: endpointId });
  });

  it('never hold up ingestion while the receiver hangs', async () => {
    received.length = 0;
    const endpointId = await createEndpoint();
    onRequest = () => undefined; // never answers
    const metricKey = await firingMetric();
    await record(app, [{ metricKey, value: 50, at: at() }]);
    await waitFor(() => received.length === 1, 10_000);

    // The receiver holds the first delivery; more writes go through and are read back, and the alerts they raise are stored.
    const second = await firingMetric();
    expect(await record(app, [{ metricKey: second, value: 60, at: at() }])).toBe(1);
    const kpi = await app.gql(`query ($key: ID!) { kpi(key: $key, range: { preset: LAST_7_DAYS }) { value } }`, { key: second });
    expect(kpi.data.kpi.value).toBe(60);
    await waitFor(async () => (await app.gql(`{ alerts(first: 200) { metricKey } }`)).data.alerts.some((a: any) => a.metricKey === second), 10_000);
    await waitFor(() => received.length === 2, 10_000);
    const pending = await deliveries(endpointId);
    expect(pending.map((d: any) => [d.state, d.attempts, d.attemptLog.length])).toEqual([['PENDING', 1, 0], ['PENDING', 1, 0]]);

    // Once the receiver answers, both are delivered.
    for (const request of received) request.response.writeHead(200).end();
    await waitFor(async () => (await deliveries(endpointId)).every((d) => d.state === 'DELIVERED'), 10_000);
  });

  it('show ADMINs a failing delivery as a background job waiting to retry, with its error, until it is delivered', async () => {
    received.length = 0;
    const endpointId = await createEndpoint();
    let failing = true;
    onRequest = ({ response }) => response.writeHead(failing ? 503 : 204).end(failing ? 'maintenance page' : undefined);
    await record(app, [{ metricKey: await firingMetric(), value: 50, at: at() }]);
    await waitFor(async () => (await deliveries(endpointId))[0]?.attemptLog.length === 1, 10_000);
    const [pending] = await deliveries(endpointId);
    await waitFor(async () => (await jobOf(pending.id))?.state === 'RETRY', 10_000);
    // The fixed reason, never what the receiver answered; 8 attempts in all (WEBHOOK_MAX_ATTEMPTS's default).
    expect(await jobOf(pending.id)).toEqual({ name: 'webhook.delivery', key: pending.id, state: 'RETRY', attempts: 1, maxAttempts: 8, error: 'HTTP 503' });

    failing = false;
    await waitFor(async () => (await deliveries(endpointId))[0].state === 'DELIVERED', 10_000);
    await waitFor(async () => (await jobOf(pending.id)).state === 'COMPLETED', 10_000);
    expect(await jobOf(pending.id)).toMatchObject({ state: 'COMPLETED', attempts: 2 });
    expect((await deliveries(endpointId))[0].attemptLog.map((a: any) => [a.attempt, a.statusCode, a.error])).toEqual([[1, 503, 'HTTP 503'], [2, 204, null]]);
    await app.gql(`mutation ($id: ID!) { setWebhookEndpointActive(id: $id, active: false) { active } }`, { id: endpointId });
  });

  it('send a delivery left without a job (queued before deliveries were jobs) once the queue starts', async () => {
    received.length = 0;
    const endpointId = await createEndpoint();
    onRequest = ({ response }) => response.writeHead(204).end();
    await app.services.jobs.stop();
    const [{ id }] = await app.db.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_type, payload) VALUES ($1, 'ALERT_RAISED', '{"type":"ALERT_RAISED","change":"RAISED"}') RETURNING id`, [endpointId],
    );
    await app.services.jobs.start();
    await waitFor(async () => (await deliveries(endpointId))[0]?.state === 'DELIVERED', 10_000);
    expect(received.map((request) => request.headers['x-opshub-delivery'])).toEqual([String(id)]);
    // Started again, the queue finds nothing more to send.
    await app.services.jobs.stop();
    await app.services.jobs.start();
    expect((await app.gql(`{ backgroundJobs(first: 200) { key } }`)).data.backgroundJobs.filter((job: any) => job.key === String(id))).toHaveLength(1);
    await app.gql(`mutation ($id: ID!) { setWebhookEndpointActive(id: $id, active: false) { active } }`, { id: endpointId });
  });

  it('validate endpoints', async () => {
    const bad = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "ftp://example.com", eventTypes: [ALERT_RAISED] }) { secret } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const short = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "https://example.com", eventTypes: [ALERT_RAISED], secret: "short" }) { secret } }`);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secret' });
    const generated = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "https://example.com", eventTypes: [DIGEST] }) { secret } }`);
    expect(generated.data.createWebhookEndpoint.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('do not follow redirects: a public receiver cannot bounce the request elsewhere', async () => {
    received.length = 0;
    const endpointId = await createEndpoint();
    onRequest = ({ response }) => response.writeHead(302, { location: `${receiverUrl}/elsewhere` }).end('moved');
    await record(app, [{ metricKey: await firingMetric(), value: 50, at: at() }]);
    await waitFor(async () => (await deliveries(endpointId))[0]?.attemptLog.length >= 1, 10_000);
    const [delivery] = await deliveries(endpointId);
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: 302, error: 'HTTP 302' });
    expect(received.filter((request) => request.url !== '/hooks')).toEqual([]);
    await app.gql(`mutation ($id: ID!) { setWebhookEndpointActive(id: $id, active: false) { active } }`, { id: endpointId });
  });
});

describe('webhooks to internal addresses (no WEBHOOK_ALLOWED_HOSTS)', () => {
  let guarded: TestApp;
  beforeAll(async () => {
    guarded = await createTestApp({ env: { ...WEBHOOK_ENV, WEBHOOK_MAX_ATTEMPTS: '1' } });
  }, 120_000);
  afterAll(() => guarded.close());

  it('refuse loopback, private, link-local, unique-local and IPv4-mapped addresses when the endpoint is created', async () => {
    const port = new URL(receiverUrl).port;
    for (const url of [
      `http://127.0.0.1:${port}/hooks`, 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/', 'http://192.168.0.10/', 'http://172.20.0.1/',
      'http://0.0.0.0/', `http://[::1]:${port}/`, 'http://[fd00::1]/', `http://[::ffff:127.0.0.1]:${port}/`, 'http://[fe80::1]/', 'http://100.64.0.1/',
    ]) {
      const refused = await guarded.gql(`mutation ($url: String!) { createWebhookEndpoint(input: { name: "x", url: $url, eventTypes: [ALERT_RAISED] }) { secret } }`, { url });
      expect([url, refused.errors?.[0].extensions?.code, refused.errors?.[0].extensions?.field]).toEqual([url, 'BAD_USER_INPUT', 'input.url']);
    }
  });

  it('check a host name on the address it resolves to when sending, and log only a fixed reason', async () => {
    received.length = 0;
    onRequest = ({ response }) => response.writeHead(200).end('internal secrets');
    // Its own path: the endpoints of the tests above (same database, allowed hosts) may still receive this alert.
    const endpointId = await createEndpoint(guarded, `http://localhost:${new URL(receiverUrl).port}/guarded`);
    await record(guarded, [{ metricKey: await firingMetric(guarded), value: 50, at: at() }]);
    await waitFor(async () => (await deliveries(endpointId, guarded))[0]?.state === 'FAILED', 10_000);
    const [delivery] = await deliveries(endpointId, guarded);
    expect(delivery.attemptLog.map((a: any) => [a.statusCode, a.error])).toEqual([[null, BLOCKED_TARGET]]);
    expect(delivery.lastError).toBe(BLOCKED_TARGET);
    expect(received.filter((request) => request.url === '/guarded')).toEqual([]);
    // Dead-lettered after its one attempt (WEBHOOK_MAX_ATTEMPTS=1): its job failed with the same reason.
    await waitFor(async () => (await jobOf(delivery.id, guarded))?.state === 'FAILED', 10_000);
    expect(await jobOf(delivery.id, guarded)).toEqual({ name: 'webhook.delivery', key: delivery.id, state: 'FAILED', attempts: 1, maxAttempts: 1, error: BLOCKED_TARGET });
  });
});
