import { sql } from 'kysely';
import { runSql } from '../../database/sql';
import { importFinished, postImport, rejectedLines } from '../../testing/import-requests';
import { createTestApp, type Credentials, type TestApp } from '../../testing/test-app';
import type { LeadImportMapping } from './import-lead-mapping';

const MAPPING: LeadImportMapping = {
  kind: 'leads',
  columns: { externalId: 'Lead ID', channel: 'Source', region: 'Region', segment: 'Segment', company: 'Company', companySize: 'Employees', createdAt: 'Created' },
  createdAt: { format: 'YYYY-MM-DD HH:mm', timeZone: 'Europe/Madrid' },
  signals: { pricing_page_views: 'Pricing views' },
};

const FILE = [
  'Lead ID,Source,Region,Segment,Company,Employees,Created,Pricing views',
  'crm-1,paid_search,EMEA,SMB,Acme,12,2026-03-01 09:00,3',
  'crm-2,organic,NA,ENTERPRISE,Globex,5000,2026-03-02 10:30,',
  'crm-3,partner,EMEA,SMB,Initech,twelve,2026-03-03 08:00,1',
  'crm-4,,EMEA,SMB,Umbrella,3,2026-03-04 08:00,0',
  ',organic,EMEA,SMB,NoId,3,2026-03-04 08:00,0',
  'crm-1,organic,EMEA,SMB,Dup,1,2026-03-05 08:00,0',
  'crm-7,organic,EMEA,SMB,"=HYPERLINK(""x"")",2,2026-03-06 08:00,x',
  'crm-8,organic,EMEA,SMB,Future,2,2099-01-01 00:00,0',
  'crm-9,webinar,LATAM,MID_MARKET,Hooli,40,2026-03-07 12:00,2',
].join('\n');

async function leads(app: TestApp) {
  return runSql(app.db, sql<{ external_id: string; channel: string; region: string; segment: string; company: string; company_size: number; signals: Record<string, number>; created_at: Date }>`
    SELECT external_id, channel, region, segment, company, company_size, signals, created_at FROM lead WHERE external_id IS NOT NULL ORDER BY external_id`);
}

describe('CRM lead import from a file', () => {
  let app: TestApp;
  let key: Credentials;

  beforeAll(async () => {
    app = await createTestApp({ env: { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1' } });
    key = await app.apiKey(['INGEST']);
  });
  afterAll(() => app?.close());

  it('creates the good rows through the lead import, rejects the others naming row and column, and never creates a lead twice', async () => {
    const first = await postImport(app.url, '/api/imports', key, FILE, MAPPING, 'crm.csv');
    expect(first.status).toBe(202);
    const run = await importFinished(app.url, first.body.id, key);
    expect(run).toMatchObject({ state: 'COMPLETED', rowsTotal: 9, rowsDone: 9, rowsWritten: 3, rowsRejected: 6 });

    const expected = [
      // 09:00 in Madrid is 08:00 UTC (CET, +01:00).
      { external_id: 'crm-1', channel: 'paid_search', region: 'EMEA', segment: 'SMB', company: 'Acme', company_size: 12, signals: { pricing_page_views: 3 }, created_at: new Date('2026-03-01T08:00:00Z') },
      { external_id: 'crm-2', channel: 'organic', region: 'NA', segment: 'ENTERPRISE', company: 'Globex', company_size: 5000, signals: {}, created_at: new Date('2026-03-02T09:30:00Z') },
      { external_id: 'crm-9', channel: 'webinar', region: 'LATAM', segment: 'MID_MARKET', company: 'Hooli', company_size: 40, signals: { pricing_page_views: 2 }, created_at: new Date('2026-03-07T11:00:00Z') },
    ];
    expect(await leads(app)).toEqual(expected);
    // Each lead's journey starts with its creation by this import.
    const created = await runSql(app.db, sql<{ actor: string }>`SELECT DISTINCT e.actor FROM lead_event e WHERE e.kind = 'CREATED'`);
    expect(created).toEqual([{ actor: `import:${run.id}` }]);

    expect(await rejectedLines(app.url, run.id, key)).toEqual([
      'row,column,reason,cells',
      '3,Employees,"""twelve"" is not a whole number of employees",crm-3,partner,EMEA,SMB,Initech,twelve,2026-03-03 08:00,1',
      '4,Source,has no channel,crm-4,,EMEA,SMB,Umbrella,3,2026-03-04 08:00,0',
      '5,Lead ID,has no externalId,,organic,EMEA,SMB,NoId,3,2026-03-04 08:00,0',
      '6,Lead ID,"repeats the externalId ""crm-1"" of row 1",crm-1,organic,EMEA,SMB,Dup,1,2026-03-05 08:00,0',
      // The formula is never run, and stays inert when the export is opened in a spreadsheet.
      `7,Pricing views,"""x"" is not a count (a whole number ≥ 0)",crm-7,organic,EMEA,SMB,"'=HYPERLINK(""x"")",2,2026-03-06 08:00,x`,
      '8,Created,createdAt lies in the future (2098-12-31T23:00:00.000Z),crm-8,organic,EMEA,SMB,Future,2,2099-01-01 00:00,0',
      '',
    ]);

    // The same file again: the three leads are found by their externalId, none is created twice.
    const again = await postImport(app.url, '/api/imports', key, FILE, MAPPING, 'crm.csv');
    expect(await importFinished(app.url, again.body.id, key)).toMatchObject({ state: 'COMPLETED', rowsWritten: 3, rowsRejected: 6 });
    expect(await leads(app)).toEqual(expected);
    const [events] = await runSql(app.db, sql<{ n: string }>`SELECT count(*) AS n FROM lead_event WHERE kind = 'CREATED'`);
    expect(Number(events.n)).toBe(3);
  });

  it('previews lead rows with each one\'s result, writing nothing', async () => {
    const before = await leads(app);
    const preview = await postImport(app.url, '/api/imports/preview', key, FILE.split('\n').slice(0, 4).join('\n'), MAPPING, 'crm.csv');
    expect(preview.status).toBe(200);
    type Row = { row: number; ok: boolean; column: string | null; reason: string | null; code: string | null; params: object | null };
    expect(preview.body.rows.map((r: Row) => [r.row, r.ok, r.column, r.reason, r.code, r.params])).toEqual([
      [1, true, null, null, null, null],
      [2, true, null, null, null, null],
      [3, false, 'Employees', '"twelve" is not a whole number of employees', 'NOT_EMPLOYEE_COUNT', { value: 'twelve' }],
    ]);
    expect(await leads(app)).toEqual(before);
  });

  it.each([
    ['a mapping without a segment column', FILE, { ...MAPPING, columns: { ...MAPPING.columns, segment: undefined } }, 'mapping.columns.segment must be a non-empty string', 'mapping.columns.segment', {}],
    ['an unknown lead field', FILE, { ...MAPPING, columns: { ...MAPPING.columns, score: 'Score' } }, 'mapping.columns.score is not a lead field (externalId, name, email, company, channel, campaign, region, segment, companySize, createdAt, ownerKey)', 'mapping.columns.score', {}],
    ['a createdAt column without its layout', FILE, { ...MAPPING, createdAt: undefined }, 'mapping.createdAt needs format and timeZone to read the createdAt column', 'mapping.createdAt', {}],
    [
      'a header without a mapped column', FILE.replace('Pricing views', 'Pricing'), MAPPING, 'the mapping reads column "Pricing views", which the header does not have', 'Pricing views',
      { code: 'HEADER_MISSING_COLUMN', params: { column: 'Pricing views' } },
    ],
  ])('refuses %s, storing nothing', async (_name, file, mapping, error, column, coded) => {
    const answer = await postImport(app.url, '/api/imports', key, file, mapping, 'crm.csv');
    expect(answer).toEqual({ status: 400, body: { error, column, ...coded } });
    const [left] = await runSql(app.db, sql<{ n: string }>`SELECT count(*) AS n FROM import_run WHERE state = 'UPLOADING'`);
    expect(Number(left.n)).toBe(0);
  });

  it('refuses a lead file from a key that may not write leads', async () => {
    const finance = await app.apiKey(['INGEST'], 'FINANCE');
    expect(await postImport(app.url, '/api/imports', finance, FILE, MAPPING, 'crm.csv')).toEqual({ status: 400, body: { error: 'importing leads needs write access to SALES or MARKETING leads', code: 'NEEDS_LEAD_WRITE', params: {} } });
  });
});
