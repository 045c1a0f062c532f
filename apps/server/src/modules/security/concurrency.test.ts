import { Client } from 'pg';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';
import { wsOperation, type OperationResult } from '../../testing/security-helpers';

const CAP = 2;
let app: TestApp;
let metricKey: string;
let user: Credentials;
/** A second connection, outside the app, whose open transaction holds the metric's row: updates of it wait for it. */
let holder: Client;

beforeAll(async () => {
  app = await createTestApp({ env: { MAX_CONCURRENT_OPERATIONS: String(CAP) } });
  metricKey = await createMetric(app);
  user = await app.signIn('ADMIN');
  holder = new Client({ connectionString: app.databaseUrl });
  await holder.connect();
});
afterAll(async () => {
  await holder?.end();
  await app?.close();
});

const RENAME = 'mutation ($key: ID!, $name: String!) { updateMetric(key: $key, input: { name: $name }) { name } }';
const VIEWER = '{ viewer { kind } }';

/** Backends of the app waiting for a row lock: the held operations, known to be running. */
const waitingOnLock = async () => Number((await app.db.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"))[0].n);

async function hold(): Promise<void> {
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM metric WHERE key = $1 FOR UPDATE', [metricKey]);
}

function expectCapped(result: OperationResult & { status?: number }) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toEqual([expect.objectContaining({
    message: expect.stringContaining(`At most ${CAP} operations`), extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', limit: 'CONCURRENCY', max: CAP }),
  })]);
  if (result.status !== undefined) expect(result.status).toBe(429);
}

const ok = { data: { viewer: { kind: 'USER' } } };

it.each(['HTTP', 'WebSocket'] as const)('caps one user\'s running operations held over %s, answering the next at once with 429, leaving other users alone', async (transport) => {
  await hold();
  const userSocket = app.wsClient(user);
  // Names new to the row: TypeORM skips an UPDATE that changes nothing, which would not wait for the lock.
  const held = Array.from({ length: CAP }, (_, i) => (transport === 'HTTP'
    ? app.gql(RENAME, { key: metricKey, name: `held over HTTP ${i}` }, user)
    : wsOperation(userSocket, RENAME, { key: metricKey, name: `held over a socket ${i}` })));
  await waitFor(async () => (await waitingOnLock()) === CAP);

  expectCapped(await app.gql(VIEWER, {}, user));
  expectCapped(await wsOperation(userSocket, VIEWER));
  // Another user (the test's ADMIN) is unaffected on both transports.
  expect(await app.gql(VIEWER)).toMatchObject({ status: 200, ...ok });
  expect(await wsOperation(app.wsClient(), VIEWER)).toEqual(ok);

  await holder.query('COMMIT');
  for (const result of await Promise.all(held)) expect(result.errors).toBeUndefined();
  // The slots came back with the answers.
  expect(await app.gql(VIEWER, {}, user)).toMatchObject(ok);
  expect(await wsOperation(userSocket, VIEWER)).toEqual(ok);
});

it('gives a slot back when the operation fails', async () => {
  for (let i = 0; i < CAP + 2; i++) {
    const failed = await app.gql(RENAME, { key: 'no_such_metric', name: 'x' }, user);
    expect(failed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const overSocket = await wsOperation(app.wsClient(user), RENAME, { key: 'no_such_metric', name: 'x' });
    expect(overSocket.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }
  expect(await app.gql(VIEWER, {}, user)).toMatchObject(ok);
});
