import { Client } from 'pg';
import { createMetric } from '../../testing/fixtures';
import { createTestApp, createTestDatabase, waitFor, type TestApp } from '../../testing/test-app';

/**
 * SQL sources against a real PostgreSQL database standing in for the company's warehouse: a second database
 * on the test server, with a sales table written here by hand.
 */
let app: TestApp;
let warehouse: { url: string; drop(): Promise<void> };
const CAP = 5;

async function inWarehouse(text: string, values: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: warehouse.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  warehouse = await createTestDatabase();
  await inWarehouse(`CREATE TABLE sales (at timestamptz NOT NULL, amount numeric NOT NULL, region text, note text)`);
  await inWarehouse(`INSERT INTO sales VALUES
    ('2026-03-02T09:00:00Z', 100.5, 'EMEA', 'a'), ('2026-03-02T10:00:00Z', 200, 'AMER', 'b'),
    ('2026-03-02T11:00:00Z', 50, 'EMEA', 'c'), ('2026-03-02T12:00:00Z', 25, NULL, 'd')`);
  // Syncs run when a test says so (the scheduler would otherwise race the hand-set times).
  app = await createTestApp({ env: { SOURCE_POLL_MS: '3600000', SOURCE_ROW_CAP: String(CAP), SOURCE_STATEMENT_TIMEOUT_MS: '500' } });
});
afterAll(async () => {
  await app.close();
  await warehouse.drop();
});

const CONNECT = `mutation ($input: SqlConnectionInput!) { createSqlConnection(input: $input) { id name host database } }`;
const SAVE = `mutation ($input: SqlSourceInput!) { saveSqlSource(input: $input) { metricKey status intervalMinutes watermark } }`;
const PREVIEW = `query ($input: SqlSourceInput!) { sqlQueryPreview(input: $input) { columns { name type } rows { cells } points { at value dimensions { name value } } } }`;
const INCREMENTAL = 'SELECT at, amount, region FROM sales WHERE at > $1 ORDER BY at';

let connectionId: string;
async function connection(): Promise<string> {
  if (connectionId) return connectionId;
  const response = await app.gql(CONNECT, { input: { name: 'warehouse', connectionString: warehouse.url } });
  expect(response.errors).toBeUndefined();
  connectionId = response.data.createSqlConnection.id;
  return connectionId;
}

const sourceInput = async (metricKey: string, over: Record<string, unknown> = {}) => ({
  metricKey, connectionId: await connection(), query: INCREMENTAL, timeColumn: 'at', valueColumn: 'amount', dimensionColumns: ['region'], everyMinutes: 15, ...over,
});

async function total(metricKey: string): Promise<number | null> {
  const response = await app.gql(`query ($key: ID!) { kpi(key: $key, range: { from: "2026-03-01T00:00:00Z", to: "2026-03-10T00:00:00Z" }) { value } }`, { key: metricKey });
  return response.data.kpi.value;
}

/** One sync as a plain service call (what the queued job runs), with its record as the API gives it. */
async function sync(metricKey: string) {
  const run = await app.services.sources.sync(metricKey);
  const { data } = await app.gql(`query ($key: ID!) { sqlSyncRuns(metricKey: $key, first: 1) { id rowsRead pointsWritten error errorField watermarkBefore watermarkAfter durationMs } }`, { key: metricKey });
  expect(data.sqlSyncRuns[0].id).toBe(String(run.id));
  return data.sqlSyncRuns[0];
}

describe('connections', () => {
  it('stores the connection string encrypted, shows only host and database, and records the change without the secret', async () => {
    const id = await connection();
    const { host, pathname } = new URL(warehouse.url);
    const listed = await app.gql(`{ sqlConnections { id name host database } }`);
    expect(listed.data.sqlConnections).toEqual([{ id, name: 'warehouse', host, database: pathname.slice(1) }]);
    const [row] = await app.db.query(`SELECT secret FROM sql_connection WHERE id = $1`, [id]);
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain('postgres:postgres');
    const [audit] = await app.db.query(`SELECT action, after::text AS after FROM audit_event WHERE object_type = 'SQL_CONNECTION' AND object_id = $1`, [id]);
    expect(audit.action).toBe('CREATE');
    expect(audit.after).not.toContain('secret');
    expect(audit.after).not.toContain('v1.');
  });

  it('tests a connection string before saving, and says why one does not connect', async () => {
    const test = `mutation ($s: String, $id: ID) { testSqlConnection(connectionString: $s, connectionId: $id) { ok message } }`;
    expect((await app.gql(test, { id: await connection() })).data.testSqlConnection).toEqual({ ok: true, message: 'Connected' });
    const unreachable = (await app.gql(test, { s: 'postgres://nobody@127.0.0.1:1/nowhere' })).data.testSqlConnection;
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toMatch(/^Cannot connect to the database/);
    const bad = await app.gql(test, { s: 'mysql://x@y/z' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.connectionString' });
  });
});

describe('test query', () => {
  it('shows the rows and the points they map to, and writes nothing', async () => {
    const metricKey = await createMetric(app);
    const response = await app.gql(PREVIEW, { input: await sourceInput(metricKey) });
    expect(response.errors).toBeUndefined();
    const preview = response.data.sqlQueryPreview;
    expect(preview.columns).toEqual([{ name: 'at', type: 'timestamptz' }, { name: 'amount', type: 'numeric' }, { name: 'region', type: 'text' }]);
    expect(preview.rows).toHaveLength(4);
    // Printed in the organisation's time zone (Europe/Madrid, UTC+1 in March).
    expect(preview.rows[0].cells).toEqual(['2026-03-02 10:00:00+01', '100.5', 'EMEA']);
    expect(preview.rows[3].cells[2]).toBeNull();
    expect(preview.points[0]).toEqual({ at: '2026-03-02T09:00:00.000Z', value: 100.5, dimensions: [{ name: 'region', value: 'EMEA' }] });
    expect(preview.points[3]).toEqual({ at: '2026-03-02T12:00:00.000Z', value: 25, dimensions: [] });
    expect(await total(metricKey)).toBeNull();
  });

  it.each([
    ['timestamp', `'2026-03-02 10:30:00.25'::timestamp`, '2026-03-02T09:30:00.250Z'],
    ['date', `'2026-03-02'::date`, '2026-03-01T23:00:00.000Z'],
  ])('reads a %s without time zone as wall time in the organisation\'s zone', async (_type, expression, at) => {
    const metricKey = await createMetric(app);
    const response = await app.gql(PREVIEW, { input: await sourceInput(metricKey, { query: `SELECT ${expression} AS at, 2::bigint AS amount, 7 AS region`, dimensionColumns: ['region'] }) });
    expect(response.data.sqlQueryPreview.points).toEqual([{ at, value: 2, dimensions: [{ name: 'region', value: '7' }] }]);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a value column of the wrong type, naming it', { valueColumn: 'region', dimensionColumns: [] }, 'input.valueColumn', /^Column "region" is text; the value column must be a number/],
    ['a time column of the wrong type, naming it', { timeColumn: 'note', query: 'SELECT note, amount FROM sales', dimensionColumns: [] }, 'input.timeColumn', /^Column "note" is text; the time column must be a timestamp/],
    ['a column the result does not have', { dimensionColumns: ['country'] }, 'input.dimensionColumns[0]', /^Column "country" is not in the result \(it has: at, amount, region\)/],
    ['a query that writes, refused by the read-only transaction', { query: 'DELETE FROM sales RETURNING at, amount, region' }, 'input.query', /^The query tried to write, and sources only read: cannot execute DELETE in a read-only transaction/],
    ['a write hidden in a WITH, refused too', { query: 'WITH gone AS (DELETE FROM sales RETURNING at, amount, region) SELECT * FROM gone' }, 'input.query', /^The query tried to write, and sources only read: cannot execute SELECT in a read-only transaction/],
    ['a query past the statement timeout', { query: 'SELECT now() AS at, 1 AS amount, \'x\' AS region FROM pg_sleep(3)' }, 'input.query', /^The query ran longer than the statement timeout of 500 ms/],
    ['a query that does not run', { query: 'SELECT at, amount, region FROM no_such_table' }, 'input.query', /^The query failed: relation "no_such_table" does not exist/],
  ])('refuses %s', async (_name, over, field, message) => {
    const metricKey = await createMetric(app);
    const response = await app.gql(PREVIEW, { input: await sourceInput(metricKey, over) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
    // The write was refused: the warehouse still has its four rows.
    expect((await inWarehouse('SELECT count(*)::int AS n FROM sales'))[0].n).toBeGreaterThanOrEqual(4);
  });
});

describe('syncs', () => {
  it('first sync writes every row, an incremental sync only newer ones, and a re-sync from the start never double-counts', async () => {
    const metricKey = await createMetric(app);
    const saved = await app.gql(SAVE, { input: await sourceInput(metricKey) });
    expect(saved.data.saveSqlSource).toEqual({ metricKey, status: 'NEVER_SYNCED', intervalMinutes: 15, watermark: null });

    const first = await sync(metricKey);
    expect(first).toMatchObject({ rowsRead: 4, pointsWritten: 4, error: null, watermarkBefore: null, watermarkAfter: '2026-03-02T12:00:00.000Z' });
    expect(await total(metricKey)).toBe(100.5 + 200 + 50 + 25);

    await inWarehouse(`INSERT INTO sales VALUES ('2026-03-02T13:00:00Z', 10, 'EMEA', 'e')`);
    const second = await sync(metricKey);
    expect(second).toMatchObject({ rowsRead: 1, pointsWritten: 1, watermarkBefore: '2026-03-02T12:00:00.000Z', watermarkAfter: '2026-03-02T13:00:00.000Z' });
    expect(await total(metricKey)).toBe(385.5);

    const quiet = await sync(metricKey);
    expect(quiet).toMatchObject({ rowsRead: 0, pointsWritten: 0, watermarkAfter: '2026-03-02T13:00:00.000Z' });

    // Reading everything again (the watermark lost) rewrites the same points: the total stays.
    await app.db.query(`UPDATE sql_source SET watermark = NULL WHERE metric_key = $1`, [metricKey]);
    expect(await sync(metricKey)).toMatchObject({ rowsRead: 5, pointsWritten: 5 });
    expect(await total(metricKey)).toBe(385.5);

    const breakdown = await app.gql(`query ($key: ID!) { series(key: $key, groupBy: "region", granularity: DAY, range: { from: "2026-03-02T00:00:00Z", to: "2026-03-03T00:00:00Z" }) { groups { key total } } }`, { key: metricKey });
    expect(breakdown.data.series.groups).toEqual([{ key: 'AMER', total: 200 }, { key: 'EMEA', total: 160.5 }, { key: null, total: 25 }]);

    const runs = await app.gql(`query ($key: ID!) { sqlSyncRuns(metricKey: $key) { rowsRead error } sqlSource(metricKey: $key) { status lastSyncAt consecutiveFailures } }`, { key: metricKey });
    expect(runs.data.sqlSyncRuns.map((r: any) => r.rowsRead)).toEqual([5, 0, 1, 4]);
    expect(runs.data.sqlSource).toMatchObject({ status: 'OK', consecutiveFailures: 0 });
    // Without an interval of its own, the metric is expected as often as its source syncs.
    const metric = await app.gql(`query ($key: ID!) { metric(key: $key) { freshnessIntervalMinutes } }`, { key: metricKey });
    expect(metric.data.metric.freshnessIntervalMinutes).toBe(15);
  });

  it('fails a sync past the row cap, writing nothing and keeping the watermark', async () => {
    const metricKey = await createMetric(app);
    await app.gql(SAVE, { input: await sourceInput(metricKey, { query: `SELECT t AS at, 1 AS amount, 'x' AS region FROM generate_series('2026-03-02'::timestamptz, '2026-03-02 05:00', '1 hour') t` }) });
    const run = await sync(metricKey);
    expect(run).toMatchObject({ rowsRead: 0, pointsWritten: 0, errorField: 'input.query', watermarkAfter: null });
    expect(run.error).toBe(`The query returned more than ${CAP} rows (the row cap); aggregate it or read fewer rows per sync`);
    expect(await total(metricKey)).toBeNull();
  });

  it('raises a SYNC_FAILURE alert to its owner when the source keeps failing, and resolves it when a sync succeeds', async () => {
    const metricKey = await createMetric(app);
    await inWarehouse(`CREATE TABLE flaky AS SELECT * FROM sales`);
    await app.gql(SAVE, { input: await sourceInput(metricKey, { query: 'SELECT at, amount, region FROM flaky WHERE at > $1' }) });
    await inWarehouse(`ALTER TABLE flaky RENAME TO flaky_gone`);
    const alerts = async () => (await app.gql(`{ alerts(first: 200) { kind state owner explanation metricKey rule { ownerUserId } } }`)).data.alerts
      .filter((a: any) => a.metricKey === metricKey);

    const { viewer } = (await app.gql(`{ viewer { id name } }`)).data;
    for (const failures of [1, 2]) {
      expect((await sync(metricKey)).error).toBe('The query failed: relation "flaky" does not exist');
      expect((await app.db.query(`SELECT consecutive_failures FROM sql_source WHERE metric_key = $1`, [metricKey]))[0].consecutive_failures).toBe(failures);
      expect(await alerts()).toEqual([]);
    }
    await sync(metricKey);
    const [raised] = await alerts();
    expect(raised).toMatchObject({
      kind: 'SYNC_FAILURE', state: 'OPEN', explanation: `The SQL source of ${metricKey} failed 3 syncs in a row; see its sync history for the error.`,
      owner: viewer.name, rule: { ownerUserId: viewer.id },
    });
    const source = (await app.gql(`query ($key: ID!) { sqlSource(metricKey: $key) { status lastError } }`, { key: metricKey })).data.sqlSource;
    expect(source).toEqual({ status: 'FAILING', lastError: 'The query failed: relation "flaky" does not exist' });

    await inWarehouse(`ALTER TABLE flaky_gone RENAME TO flaky`);
    expect(await sync(metricKey)).toMatchObject({ rowsRead: 5, error: null });
    expect(await alerts()).toEqual([expect.objectContaining({ kind: 'SYNC_FAILURE', state: 'RESOLVED' })]);
  });

  it('queues the sources that are due on the job queue, once each, and the job syncs them', async () => {
    const metricKey = await createMetric(app);
    await app.gql(SAVE, { input: await sourceInput(metricKey, { everyMinutes: null, cron: '*/30 * * * *' }) });
    const [{ next_run_at: due }] = await app.db.query(`SELECT next_run_at FROM sql_source WHERE metric_key = $1`, [metricKey]);
    const runs = async () => Number((await app.db.query(`SELECT count(*) AS n FROM sql_sync_run WHERE metric_key = $1`, [metricKey]))[0].n);
    // Every other source of this file is due too: count only this one's runs.
    await app.services.sources.queueDue(new Date(due.getTime() + 1000));
    await waitFor(async () => (await runs()) === 1);
    const [{ next_run_at: next }] = await app.db.query(`SELECT next_run_at FROM sql_source WHERE metric_key = $1`, [metricKey]);
    expect(next.getTime() % (30 * 60_000)).toBe(0);
    expect(next.getTime()).toBeGreaterThan(due.getTime());
    // Not due again before its next run: nothing more is queued.
    expect(await app.services.sources.queueDue(new Date(due.getTime() + 2000))).toBe(0);
    expect(await total(metricKey)).toBe(385.5);

    // "Sync now" queues a job the ADMIN can follow.
    const queued = await app.gql(`mutation ($key: ID!) { syncSqlSource(metricKey: $key) }`, { key: metricKey });
    expect(queued.errors).toBeUndefined();
    await waitFor(async () => (await runs()) === 2);
  });

  it('records creating, changing and removing a source in the audit trail, and refuses a derived metric', async () => {
    const metricKey = await createMetric(app);
    await app.gql(SAVE, { input: await sourceInput(metricKey) });
    await app.gql(SAVE, { input: await sourceInput(metricKey, { everyMinutes: 60 }) });
    const removed = await app.gql(`mutation ($key: ID!) { deleteSqlSource(metricKey: $key) { metricKey } }`, { key: metricKey });
    expect(removed.errors).toBeUndefined();
    const trail = await app.db.query(`SELECT action, after->>'everyMinutes' AS every FROM audit_event WHERE object_type = 'SQL_SOURCE' AND object_id = $1 ORDER BY id`, [metricKey]);
    expect(trail).toEqual([{ action: 'CREATE', every: '15' }, { action: 'UPDATE', every: '60' }, { action: 'DELETE', every: null }]);

    const derived = await createMetric(app, { formula: `${metricKey} * 2` });
    const refused = await app.gql(SAVE, { input: await sourceInput(derived) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metricKey' });
    const badCron = await app.gql(SAVE, { input: await sourceInput(metricKey, { everyMinutes: null, cron: 'every day' }) });
    expect(badCron.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron' });
  });

  it('refuses every source operation to anyone but an ADMIN', async () => {
    const executive = await app.signIn('EXECUTIVE');
    const response = await app.gql(`{ sqlConnections { id } }`, undefined, executive);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.data?.sqlConnections ?? null).toBeNull();
  });
});
