import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  response: ServerResponse;
}

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
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), response: res };
      received.push(request);
      onRequest(request);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  app = await createTestApp({ env: { ALERT_TICK_MS: '20', WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '100', WEBHOOK_TIMEOUT_MS: '60000' } });
});
afterAll(async () => {
  await app.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

const SECRET = 'a-long-enough-test-secret';

async function createEndpoint(): Promise<string> {
  const created = await app.gql(
    `mutation ($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes active } } }`,
    { input: { name: 'test receiver', url: receiverUrl, eventTypes: ['ALERT_RAISED', 'ALERT_CHANGED'], secret: SECRET } },
  );
  expect(created.data.createWebhookEndpoint).toMatchObject({ secret: SECRET, endpoint: { url: receiverUrl, eventTypes: ['ALERT_RAISED', 'ALERT_CHANGED'], active: true } });
  return created.data.createWebhookEndpoint.endpoint.id;
}

/** A metric with a threshold rule that the first write of 50 fires. */
async function firingMetric(): Promise<string> {
  const metricKey = await createMetric(app);
  const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
    input: { name: 'Too many', metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR' },
  });
  expect(rule.errors).toBeUndefined();
  return metricKey;
}

async function deliveries(endpointId: string): Promise<any[]> {
  const { data } = await app.gql(`query ($id: ID!) { webhookDeliveries(endpointId: $id) { id eventType state attempts payload lastStatusCode lastError attemptLog { attempt statusCode error durationMs } } }`, { id: endpointId });
  return data.webhookDeliveries;
}

const at = () => new Date(Date.now() - 60_000).toISOString();

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
    expect(delivery.attemptLog.map((a: any) => [a.attempt, a.statusCode, a.error])).toEqual([[1, 500, 'HTTP 500: try later'], [2, 204, null]]);
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

  it('validate endpoints', async () => {
    const bad = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "ftp://example.com", eventTypes: [ALERT_RAISED] }) { secret } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const short = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "https://example.com", eventTypes: [ALERT_RAISED], secret: "short" }) { secret } }`);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secret' });
    const generated = await app.gql(`mutation { createWebhookEndpoint(input: { name: "x", url: "https://example.com", eventTypes: [DIGEST] }) { secret } }`);
    expect(generated.data.createWebhookEndpoint.secret).toMatch(/^[0-9a-f]{64}$/);
  });
});
