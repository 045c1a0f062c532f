import { sql } from 'kysely';
import { runSql } from '../../database/sql';
import { importFinished, postImport, rejectedLines } from '../../testing/import-requests';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import type { ImportMapping } from './import-mapping';

const ENV = { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1', IMPORT_MAX_BYTES: '200000' };
const MAPPING: ImportMapping = {
  metric: { key: 'finance.revenue' },
  timestamp: { column: 'date', format: 'YYYY-MM-DD', timeZone: 'Europe/Madrid' },
  value: { column: 'amount' },
  dimensions: ['region'],
};

const post = (app: TestApp, path: string, as: Credentials, file: string | Uint8Array, mapping: unknown = MAPPING, name = 'export.csv') => postImport(app.url, path, as, file, mapping, name);
const finished = (app: TestApp, id: string, as: Credentials) => importFinished(app.url, id, as);

/** The finance.revenue points written by imports: how many, their sum. */
async function imported(app: TestApp): Promise<{ count: number; sum: number }> {
  const [row] = await runSql(app.db, sql<{ count: string; sum: number | null }>`
    SELECT count(*) AS count, sum(o.value) AS sum FROM observation o JOIN series s ON s.id = o.series_id
     WHERE s.metric_key = 'finance.revenue' AND o.source LIKE 'import:%'`);
  return { count: Number(row.count), sum: row.sum ?? 0 };
}

describe('file import over HTTP', () => {
  let app: TestApp;
  let key: Credentials;

  beforeAll(async () => {
    app = await createTestApp({ env: ENV });
    key = await app.apiKey(['INGEST']);
  });
  afterAll(() => app?.close());

  const FILE = [
    'date,region,amount',
    '2026-03-01,EMEA,10',
    '2026-03-02,EMEA,abc',
    '03/04/2026,APAC,5',
    '2026-03-04,APAC,=SUM(A1:A9)',
    '2026-03-05,APAC,2.5',
    '2026-02-30,EMEA,1',
    '2026-03-06,EMEA,1e999',
  ].join('\n');

  it('writes the good rows, rejects the others naming row and column, and never counts a file twice', async () => {
    const first = await post(app, '/api/imports', key, FILE);
    expect(first.status).toBe(202);
    const run = await finished(app, first.body.id, key);
    expect(run).toMatchObject({ state: 'COMPLETED', rowsTotal: 7, rowsDone: 7, rowsWritten: 2, rowsRejected: 5, fileName: 'export.csv' });
    expect(await imported(app)).toEqual({ count: 2, sum: 12.5 });

    // 2026-03-01 at midnight in Madrid (CET, +01:00).
    const [point] = await runSql(app.db, sql<{ at: Date }>`SELECT o.at FROM observation o WHERE o.source = ${`import:${run.id}`} AND o.value = 10`);
    expect(point.at.toISOString()).toBe('2026-02-28T23:00:00.000Z');

    const again = await post(app, '/api/imports', key, FILE);
    expect((await finished(app, again.body.id, key)).rowsWritten).toBe(2);
    expect(await imported(app)).toEqual({ count: 2, sum: 12.5 });

    expect(await rejectedLines(app.url, run.id, key)).toEqual([
      'row,column,reason,cells',
      '2,amount,"""abc"" is not a number",2026-03-02,EMEA,abc',
      '3,date,"""03/04/2026"" is not a YYYY-MM-DD date",03/04/2026,APAC,5',
      // The formula is never run, and stays inert when the export is opened in a spreadsheet.
      "4,amount,\"\"\"=SUM(A1:A9)\"\" is not a number\",2026-03-04,APAC,'=SUM(A1:A9)",
      '6,date,"""2026-02-30"" is not a valid YYYY-MM-DD date",2026-02-30,EMEA,1',
      '7,amount,"""1e999"" is not a finite number",2026-03-06,EMEA,1e999',
      '',
    ]);
  });

  it('previews the first rows with each one\'s result, writing nothing', async () => {
    const before = await imported(app);
    const mapping = { ...MAPPING, metric: { column: 'metric' } };
    const file = [
      'metric,date,region,amount',
      'finance.revenue,2026-04-01,EMEA,3',
      'no.such_metric,2026-04-02,EMEA,4',
      'finance.revenue,2026-04-03,EMEA,abc',
      'finance.revenue,04/03/2026,EMEA,5',
      'finance.revenue,2026-02-30,EMEA,6',
      ',2026-04-04,EMEA,7',
    ].join('\n');
    const preview = await post(app, '/api/imports/preview', key, file, mapping);
    expect(preview.status).toBe(200);
    // Each refusal in English (the API's) and as a code with its params (what a page says in its reader's language).
    expect(preview.body).toEqual({
      header: ['metric', 'date', 'region', 'amount'],
      rows: [
        { row: 1, cells: ['finance.revenue', '2026-04-01', 'EMEA', '3'], ok: true, column: null, reason: null, code: null, params: null },
        {
          row: 2, cells: ['no.such_metric', '2026-04-02', 'EMEA', '4'], ok: false, column: 'metric',
          reason: 'unknown metric "no.such_metric"', code: 'UNKNOWN_METRIC', params: { metric: 'no.such_metric' },
        },
        {
          row: 3, cells: ['finance.revenue', '2026-04-03', 'EMEA', 'abc'], ok: false, column: 'amount',
          reason: '"abc" is not a number', code: 'NOT_A_NUMBER', params: { value: 'abc' },
        },
        {
          row: 4, cells: ['finance.revenue', '04/03/2026', 'EMEA', '5'], ok: false, column: 'date',
          reason: '"04/03/2026" is not a YYYY-MM-DD date', code: 'NOT_A_DATE', params: { value: '04/03/2026', format: 'YYYY-MM-DD' },
        },
        {
          row: 5, cells: ['finance.revenue', '2026-02-30', 'EMEA', '6'], ok: false, column: 'date',
          reason: '"2026-02-30" is not a valid YYYY-MM-DD date', code: 'INVALID_DATE', params: { value: '2026-02-30', format: 'YYYY-MM-DD' },
        },
        { row: 6, cells: ['', '2026-04-04', 'EMEA', '7'], ok: false, column: 'metric', reason: 'has no metric key', code: 'NO_METRIC_KEY', params: {} },
      ],
    });
    expect(await imported(app)).toEqual(before);
  });

  it.each([
    ['an empty file', '', MAPPING, 400, 'the file is empty', undefined, { code: 'FILE_EMPTY', params: {} }],
    ['a duplicate header', 'date,amount,amount,region\n2026-01-01,1,2,EMEA\n', MAPPING, 400, 'the header names column "amount" twice', 'amount', { code: 'HEADER_DUPLICATE', params: { column: 'amount' } }],
    [
      'a missing header', 'date,region\n2026-01-01,EMEA\n', MAPPING, 400, 'the mapping reads column "amount", which the header does not have', 'amount',
      { code: 'HEADER_MISSING_COLUMN', params: { column: 'amount' } },
    ],
    [
      'the wrong delimiter', 'date;region;amount\n2026-01-01;EMEA;1\n', MAPPING, 400,
      'the mapping reads column "date", which the header does not have (the header is one column "date;region;amount": is the delimiter right?)', 'date',
      { code: 'HEADER_ONE_COLUMN', params: { column: 'date', header: 'date;region;amount' } },
    ],
    [
      'a file that is not UTF-8', Uint8Array.from([...Buffer.from('date,region,amount\n2026-01-01,M'), 0xe1, 0x6c, 0x61, 0x67, 0x61, ...Buffer.from(',1\n')]), MAPPING, 400,
      'the file is not UTF-8 text: save it as CSV UTF-8', undefined, { code: 'NOT_UTF8', params: {} },
    ],
    // A mapping's own errors are named by field (and the page checks them first): no code, the English reason stands.
    ['an ambiguous date format', 'date,region,amount\n03/04/2026,EMEA,1\n', { ...MAPPING, timestamp: { column: 'date', format: 'DD.MM.YY', timeZone: 'UTC' } }, 400, expect.stringMatching(/^mapping.timestamp.format must be one of ISO, /), 'mapping.timestamp.format', {}],
    [
      'a file over the limit', `date,region,amount\n${'2026-01-01,EMEA,1\n'.repeat(12_000)}`, MAPPING, 413, 'the file is larger than the limit of 200000 bytes (IMPORT_MAX_BYTES)', undefined,
      { code: 'FILE_TOO_LARGE', params: { maxBytes: 200000 } },
    ],
  ])('refuses %s, storing nothing', async (_name, file, mapping, status, error, column, coded) => {
    const answer = await post(app, '/api/imports', key, file, mapping);
    expect(answer).toEqual({ status, body: { error, ...(column ? { column } : {}), ...coded } });
    const [left] = await runSql(app.db, sql<{ n: string }>`SELECT count(*) AS n FROM import_run WHERE state = 'UPLOADING'`);
    expect(Number(left.n)).toBe(0);
  });

  it('refuses an anonymous upload and a key without INGEST', async () => {
    const anonymous = await fetch(`${app.url}/api/imports`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
    const reader = await app.apiKey(['READ']);
    expect((await post(app, '/api/imports', reader, FILE)).body).toEqual({ error: 'importing needs the INGEST scope', code: 'NEEDS_INGEST', params: {} });
  });

  it('continues an interrupted import from its checkpoint on another instance: every row exactly once', async () => {
    const rows = 50_000;
    const lines = ['date,region,amount'];
    // Distinct instants (one a minute) so every row is its own point.
    for (let i = 0; i < rows; i += 1) lines.push(`${new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString().slice(0, 16).replace('T', ' ')},LATAM,1`);
    const big = await createTestApp({ env: { ...ENV, IMPORT_MAX_BYTES: '10000000' }, replicaOf: app });
    // Only the instance that will be interrupted runs imports for now.
    await app.services.jobs.stop();
    const upload = await post(big, '/api/imports', key, lines.join('\n'), { ...MAPPING, timestamp: { column: 'date', format: 'YYYY-MM-DD HH:mm', timeZone: 'UTC' } });
    expect(upload.status).toBe(202);
    await waitFor(async () => ((await big.services.imports.find(upload.body.id))?.rowsDone ?? 0) > 0, 60_000);
    await big.services.jobs.stop(1000);
    await big.close();
    const interrupted = (await app.services.imports.find(upload.body.id))!;
    expect(interrupted.rowsDone).toBeLessThan(rows);
    await app.services.jobs.start();
    const run = await finished(app, upload.body.id, key);
    expect(run).toMatchObject({ state: 'COMPLETED', rowsDone: rows, rowsWritten: rows, rowsRejected: 0 });
    const [latam] = await runSql(app.db, sql<{ count: string; sum: number }>`
      SELECT count(*) AS count, sum(o.value) AS sum FROM observation o JOIN series s ON s.id = o.series_id WHERE o.source = ${`import:${run.id}`}`);
    expect({ count: Number(latam.count), sum: latam.sum }).toEqual({ count: rows, sum: rows });
  });

  it('fails an import whose quoting never closes, naming the line, and writes no row of the broken batch', async () => {
    const upload = await post(app, '/api/imports', key, 'date,region,amount\n2026-01-01,EMEA,1\n2026-01-02,"EMEA,2\n2026-01-03,EMEA,3\n');
    expect(upload.status).toBe(202);
    const run = await finished(app, upload.body.id, key);
    expect(run).toMatchObject({ state: 'FAILED', rowsWritten: 0, errorCode: 'CSV_MALFORMED', errorParams: { line: 4, detail: 'Quote Not Closed: the parsing is finished with an opening quote at line 4' },
      error: 'the CSV cannot be read past line 4: Quote Not Closed: the parsing is finished with an opening quote at line 4' });
  });

  it('stores why an import failed part-way through the file as a code and params, beside the English message', async () => {
    const large = await createTestApp({ env: { ...ENV, IMPORT_MAX_BYTES: '10000000' }, replicaOf: app });
    try {
      // The header and a first stored chunk (1 MiB) of good UTF-8 pass at upload; a byte that is not UTF-8 comes after it.
      const file = Buffer.concat([
        Buffer.from(`date,region,amount\n2026-05-01,EMEA,1\n2026-05-02,${'A'.repeat(1_200_000)},1\n2026-05-03,M`),
        Uint8Array.from([0xe1]),
        Buffer.from('laga,1\n'),
      ]);
      const upload = await post(large, '/api/imports', key, file);
      expect(upload.status).toBe(202);
      const run = await finished(large, upload.body.id, key);
      expect(run).toMatchObject({ state: 'FAILED', error: 'the file is not UTF-8 text: save it as CSV UTF-8', errorCode: 'NOT_UTF8', errorParams: {} });
      const [stored] = await runSql(app.db, sql<{ error_code: string | null; error_params: unknown }>`SELECT error_code, error_params FROM import_run WHERE id = ${run.id}`);
      expect(stored).toEqual({ error_code: 'NOT_UTF8', error_params: {} });
      const admin = await app.signIn('ADMIN');
      const listed = await app.gql('{ fileImports(first: 100) { id state error errorCode errorParams } }', undefined, admin);
      expect(listed.data.fileImports.find((item: { id: string }) => item.id === run.id)).toEqual({
        id: run.id, state: 'FAILED', error: 'the file is not UTF-8 text: save it as CSV UTF-8', errorCode: 'NOT_UTF8', errorParams: {},
      });
    } finally {
      await large.close();
    }
  });
});
