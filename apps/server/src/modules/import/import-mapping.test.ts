import { sql } from 'kysely';
import { runSql } from '../../database/sql';
import { createTestApp, nextResults, subscription, type TestApp } from '../../testing/test-app';

const ENV = { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1' };
const FIELDS = 'id name createdByName mapping { metricKey metricColumn timestampColumn timestampFormat timeZone valueColumn dimensionColumns delimiter }';
const CREATE = `mutation ($name: String!, $mapping: ImportColumnMappingInput!) { createImportMapping(name: $name, mapping: $mapping) { ${FIELDS} } }`;
const MAPPING = { metricKey: 'finance.revenue', timestampColumn: 'date', timestampFormat: 'DD/MM/YYYY', timeZone: 'Europe/Madrid', valueColumn: 'amount', dimensionColumns: ['region'], delimiter: ';' };

describe('saved import mappings', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp({ env: ENV })));
  afterAll(() => app?.close());

  it('saves, lists and deletes a mapping, each change on the audit trail', async () => {
    const created = await app.gql(CREATE, { name: '  Monthly revenue  ', mapping: MAPPING });
    expect(created.errors).toBeUndefined();
    const saved = created.data.createImportMapping;
    expect(saved).toEqual({ id: expect.any(String), name: 'Monthly revenue', createdByName: expect.any(String), mapping: { ...MAPPING, metricColumn: null } });
    const byColumn = await app.gql(CREATE, { name: 'Mixed metrics', mapping: { ...MAPPING, metricKey: null, metricColumn: 'metric', delimiter: null } });
    expect(byColumn.data.createImportMapping.mapping).toMatchObject({ metricKey: null, metricColumn: 'metric', delimiter: ',' });

    const listed = await app.gql(`{ importMappings { name } }`);
    expect(listed.data.importMappings).toEqual([{ name: 'Mixed metrics' }, { name: 'Monthly revenue' }]);

    const deleted = await app.gql(`mutation ($id: ID!) { deleteImportMapping(id: $id) { name } }`, { id: saved.id });
    expect(deleted.data.deleteImportMapping).toEqual({ name: 'Monthly revenue' });
    expect((await app.gql(`{ importMappings { name } }`)).data.importMappings).toEqual([{ name: 'Mixed metrics' }]);

    const trail = await runSql(app.db, sql<{ action: string; object_label: string; before: { name: string } | null; after: { name: string } | null }>`
      SELECT action, object_label, before, after FROM audit_event WHERE object_id = ${saved.id} ORDER BY id`);
    expect(trail.map((e) => [e.action, e.object_label, e.before?.name ?? null, e.after?.name ?? null])).toEqual([
      ['CREATE', 'Monthly revenue', null, 'Monthly revenue'],
      ['DELETE', 'Monthly revenue', 'Monthly revenue', null],
    ]);
  });

  it('saves a leads mapping: its lead columns and createdAt layout come back as saved', async () => {
    const LEADS = 'kind leadColumns { field column } leadSignals { name column } timestampFormat timeZone delimiter';
    const create = `mutation ($name: String!, $mapping: ImportColumnMappingInput!) { createImportMapping(name: $name, mapping: $mapping) { name mapping { ${LEADS} } } }`;
    const leadColumns = [
      { field: 'channel', column: 'Source' }, { field: 'segment', column: 'Tier' }, { field: 'externalId', column: 'Lead ID' },
      { field: 'createdAt', column: 'Created' }, { field: 'region', column: 'Region' },
    ];
    const leadSignals = [{ name: 'pricing_page_views', column: 'Pricing views' }, { name: 'demo_requests', column: 'Demos' }];
    const answer = await app.gql(create, { name: 'CRM leads', mapping: { kind: 'LEADS', leadColumns, leadSignals, timestampFormat: 'DD/MM/YYYY', timeZone: 'Europe/Madrid', delimiter: ';' } });
    expect(answer.errors).toBeUndefined();
    // In the order of the lead fields, whatever the order sent.
    expect(answer.data.createImportMapping).toEqual({
      name: 'CRM leads',
      mapping: {
        kind: 'LEADS', timestampFormat: 'DD/MM/YYYY', timeZone: 'Europe/Madrid', delimiter: ';',
        leadColumns: [
          { field: 'externalId', column: 'Lead ID' }, { field: 'channel', column: 'Source' }, { field: 'region', column: 'Region' },
          { field: 'segment', column: 'Tier' }, { field: 'createdAt', column: 'Created' },
        ],
        // By name.
        leadSignals: [leadSignals[1], leadSignals[0]],
      },
    });
    const listed = await app.gql(`{ importMappings { name mapping { ${LEADS} } } }`);
    expect(listed.data.importMappings.find((m: { name: string }) => m.name === 'CRM leads')).toEqual(answer.data.createImportMapping);
    const observations = await app.gql(`{ importMappings { name mapping { kind leadColumns { field } } } }`);
    expect(observations.data.importMappings.find((m: { name: string }) => m.name === 'Mixed metrics').mapping).toEqual({ kind: 'OBSERVATIONS', leadColumns: [] });
  });

  const LEAD_COLUMNS = [{ field: 'externalId', column: 'id' }, { field: 'channel', column: 'c' }, { field: 'region', column: 'r' }, { field: 'segment', column: 's' }];

  it.each([
    ['a leads mapping without a segment column', { name: 'x', mapping: { kind: 'LEADS', leadColumns: LEAD_COLUMNS.slice(0, 3) } }, 'mapping.leadColumns.segment'],
    ['a field that is not a lead field', { name: 'x', mapping: { kind: 'LEADS', leadColumns: [...LEAD_COLUMNS, { field: 'revenue', column: 'x' }] } }, 'mapping.leadColumns.revenue'],
    ['a signal name a lead cannot have', { name: 'x', mapping: { kind: 'LEADS', leadColumns: LEAD_COLUMNS, leadSignals: [{ name: 'Pricing views', column: 'p' }] } }, 'mapping.leadSignals.Pricing views'],
    ['a createdAt column without its layout', { name: 'x', mapping: { kind: 'LEADS', leadColumns: [...LEAD_COLUMNS, { field: 'createdAt', column: 'd' }] } }, 'mapping.timestampFormat'],
    ['a guessed date format', { name: 'x', mapping: { ...MAPPING, timestampFormat: 'DD.MM.YY' } }, 'mapping.timestampFormat'],
    ['an unknown time zone', { name: 'x', mapping: { ...MAPPING, timeZone: 'Mars/Olympus' } }, 'mapping.timeZone'],
    ['both a metric and a metric column', { name: 'x', mapping: { ...MAPPING, metricColumn: 'metric' } }, 'mapping.metricKey'],
    ['an empty name', { name: '   ', mapping: MAPPING }, 'name'],
    ['a name taken in another case', { name: 'MIXED METRICS', mapping: MAPPING }, 'name'],
  ])('refuses %s, naming the field, and saves nothing', async (_case, variables, field) => {
    const before = (await app.gql(`{ importMappings { id } }`)).data.importMappings.length;
    const answer = await app.gql(CREATE, variables);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await app.gql(`{ importMappings { id } }`)).data.importMappings).toHaveLength(before);
  });

  it('is refused to whoever may not import', async () => {
    const executive = await app.signIn('EXECUTIVE');
    const reader = await app.apiKey(['READ']);
    for (const as of [executive, reader]) {
      expect((await app.gql(`{ importMappings { id } }`, {}, as)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(CREATE, { name: 'mine', mapping: MAPPING }, as)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(`{ fileImports { id } }`, {}, as)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('fileImportProgressed', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp({ env: ENV })));
  afterAll(() => app?.close());

  const upload = async (apiKey: string) => {
    const form = new FormData();
    form.append('mapping', JSON.stringify({ metric: { key: 'finance.revenue' }, timestamp: { column: 'date', format: 'YYYY-MM-DD', timeZone: 'UTC' }, value: { column: 'amount' }, dimensions: [] }));
    form.append('file', new Blob(['date,amount\n2026-05-01,4\n2026-05-02,x\n2026-05-03,6\n']), 'may.csv');
    const response = await fetch(`${app.url}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form });
    return (await response.json()) as { id: string };
  };
  const PROGRESS = `subscription ($id: ID!) { fileImportProgressed(id: $id) { id state rowsTotal rowsDone rowsWritten rowsRejected } }`;

  it('pushes an import\'s progress over a real WebSocket to its uploader until it completes, and to no one else', async () => {
    // GraphQL needs READ beside INGEST (an INGEST-only key may only write).
    const key = await app.apiKey(['READ', 'INGEST']);
    const other = await app.apiKey(['READ', 'INGEST']);
    // Queued, not yet run: the subscription is live before the first batch.
    await app.services.jobs.stop();
    const run = await upload(key.apiKey!);

    const stranger = subscription(app.wsClient(other), PROGRESS, { id: run.id });
    await expect(stranger.next()).rejects.toThrow(/FileImport .* not found/);

    const progress = subscription(app.wsClient(key), PROGRESS, { id: run.id });
    // The import as it stands comes first, before any batch runs.
    const first = await progress.next();
    expect(first.fileImportProgressed).toMatchObject({ id: run.id, state: 'QUEUED', rowsDone: 0 });

    await app.services.jobs.start();
    const done = await progress.next((value) => value.fileImportProgressed.state === 'COMPLETED', 60_000);
    expect(done.fileImportProgressed).toEqual({ id: run.id, state: 'COMPLETED', rowsTotal: 3, rowsDone: 3, rowsWritten: 2, rowsRejected: 1 });
    progress.dispose();

    const history = await app.gql(`{ fileImports { id fileName state rowsWritten rowsRejected } }`, {}, key);
    expect(history.data.fileImports).toEqual([{ id: run.id, fileName: 'may.csv', state: 'COMPLETED', rowsWritten: 2, rowsRejected: 1 }]);
    expect((await app.gql(`{ fileImports { id } }`, {}, other)).data.fileImports).toEqual([]);

    // A page that subscribes only after the import has finished is told at once that it has.
    const late = await nextResults(app.wsClient(key), PROGRESS, { id: run.id }, 1);
    expect(late[0].fileImportProgressed).toEqual(done.fileImportProgressed);
  });
});
