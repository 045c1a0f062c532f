import { Client } from 'pg';
import { createMetric, record } from './testing/fixtures';
import { createLead } from './testing/lead-fixtures';
import { startServer, type ServerProcess } from './testing/server-process';
import { createTestDatabase, credentialOptions, subscription, waitFor, wsClient } from './testing/test-app';

// Several `node dist/main.js` processes on one database, as behind a load balancer.
const SUBSCRIPTION = `subscription ($keys: [ID!], $dashboard: ID) {
  kpiUpdated(keys: $keys, dashboard: $dashboard, range: { preset: LAST_30_DAYS }) { metric { key } value }
}`;
const RECORD = `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`;

/** Two (or more) instances on a fresh database of their own. */
function cluster(env: Record<string, string> = {}) {
  const state = { servers: [] as ServerProcess[], databaseUrl: '' };
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    state.databaseUrl = database.url;
    state.servers = await Promise.all([0, 1].map(() => startServer({ DATABASE_URL: database.url, ...env })));
  });
  afterAll(async () => {
    await Promise.all(state.servers.map((server) => server.stop()));
    await database?.drop();
  });
  return state;
}

const activeSubscriptions = async (server: ServerProcess) => (await server.metric('opshub_active_subscriptions')) ?? 0;

/** A subscriber on `reader` gets the new snapshot of a write on `writer` (how fast is `npm run bench`'s question). */
async function expectWriteToReach(writer: ServerProcess, reader: ServerProcess): Promise<void> {
  const key = await createMetric(writer);
  const client = wsClient({ url: reader.wsUrl, ...credentialOptions(reader.admin) });
  const before = await activeSubscriptions(reader);
  const updates = subscription(client, SUBSCRIPTION, { keys: [key] });
  await waitFor(async () => (await activeSubscriptions(reader)) === before + 1);
  await record(writer, [{ metricKey: key, value: 5, at: new Date().toISOString() }]);
  const update = await updates.next((u) => u.kpiUpdated.value === 5);
  expect(update.kpiUpdated.metric.key).toBe(key);
  updates.dispose();
  await client.dispose();
}

/** A lead created on `writer` reaches a `leadChanged` subscriber on `reader`. */
async function expectLeadChangeToReach(writer: ServerProcess, reader: ServerProcess): Promise<void> {
  const client = wsClient({ url: reader.wsUrl, ...credentialOptions(reader.admin) });
  const campaign = `cluster-${writer.url}-${Date.now()}`;
  const changes = subscription(client, 'subscription { leadChanged { id campaign } }', {});
  // No gauge tells when this subscription is live: create leads until one of them reaches it.
  const created: string[] = [];
  let change: { leadChanged: { id: string } } | undefined;
  await waitFor(async () => {
    created.push((await createLead(writer, { campaign })).id);
    change = await changes.next((c) => c.leadChanged.campaign === campaign, 500).catch(() => undefined);
    return change !== undefined;
  });
  expect(created).toContain(change!.leadChanged.id);
  changes.dispose();
  await client.dispose();
}

describe('two instances sharing PostgreSQL, events over LISTEN/NOTIFY', () => {
  const state = cluster({ SIMULATOR: 'on', SIMULATOR_INTERVAL_MS: '200' });

  it('delivers a write on either instance to subscribers on the other', async () => {
    const [a, b] = state.servers;
    expect((await b.readyz()).body).toMatchObject({ status: 'ready', busKind: 'postgres' });
    await expectWriteToReach(a, b);
    await expectWriteToReach(b, a);
  });

  it('delivers lead changes on either instance to subscribers on the other', async () => {
    const [a, b] = state.servers;
    await expectLeadChangeToReach(a, b);
    await expectLeadChangeToReach(b, a);
  });

  it('has cut the daily rollups in the organisation time zone before reporting ready, not in a first reader', async () => {
    const client = new Client({ connectionString: state.databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT time_zone FROM rollup_state');
    await client.end();
    expect(rows).toEqual([{ time_zone: 'Europe/Madrid' }]);
  });

  it('raises and journals each workflow SLA breach exactly once with both processes scanning', async () => {
    const [a] = state.servers;
    // Forty tickets whose one-hour first answer was due an hour ago: due at both instances' next scan.
    const openedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const input = Array.from({ length: 40 }, (_, i) => ({ workflow: 'TICKET', externalId: `cluster-late-${i}`, openedAt }));
    const imported = await a.gql(`mutation ($input: [WorkflowRecordInput!]!) { importWorkflowRecords(input: $input) { created } }`, { input });
    expect(imported.data).toEqual({ importWorkflowRecords: { created: 40 } });
    const client = new Client({ connectionString: state.databaseUrl });
    await client.connect();
    try {
      const count = async (text: string) => (await client.query<{ n: number }>(text)).rows[0].n;
      const late = `JOIN workflow_record r ON r.id = c.record_id WHERE r.external_id LIKE 'cluster-late-%'`;
      await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM workflow_sla_clock c ${late} AND c.state = 'BREACHED'`)) === 40);
      expect(await count(`SELECT count(*)::int AS n FROM workflow_event c ${late} AND c.kind = 'SLA_BREACHED'`)).toBe(40);
    } finally {
      await client.end();
    }
  });

  it('runs one simulator, which moves to the survivor when its instance is killed mid-stream', async () => {
    const leaderOf = async () => Promise.all(state.servers.map((server) => server.metric('opshub_simulator_leader')));
    await waitFor(async () => (await leaderOf()).includes(1));
    expect((await leaderOf()).sort()).toEqual([0, 1]);
    const [leader, survivor] = (await leaderOf())[0] === 1 ? state.servers : [...state.servers].reverse();

    const client = wsClient({ url: survivor.wsUrl, ...credentialOptions(survivor.admin) });
    const updates = subscription(client, SUBSCRIPTION, { dashboard: 'executive' });
    await updates.next(); // the leader's simulator writes reach the survivor's subscriber
    leader.child.kill('SIGKILL');
    await leader.exited;
    const ingested = () => survivor.metric('opshub_observations_ingested_total{source="simulator"}');

    await waitFor(async () => (await survivor.metric('opshub_simulator_leader')) === 1);
    const before = (await ingested()) ?? 0;
    await waitFor(async () => ((await ingested()) ?? 0) > before);
    await updates.next(); // and its own simulator's keep coming
    expect((await survivor.gql(`{ metrics { key } }`)).status).toBe(200);
    updates.dispose();
    await client.dispose();
  });
});

describe('SIGTERM to an instance with open subscriptions', () => {
  const state = cluster();

  it('closes WebSockets with 1012 so clients reconnect elsewhere, and finishes and announces the in-flight write', async () => {
    const [leaving, staying] = state.servers;
    const written = await createMetric(staying);
    const watched = await createMetric(staying);
    const at = new Date().toISOString();

    const onStaying = wsClient({ url: staying.wsUrl, ...credentialOptions(staying.admin) });
    const writtenUpdates = subscription(onStaying, SUBSCRIPTION, { keys: [written] });
    // Like the web app behind a load balancer: reconnect, and land on an instance still up.
    const closeCodes: number[] = [];
    const moving = wsClient({
      // Sessions live in the shared database: one signed in on either instance holds on both.
      ...credentialOptions(staying.admin),
      url: () => (closeCodes.length > 0 ? staying.wsUrl : leaving.wsUrl),
      retryAttempts: 5,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 50)),
      on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
    });
    const watchedUpdates = subscription(moving, SUBSCRIPTION, { keys: [watched] });
    await waitFor(async () => (await activeSubscriptions(leaving)) === 1 && (await activeSubscriptions(staying)) === 1);

    // Hold the write inside PostgreSQL so that it is still in flight when the signal arrives.
    const blocker = new Client({ connectionString: state.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE observation IN EXCLUSIVE MODE');
    const inFlight = leaving.gql(RECORD, { input: [{ metricKey: written, value: 11, at }] });
    const waiting = async () => (await blocker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
    await waitFor(async () => (await waiting()) === 1);
    leaving.child.kill('SIGTERM');
    await waitFor(() => closeCodes.length > 0);
    expect(closeCodes).toEqual([1012]);
    await blocker.query('COMMIT');
    await blocker.end();

    expect(await inFlight).toMatchObject({ status: 200, data: { recordObservations: { written: 1 } } });
    expect(await leaving.exited).toBe(0);
    // Announced before the process exited: the other instance's subscriber has it.
    expect((await writtenUpdates.next((u) => u.kpiUpdated.value === 11)).kpiUpdated.metric.key).toBe(written);

    await waitFor(async () => (await activeSubscriptions(staying)) === 2);
    await record(staying, [{ metricKey: watched, value: 3, at }]);
    expect((await watchedUpdates.next((u) => u.kpiUpdated.value === 3)).kpiUpdated.metric.key).toBe(watched);
    writtenUpdates.dispose();
    watchedUpdates.dispose();
    await Promise.all([onStaying.dispose(), moving.dispose()]);
  });
});

describe('two instances with events over Redis pub/sub', () => {
  // Redis runs wherever the tests do (CI included): unreachable, the servers refuse to start and this fails.
  const state = cluster({ REDIS_URL: 'redis://127.0.0.1:6379' });

  it('delivers a write on either instance to subscribers on the other', async () => {
    const [a, b] = state.servers;
    expect((await a.readyz()).body).toMatchObject({ status: 'ready', busKind: 'redis' });
    await expectWriteToReach(a, b);
    await expectWriteToReach(b, a);
  });

  it('delivers lead changes on either instance to subscribers on the other', async () => {
    const [a, b] = state.servers;
    await expectLeadChangeToReach(a, b);
    await expectLeadChangeToReach(b, a);
  });
});
