import { DisposablePostgres } from '../testing/disposable-postgres';
import { DisposableRedis, freezePostgres, restartPostgres, TcpLink, type PostgresFault } from '../testing/fault-processes';
import { countFaults, Watcher, Writer, type FaultCounts } from '../testing/fault-writers';
import { startServer, type ServerProcess } from '../testing/server-process';
import { waitFor, within } from '../testing/test-app';

// Two `node dist/main.js` instances on a PostgreSQL and a Redis this file owns, events over Redis (with the
// PostgreSQL bus a database restart also drops LISTEN, whose resync would hide a stale screen). Instance A
// reaches Redis through a TcpLink, so a test can hold it off while B recovers first.
let pg: DisposablePostgres;
let redis: DisposableRedis;
let link: TcpLink;
let a: ServerProcess;
let b: ServerProcess;
let databaseUrl: string;
let writers: Writer[];
let watchers: Watcher[];

/** A hang guard only: every wait below ends on a condition long before it. */
const RECOVERY_MS = 60_000;

beforeAll(async () => {
  [pg, redis] = await Promise.all([DisposablePostgres.create(), DisposableRedis.create()]);
  databaseUrl = await pg.createDatabase('opshub');
  link = await TcpLink.create(redis.port);
  // Writers retry their 503s far faster than a person: no rate limit in the way.
  const env = { DATABASE_URL: databaseUrl, RATE_LIMIT_PER_MINUTE: '0', MAX_CONCURRENT_OPERATIONS: '50' };
  a = await startServer({ ...env, REDIS_URL: `redis://127.0.0.1:${link.port}` });
  b = await startServer({ ...env, REDIS_URL: redis.url });
  // Four writers, two on each instance, each on a metric of its own; every metric watched on both instances.
  writers = await Promise.all([a, a, b, b].map((server) => Writer.create(server)));
  watchers = writers.flatMap((writer) => [a, b].map((server) => new Watcher(server, writer.key)));
  await waitFor(async () => (await a.metric('opshub_active_subscriptions')) === 4 && (await b.metric('opshub_active_subscriptions')) === 4);
}, 180_000);

afterAll(async () => {
  // An instance that died says why; one that lived, its warnings and errors.
  for (const [name, server] of [['A', a], ['B', b]] as const) {
    const lines = server?.logTail().split('\n').filter((line) => /"level":(40|50|60)/.test(line) || server.child.exitCode !== null) ?? [];
    process.stdout.write(`instance ${name} (exit ${server?.child.exitCode ?? server?.child.signalCode}), last log lines:\n${lines.slice(-15).join('\n')}\n`);
  }
  await Promise.all((writers ?? []).map((writer) => writer.pause()));
  await Promise.all((watchers ?? []).map((watcher) => watcher.dispose()));
  await Promise.all([a?.stop(), b?.stop()]);
  await link?.close();
  await redis?.kill();
  await pg?.destroy();
});

/** Until each of `which` has had `count` more batches acknowledged. */
async function progress(count = 2, which = writers): Promise<void> {
  const marks = which.map((writer) => writer.acknowledged.size);
  await waitFor(() => which.every((writer, i) => writer.acknowledged.size >= marks[i] + count * writer.batchSize), RECOVERY_MS);
}

const pauseWriters = () => Promise.all(writers.map((writer) => writer.pause()));

function report(what: string, counts: FaultCounts): void {
  // The counts the issue asks for, in the test output whether it passes or not.
  process.stdout.write(`${new Date().toISOString()} fault counts, ${what}: ${JSON.stringify(counts)}\n`);
}

/** Nothing acknowledged lost, nothing counted twice, no answer a client would drop, no stale screen. */
function expectClean(counts: FaultCounts): void {
  expect({ lost: counts.lost, duplicated: counts.duplicated, uncounted: counts.uncounted, refusedAnswers: counts.refusedAnswers, staleWatchers: counts.staleWatchers })
    .toEqual({ lost: 0, duplicated: 0, uncounted: 0, refusedAnswers: [], staleWatchers: [] });
  expect(counts.stored).toBeGreaterThanOrEqual(counts.acknowledged);
}

describe('PostgreSQL restarted or crashed under four writers', () => {
  const faults: PostgresFault[] = ['fast restart', 'immediate restart', 'kill -9 postmaster', 'kill -9 postmaster', 'fast restart'];

  it.each(faults)('%s: only 503s while it is away, no acknowledged write lost or doubled, every screen fresh afterwards', async (fault) => {
    for (const writer of writers) writer.start();
    await progress();
    // The writers stop sending new batches as the server goes: the last commits before the fault are not
    // followed by another write that would refresh the screens anyway. Batches under way retry until acknowledged.
    const paused = pauseWriters();
    await restartPostgres(pg, fault);
    await paused;
    const counts = await countFaults(databaseUrl, writers, watchers);
    report(fault, counts);
    expectClean(counts);
  });
});

describe('PostgreSQL crashed (kill -9 of the postmaster) while four writers keep writing through it', () => {
  it.each(['first', 'second'])('%s crash: every answer an acknowledgement or a 503, however the transaction was cut', async () => {
    for (const writer of writers) writer.start();
    await progress();
    // Transactions are cut anywhere: mid-statement, or between two statements (TypeORM's released query runner).
    await restartPostgres(pg, 'kill -9 postmaster');
    await progress();
    await pauseWriters();
    const counts = await countFaults(databaseUrl, writers, watchers);
    report('kill -9 postmaster, writers running through', counts);
    expectClean(counts);
  });
});

describe('PostgreSQL frozen (SIGSTOP of every process) under four writers', () => {
  it('answers /readyz with 503 within its bound while frozen, and loses nothing once thawed', async () => {
    for (const writer of writers) writer.start();
    await progress();
    const thaw = freezePostgres(pg);
    try {
      const probes = await Promise.all([a, b].map((server) => within(server.readyz().then((probe) => [probe.status, probe.body.database]), 15_000, 'no answer')));
      expect(probes).toEqual([[503, false], [503, false]]);
    } finally {
      thaw();
    }
    await progress();
    await pauseWriters();
    const counts = await countFaults(databaseUrl, writers, watchers);
    report('SIGSTOP', counts);
    expectClean(counts);
    expect((await a.readyz()).status).toBe(200);
  });
});

describe('Redis killed and restarted', () => {
  it('delivers a write made while its instance was still cut off to the instance that recovered first', async () => {
    const [writer] = writers; // on A
    const before = watchers.filter((watcher) => watcher.server === b).map((watcher) => watcher.received);
    await redis.kill();
    link.cut();
    await redis.start();
    // B resubscribes and resyncs (its watchers get fresh snapshots) while A is still off the bus.
    await waitFor(async () => (await b.readyz()).status === 200, RECOVERY_MS);
    await waitFor(() => watchers.filter((watcher) => watcher.server === b).every((watcher, i) => watcher.received > before[i]), RECOVERY_MS);
    expect((await a.readyz()).body).toMatchObject({ bus: false });
    // A write on A now: committed and acknowledged, its event has no bus to go out on.
    writer.start();
    await progress(1, [writer]);
    await pauseWriters();
    link.restore();
    await waitFor(async () => (await a.readyz()).status === 200, RECOVERY_MS);
    const counts = await countFaults(databaseUrl, writers, watchers);
    report('Redis restart, A back last', counts);
    expectClean(counts);
  });

  it.each(['first', 'second'])('kill -9 and restart under four writers (%s cycle): every screen fresh afterwards', async () => {
    for (const writer of writers) writer.start();
    await progress();
    await redis.kill();
    await progress();
    await redis.start();
    await waitFor(async () => (await a.readyz()).status === 200 && (await b.readyz()).status === 200, RECOVERY_MS);
    await pauseWriters();
    const counts = await countFaults(databaseUrl, writers, watchers);
    report('Redis kill -9', counts);
    expectClean(counts);
  });
});
