import { DisposablePostgres } from '../testing/disposable-postgres';
import { createMetric } from '../testing/fixtures';
import { startServer, type ServerProcess } from '../testing/server-process';
import { credentialOptions, subscription, waitFor, wsClient } from '../testing/test-app';

const SUBSCRIPTION = `subscription ($keys: [ID!]) { kpiUpdated(keys: $keys, range: { preset: LAST_30_DAYS }) { metric { key } value } }`;
const RECORD = `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`;

let pg: DisposablePostgres;
let server: ServerProcess;

beforeAll(async () => {
  pg = await DisposablePostgres.create();
  server = await startServer({ DATABASE_URL: await pg.createDatabase('opshub') });
});

afterAll(async () => {
  await server?.stop();
  await pg?.destroy();
});

describe('PostgreSQL restarting under a running server', () => {
  it('answers SERVICE_UNAVAILABLE while it is down, without waiting for it, then recovers by itself', async () => {
    const key = await createMetric(server);
    const client = wsClient({ url: server.wsUrl, ...credentialOptions(server.admin) });
    const updates = subscription(client, SUBSCRIPTION, { keys: [key] });
    await waitFor(async () => (await server.metric('opshub_active_subscriptions')) === 1);

    await pg.stop();
    await waitFor(async () => (await server.readyz()).status === 503);
    expect((await server.readyz()).body).toMatchObject({ status: 'unavailable', database: false, bus: false });

    // Answered while PostgreSQL is still down (it starts again only below): the request did not wait for it.
    const down = await server.gql(`{ metrics { key } }`);
    expect(down.status).toBe(503);
    expect(down.errors?.[0]).toMatchObject({ message: 'The database is unavailable; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const write = await server.gql(RECORD, { input: [{ metricKey: key, value: 1, at: new Date().toISOString() }] });
    expect([write.status, write.errors?.[0].extensions?.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);

    await pg.start();
    await waitFor(async () => (await server.readyz()).status === 200, 15_000);
    // The LISTEN connection came back: the watched KPI is pushed again, whatever was missed meanwhile.
    expect((await updates.next()).kpiUpdated.metric.key).toBe(key);

    const up = await server.gql(RECORD, { input: [{ metricKey: key, value: 7, at: new Date().toISOString() }] });
    expect(up).toMatchObject({ status: 200, data: { recordObservations: { written: 1 } } });
    expect((await updates.next((u) => u.kpiUpdated.value === 7)).kpiUpdated.metric.key).toBe(key);
    expect(server.child.exitCode).toBeNull();
    updates.dispose();
    await client.dispose();
  });
});
