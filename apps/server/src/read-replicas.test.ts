import { Client } from 'pg';
import { createMetric, record } from './testing/fixtures';
import { debianPostgresBin, DisposablePostgres } from './testing/disposable-postgres';
import { createTestApp, credentialHeaders, waitFor, type Credentials, type TestApp } from './testing/test-app';

/**
 * Lag-tolerant reads on a REAL streaming replica (Debian's PostgreSQL 15: initdb, pg_basebackup -R) of a REAL
 * primary: answers equal the hand computation whether the replica or the primary serves them, a write is seen by
 * the next read even while the replica has not replayed it, and a replica that dies is taken out of rotation
 * (reads keep answering from the primary) and put back once it runs again.
 */
const bin = debianPostgresBin(15);
let primary: DisposablePostgres;
let replica: DisposablePostgres;
let app: TestApp;
let reader: Credentials;
let key = '';
let replicaName = '';

// Whole January 2026; the rollup refresher is slowed so that the changes stay pending and a replica read must merge them.
const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const QUERY = `query ($to: DateTime!) {
  dashboard(slug: "replicated", range: { from: "${RANGE.from}", to: $to }) { kpis { metric { key } value } }
}`;

beforeAll(async () => {
  primary = await DisposablePostgres.create({ bin, settings: ['wal_level=replica', 'max_wal_senders=5', 'max_replication_slots=5'] });
  const url = await primary.createDatabase('opshub');
  replica = await primary.streamingReplica();
  replicaName = `127.0.0.1:${replica.port}/opshub`;
  app = await createTestApp({
    databaseUrl: url,
    env: {
      RATE_LIMIT_PER_MINUTE: '0', ROLLUP_REFRESH_MS: '60000',
      DATABASE_READ_URLS: replica.url('opshub'), DATABASE_READ_CHECK_MS: '100', DATABASE_READ_MAX_LAG_MS: '60000',
    },
  });
  key = await createMetric(app, { department: 'SALES' });
  const widgets = [{ id: 'main', type: 'KPI_GROUP', title: 'Main', i18n: {}, metricKeys: [key], dimension: null, text: null, x: 0, y: 0, w: 12, h: 4 }];
  await app.db.query(`INSERT INTO dashboard (slug, title, department, position, widgets) VALUES ('replicated', 'Replicated', 'SALES', 99, $1)`, [JSON.stringify(widgets)]);
  reader = await app.signIn('ADMIN');
});

afterAll(async () => {
  await app?.close();
  await replica?.destroy();
  await primary?.destroy();
});

/** One row of `sql` on a server of the test. */
async function one<T>(on: DisposablePostgres, sql: string): Promise<T> {
  const client = new Client({ connectionString: on.url('opshub') });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

let reads = 0;
/** The dashboard's value; each read a new range end (after every point), so that it is computed, not a cache hit. */
async function dashboardValue(as: Credentials = reader): Promise<number> {
  const to = new Date(Date.parse(RANGE.to) - ++reads).toISOString();
  const response = await app.gql(QUERY, { to }, as);
  expect(response.errors).toBeUndefined();
  return response.data.dashboard.kpis.find((kpi: { metric: { key: string } }) => kpi.metric.key === key).value;
}

async function scrape(): Promise<string> {
  return (await fetch(`${app.url}/metrics`, { headers: credentialHeaders(app.admin) })).text();
}

function sample(text: string, name: string, label: string): number | null {
  const escaped = label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = text.match(new RegExp(`^${name}\\{${escaped}\\} (\\S+)$`, 'm'));
  return match ? Number(match[1]) : null;
}

const inRotation = async () => sample(await scrape(), 'opshub_db_replica_in_rotation', `replica="${replicaName}"`);
const servedBy = async (target: string) => sample(await scrape(), 'opshub_db_reads_total', `target="${target}"`) ?? 0;

/** Waits until the replica replayed everything the primary wrote, then has the app check it (its next reads may use it). */
async function replicaCaughtUp(): Promise<void> {
  const { lsn } = await one<{ lsn: string }>(primary, 'SELECT pg_current_wal_lsn()::text AS lsn');
  await waitFor(async () => (await one<{ done: boolean }>(replica, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`)).done);
  // Two checks: one already under way may have begun before the wait.
  await app.services.reads.check();
  await app.services.reads.check();
}

/** Reads until the replica serves one whole (a read may race a check); returns that read's value. */
async function valueFromReplica(): Promise<number> {
  let value = NaN;
  await waitFor(async () => {
    await replicaCaughtUp();
    const [replicaBefore, primaryBefore] = [await servedBy(replicaName), await servedBy('primary')];
    value = await dashboardValue();
    return (await servedBy(replicaName)) > replicaBefore && (await servedBy('primary')) === primaryBefore;
  });
  return value;
}

const pendingChanges = async () => (await one<{ n: number }>(primary, `SELECT count(*)::int AS n FROM rollup_change WHERE metric_key = '${key}'`)).n;

describe('read replicas (DATABASE_READ_URLS) on a real streaming replica', () => {
  it('serves a dashboard read from the replica, merging the changes not yet folded, equal to the hand computation', async () => {
    await record(app, [
      { metricKey: key, value: 10, at: '2026-01-10T12:00:00Z' },
      { metricKey: key, value: 5, at: '2026-01-10T13:30:00Z' },
      { metricKey: key, value: 7, at: '2026-01-20T08:15:00Z' },
    ]);
    expect(await pendingChanges()).toBe(3);
    await waitFor(async () => (await inRotation()) === 1);
    expect(await valueFromReplica()).toBe(10 + 5 + 7);
    // Drill-through: the raw points, newest first, and their total from the rollups with the pending tail merged.
    const drill = await app.gql(`query { observations(key: "${key}", range: { from: "${RANGE.from}", to: "${RANGE.to}" }) { totalCount edges { node { value } } } }`, {}, reader);
    expect(drill.data.observations).toEqual({ totalCount: 3, edges: [7, 5, 10].map((value) => ({ node: { value } })) });
    // The replica could not fold: the rollups still miss the three hours, and the read merged them from the raw rows.
    expect(await pendingChanges()).toBe(3);
    expect(await one(replica, 'SELECT pg_is_in_recovery() AS standby')).toEqual({ standby: true });
  });

  it('answers a write in the next read (the writer\'s or another user\'s, cache included) while the replica has not replayed it', async () => {
    expect(await valueFromReplica()).toBe(22);
    // Kept in the cache: the write below must drop it, and no replica answer from before it may take its place.
    const cached = async () => (await app.gql(QUERY, { to: RANGE.to }, reader)).data.dashboard.kpis[0].value;
    expect(await cached()).toBe(22);
    await one(replica, 'SELECT pg_wal_replay_pause()');
    try {
      await record(app, [{ metricKey: key, value: 8, at: '2026-01-15T09:00:00Z' }]);
      // The replica stays in rotation (its lag is within the bound) but lacks the write: these reads go to the primary.
      expect(await dashboardValue(app.admin)).toBe(30);
      expect(await dashboardValue()).toBe(30);
      expect(await cached()).toBe(30);
      expect(await cached()).toBe(30);
      expect(await inRotation()).toBe(1);
      expect(await one(replica, `SELECT count(*)::int AS n FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = '${key}'`)).toEqual({ n: 3 });
    } finally {
      await one(replica, 'SELECT pg_wal_replay_resume()');
    }
    expect(await valueFromReplica()).toBe(30);
  });

  it('keeps answering from the primary when the replica is killed, and puts it back in rotation when it runs again', async () => {
    await replica.stop('SIGKILL');
    const primaryBefore = await servedBy('primary');
    // The first read may still pick the replica: it fails there and is answered by the primary.
    expect(await dashboardValue()).toBe(30);
    await waitFor(async () => (await inRotation()) === 0);
    expect(sample(await scrape(), 'opshub_db_replica_lag_seconds', `replica="${replicaName}"`)).toBeNull();
    expect(await dashboardValue()).toBe(30);
    expect(await servedBy('primary')).toBeGreaterThanOrEqual(primaryBefore + 2);

    await record(app, [{ metricKey: key, value: 4, at: '2026-01-25T00:00:00Z' }]);
    await replica.start();
    await waitFor(async () => (await inRotation()) === 1);
    expect(await valueFromReplica()).toBe(34);
  });
});
