import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { runSql } from '../../database/sql';
import { importFinished, postImport, rejectedLines } from '../../testing/import-requests';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import type { ImportMapping } from './import-mapping';

const MAPPING: ImportMapping = {
  metric: { key: 'finance.revenue' },
  timestamp: { column: 'date', format: 'YYYY-MM-DD', timeZone: 'Europe/Madrid' },
  value: { column: 'amount' },
  dimensions: ['region'],
};

/** A spreadsheet date cell: the wall time the sheet shows (exceljs writes a Date's UTC fields). */
const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** An .xlsx built as a spreadsheet program saves it: real date cells (with a date format), numbers, text, a formula. */
async function workbook(rows: ExcelJS.CellValue[][], header = ['date', 'region', 'amount']): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Revenue');
  sheet.addRow(header);
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = cell.value.getUTCHours() === 0 && cell.value.getUTCMinutes() === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
    });
  }
  book.addWorksheet('Ignored').addRow(['date', 'region', 'amount']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const ROWS: ExcelJS.CellValue[][] = [
  [day(2026, 3, 1), 'EMEA', 10], // 1: a real date, a number
  ['2026-03-02', 'EMEA', '4.5'], // 2: a date and a number typed as text
  [day(2026, 3, 3, 14, 30), 'APAC', 2], // 3: a date cell with a time: 14:30 in Madrid
  ['03/04/2026', 'APAC', 5], // 4: text in another layout
  [day(2026, 3, 5), 'APAC', '=SUM(A1:A9)'], // 5: text that looks like a formula
  [],
  [46_086, 'EMEA', 1], // 6: a serial number without a date format is a number, not a date
  [day(2026, 3, 7), 'EMEA', 'abc'], // 7
  [day(2026, 3, 8), 'EMEA', { formula: 'C2*2', result: 20 }], // 8: a formula counts as its computed result
  [day(2026, 3, 9), 'EMEA', day(2026, 3, 9)], // 9: a date where a number belongs
  [day(2026, 3, 10), null, 1], // 10: no region
];

const ENV = { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1' };

describe('.xlsx import over HTTP', () => {
  let app: TestApp;
  let key: Credentials;

  beforeAll(async () => {
    app = await createTestApp({ env: ENV });
    key = await app.apiKey(['INGEST']);
  });
  afterAll(() => app?.close());

  it('reads the first worksheet, real dates and text dates alike, and rejects bad cells naming row and column', async () => {
    const upload = await postImport(app.url, '/api/imports', key, await workbook(ROWS), MAPPING, 'revenue.xlsx');
    expect(upload.status).toBe(202);
    const run = await importFinished(app.url, upload.body.id, key);
    expect(run).toMatchObject({ state: 'COMPLETED', rowsTotal: 10, rowsDone: 10, rowsWritten: 5, rowsRejected: 5, fileName: 'revenue.xlsx' });

    const points = await runSql(app.db, sql<{ at: Date; value: number; dimensions: Record<string, string> }>`
      SELECT o.at, o.value, s.dimensions FROM observation o JOIN series s ON s.id = o.series_id WHERE o.source = ${`import:${run.id}`} ORDER BY o.at`);
    // Midnight in Madrid is 23:00 UTC the day before (CET, +01:00); 14:30 is 13:30 UTC.
    expect(points.map((p) => [p.at.toISOString(), p.value, p.dimensions])).toEqual([
      ['2026-02-28T23:00:00.000Z', 10, { region: 'EMEA' }],
      ['2026-03-01T23:00:00.000Z', 4.5, { region: 'EMEA' }],
      ['2026-03-03T13:30:00.000Z', 2, { region: 'APAC' }],
      ['2026-03-07T23:00:00.000Z', 20, { region: 'EMEA' }],
      ['2026-03-09T23:00:00.000Z', 1, {}],
    ]);

    expect(await rejectedLines(app.url, run.id, key)).toEqual([
      'row,column,reason,cells',
      '4,date,"""03/04/2026"" is not a YYYY-MM-DD date",03/04/2026,APAC,5',
      "5,amount,\"\"\"=SUM(A1:A9)\"\" is not a number\",2026-03-05 00:00:00,APAC,'=SUM(A1:A9)",
      '6,date,"""46086"" is not a YYYY-MM-DD date",46086,EMEA,1',
      '7,amount,"""abc"" is not a number",2026-03-07 00:00:00,EMEA,abc',
      '9,amount,"2026-03-09 00:00:00 is a date, not a number",2026-03-09 00:00:00,EMEA,2026-03-09 00:00:00',
      '',
    ]);

    // The same workbook again overwrites the same points: nothing counted twice.
    const again = await postImport(app.url, '/api/imports', key, await workbook(ROWS), MAPPING, 'revenue.xlsx');
    expect((await importFinished(app.url, again.body.id, key)).rowsWritten).toBe(5);
    const [total] = await runSql(app.db, sql<{ count: string; sum: number }>`
      SELECT count(*) AS count, sum(o.value) AS sum FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = 'finance.revenue' AND o.source LIKE 'import:%'`);
    expect({ count: Number(total.count), sum: total.sum }).toEqual({ count: 5, sum: 37.5 });
  });

  it('previews a workbook, showing date cells as their wall time', async () => {
    const preview = await postImport(app.url, '/api/imports/preview', key, await workbook(ROWS.slice(0, 3)), MAPPING, 'revenue.xlsx');
    expect(preview).toEqual({
      status: 200,
      body: {
        header: ['date', 'region', 'amount'],
        rows: [
          { row: 1, cells: ['2026-03-01 00:00:00', 'EMEA', '10'], ok: true, column: null, reason: null, code: null, params: null },
          { row: 2, cells: ['2026-03-02', 'EMEA', '4.5'], ok: true, column: null, reason: null, code: null, params: null },
          { row: 3, cells: ['2026-03-03 14:30:00', 'APAC', '2'], ok: true, column: null, reason: null, code: null, params: null },
        ],
      },
    });
  });

  it('answers the header row of a workbook, for the mapping form, only to whoever may import', async () => {
    const book = await workbook(ROWS, ['Date', ' Region ', 'Amount (€)']);
    expect(await postImport(app.url, '/api/imports/header', key, book, {}, 'revenue.xlsx')).toEqual({ status: 200, body: { header: ['Date', 'Region', 'Amount (€)'] } });
    expect(await postImport(app.url, '/api/imports/header', key, 'a;b\n1;2\n', { delimiter: ';' })).toEqual({ status: 200, body: { header: ['a', 'b'] } });
    expect(await postImport(app.url, '/api/imports/header', key, 'a;b\n', { delimiter: ':' })).toEqual({ status: 400, body: { error: 'mapping.delimiter must be one of , ; | or a tab', column: 'mapping.delimiter' } });
    const reader = await app.apiKey(['READ']);
    expect(await postImport(app.url, '/api/imports/header', reader, book, {}, 'revenue.xlsx')).toEqual({ status: 403, body: { error: 'importing needs the INGEST scope', code: 'NEEDS_INGEST', params: {} } });
  });

  it.each([
    [
      'a header without the mapped column', () => workbook([[day(2026, 1, 1), 'EMEA', 1]], ['date', 'region', 'total']), 'the mapping reads column "amount", which the header does not have', 'amount',
      { code: 'HEADER_MISSING_COLUMN', params: { column: 'amount' } },
    ],
    ['a workbook with an empty first sheet', () => workbook([], ['', '', '']), 'the file is empty: it has no header row', undefined, { code: 'NO_HEADER', params: {} }],
    [
      'a ZIP that is not a workbook', async () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('not really a zip archive')]),
      expect.stringMatching(/^the file is not a readable \.xlsx workbook \(.+\)$/), undefined, { code: 'NOT_A_WORKBOOK', params: { detail: expect.any(String) } },
    ],
  ])('refuses %s, storing nothing', async (_name, file, error, column, coded) => {
    const answer = await postImport(app.url, '/api/imports', key, await file(), MAPPING, 'book.xlsx');
    expect(answer).toEqual({ status: 400, body: { error, ...(column ? { column } : {}), ...coded } });
    const [left] = await runSql(app.db, sql<{ n: string }>`SELECT count(*) AS n FROM import_run WHERE state = 'UPLOADING'`);
    expect(Number(left.n)).toBe(0);
  });

  it('continues an interrupted workbook import from its checkpoint on another instance: every row exactly once', async () => {
    const rows = 60_000;
    // One date cell a minute from 2025-01-01 00:00 (Madrid), amounts 1 to 10 in turn.
    const file = await workbook(Array.from({ length: rows }, (_, i) => [day(2025, 1, 1, 0, i), 'LATAM', (i % 10) + 1]));
    const big = await createTestApp({ env: { ...ENV, IMPORT_MAX_BYTES: '10000000' }, replicaOf: app });
    // Only the instance that will be interrupted runs imports for now.
    await app.services.jobs.stop();
    const upload = await postImport(big.url, '/api/imports', key, file, MAPPING, 'minutes.xlsx');
    expect(upload.status).toBe(202);
    await waitFor(async () => ((await big.services.imports.find(upload.body.id))?.rowsDone ?? 0) > 0, 60_000);
    await big.services.jobs.stop(1000);
    await big.close();
    expect((await app.services.imports.find(upload.body.id))!.rowsDone).toBeLessThan(rows);
    await app.services.jobs.start();
    const run = await importFinished(app.url, upload.body.id, key);
    expect(run).toMatchObject({ state: 'COMPLETED', rowsTotal: rows, rowsDone: rows, rowsWritten: rows, rowsRejected: 0 });
    const [written] = await runSql(app.db, sql<{ count: string; sum: number; first: Date; last: Date }>`
      SELECT count(*) AS count, sum(o.value) AS sum, min(o.at) AS first, max(o.at) AS last FROM observation o WHERE o.source = ${`import:${run.id}`}`);
    // 6,000 × (1 + … + 10); midnight in Madrid (CET) is 23:00 UTC; the last row is 41 days 15:59 later, 2025-02-11 15:59 in Madrid.
    expect({ count: Number(written.count), sum: written.sum, first: written.first.toISOString(), last: written.last.toISOString() })
      .toEqual({ count: rows, sum: 330_000, first: '2024-12-31T23:00:00.000Z', last: '2025-02-11T14:59:00.000Z' });
  });
});
