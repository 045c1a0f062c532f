import { Client } from 'pg';
import { DisposablePostgres } from '../testing/disposable-postgres';
import { importFinished, postImport } from '../testing/import-requests';
import { startServer, type ServerProcess } from '../testing/server-process';
import { waitFor, type Credentials } from '../testing/test-app';

// A file import on a `node dist/main.js` that is killed (SIGKILL: no shutdown, no rollback but PostgreSQL's)
// in the middle; a new process continues it from the checkpoint committed with the last batch.
const ROWS = 200_000;
const FIRST_MINUTE = Date.UTC(2024, 0, 1);
const ENV = { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1', IMPORT_MAX_BYTES: '20000000' };
const MAPPING = {
  metric: { key: 'finance.revenue' },
  timestamp: { column: 'at', format: 'YYYY-MM-DD HH:mm', timeZone: 'UTC' },
  value: { column: 'amount' },
  dimensions: ['region'],
};

let pg: DisposablePostgres;
let db: Client;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  pg = await DisposablePostgres.create();
  db = new Client({ connectionString: await pg.createDatabase('opshub') });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await Promise.all(servers.map((server) => server.stop()));
  await pg?.destroy();
});

/** One row a minute from 2024-01-01 00:00 UTC, amounts 1 to 10 in turn. */
function csv(): string {
  const lines = ['at,region,amount'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`${new Date(FIRST_MINUTE + i * 60_000).toISOString().slice(0, 16).replace('T', ' ')},EMEA,${(i % 10) + 1}`);
  return lines.join('\n');
}

async function written(importId: string): Promise<{ count: number; sum: number; instants: number; first: Date | null; last: Date | null }> {
  const { rows: [row] } = await db.query<{ count: string; sum: number | null; instants: string; first: Date | null; last: Date | null }>(
    'SELECT count(*) AS count, sum(value) AS sum, count(DISTINCT at) AS instants, min(at) AS first, max(at) AS last FROM observation WHERE source = $1', [`import:${importId}`]);
  return { count: Number(row.count), sum: row.sum ?? 0, instants: Number(row.instants), first: row.first, last: row.last };
}

it('a process killed mid-import: a new one finishes it with every row exactly once', async () => {
  const first = await startServer({ DATABASE_URL: pg.url('opshub'), ...ENV });
  servers.push(first);
  await db.connect();
  const created = await first.gql<{ createApiKey: { key: string } }>('mutation ($input: ApiKeyInput!) { createApiKey(input: $input) { key } }', { input: { name: 'importer', scopes: ['INGEST'] } });
  const key: Credentials = { apiKey: created.data!.createApiKey.key };

  const upload = await postImport(first.url, '/api/imports', key, csv(), MAPPING, 'minutes.csv');
  expect(upload.status).toBe(202);
  const progress = async () => (await db.query<{ rows_done: number }>('SELECT rows_done FROM import_run WHERE id = $1', [upload.body.id])).rows[0].rows_done;
  // Some batches committed, most of the file still to go.
  await waitFor(async () => (await progress()) >= 5_000, 120_000);
  first.child.kill('SIGKILL');
  await first.exited;

  const checkpoint = await progress();
  expect(checkpoint).toBeLessThan(ROWS);
  // The checkpoint commits with its batch: what is written is exactly the rows before it, however the process ended.
  expect((await written(upload.body.id)).count).toBe(checkpoint);

  const second = await startServer({ DATABASE_URL: pg.url('opshub'), ...ENV });
  servers.push(second);
  // The job of the dead process is handed on once its heartbeat (10 s) lapses.
  const run = await importFinished(second.url, upload.body.id, key, 240_000);
  expect(run).toMatchObject({ state: 'COMPLETED', rowsTotal: ROWS, rowsDone: ROWS, rowsWritten: ROWS, rowsRejected: 0 });
  // 200,000 rows of amounts 1…10 in turn: 20,000 × 55; one a minute, none missing, none twice.
  expect(await written(upload.body.id)).toEqual({
    count: ROWS, sum: 1_100_000, instants: ROWS, first: new Date(FIRST_MINUTE), last: new Date(FIRST_MINUTE + (ROWS - 1) * 60_000),
  });
});
