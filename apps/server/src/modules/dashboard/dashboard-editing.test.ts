import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, nextResults, waitFor, type Credentials, type TestApp } from '../../testing/test-app';

const SUMMARY = 'slug department personal version canEdit updatedBy title description widgets { id type title metricKeys dimension text x y w h }';
const CREATE = `mutation ($input: DashboardInput!, $department: Department) { createDashboard(input: $input, department: $department) { ${SUMMARY} } }`;
const UPDATE = `mutation ($slug: ID!, $base: Int!, $input: DashboardInput!) { updateDashboard(slug: $slug, baseVersion: $base, input: $input) { ${SUMMARY} } }`;
const VERSIONS = 'query ($slug: ID!) { dashboardVersions(slug: $slug) { version summary createdBy widgetCount } }';

let app: TestApp;
let sales: string;
let ops: string;
let salesHead: Credentials & { userId: string };
let viewer: Credentials & { userId: string };
let executive: Credentials & { userId: string };

beforeAll(async () => {
  app = await createTestApp({ env: { LIVE_TICK_MS: '100', RATE_LIMIT_PER_MINUTE: '0' } });
  sales = await createMetric(app, { department: 'SALES' });
  ops = await createMetric(app, { department: 'OPERATIONS' });
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  viewer = await app.signIn('VIEWER', ['SALES']);
  executive = await app.signIn('EXECUTIVE');
});
afterAll(() => app.close());

const kpi = (id: string, metricKey: string, x = 0, y = 0) => ({ id, type: 'KPI', metricKeys: [metricKey], x, y, w: 3, h: 3 });
const note = (id: string, text: string) => ({ id, type: 'TEXT', text, x: 0, y: 6, w: 6, h: 2 });
const scorecard = (id: string, title: string, metricKeys: string[]) => ({ id, type: 'SCORECARD', title, metricKeys, x: 3, y: 0, w: 9, h: 6 });

async function create(as: Credentials, input: Record<string, unknown>, department: string | null = null) {
  const response = await app.gql(CREATE, { input, department }, as);
  expect(response.errors).toBeUndefined();
  return response.data.createDashboard;
}

describe('the seeded dashboards as widgets', () => {
  it('has each seeded section as a full-width KPI group, in order, at version 1', async () => {
    const { data } = await app.gql(`{ dashboard(slug: "sales") { version personal department widgets { id type x y w h metricKeys } sections { key metricKeys } } }`);
    const { widgets, sections } = data.dashboard;
    expect(data.dashboard).toMatchObject({ version: 1, personal: false, department: 'SALES' });
    expect(widgets.map((w: { id: string }) => w.id)).toEqual(['operations', 'performance']);
    // 5 cards: a title row and one line of cards (1 + 3); then 3 cards at y = 4.
    expect(widgets.map(({ type, x, y, w, h }: Record<string, unknown>) => ({ type, x, y, w, h }))).toEqual([
      { type: 'KPI_GROUP', x: 0, y: 0, w: 12, h: 4 },
      { type: 'KPI_GROUP', x: 0, y: 4, w: 12, h: 4 },
    ]);
    expect(sections.map((s: { key: string }) => s.key)).toEqual(['operations', 'performance']);
    expect(sections[0].metricKeys).toEqual(widgets[0].metricKeys);
    const versions = await app.gql(VERSIONS, { slug: 'sales' });
    expect(versions.data.dashboardVersions).toEqual([{ version: 1, summary: 'Created from the seeded layout', createdBy: 'system', widgetCount: 2 }]);
  });
});

describe('creating and editing', () => {
  it('creates a personal dashboard seen and edited only by its owner, and computes each widget\'s KPI once', async () => {
    await record(app, [{ metricKey: sales, value: 7, at: new Date(Date.now() - 86_400_000).toISOString() }]);
    const made = await create(viewer, { title: 'My week', widgets: [kpi('win', sales), scorecard('board', 'Pipeline', [sales]), note('n', '**Hello** <b>there</b>')] });
    expect(made).toMatchObject({ personal: true, department: null, version: 1, canEdit: true, title: 'My week' });
    expect(made.slug).toMatch(/^my-week-[0-9a-f]{6}$/);
    const mine = await app.gql(`query ($slug: ID!) { dashboard(slug: $slug) { kpis { metric { key } value } widgets { id text } } }`, { slug: made.slug }, viewer);
    expect(mine.data.dashboard.kpis).toEqual([{ metric: { key: sales }, value: 7 }]);
    expect(mine.data.dashboard.widgets[2].text).toBe('**Hello** <b>there</b>');
    const list = await app.gql('{ dashboards { slug personal } }', undefined, viewer);
    expect(list.data.dashboards.filter((d: { personal: boolean }) => d.personal).map((d: { slug: string }) => d.slug)).toEqual([made.slug]);
    // Someone else's personal dashboard does not exist for them, the ADMIN included.
    for (const other of [salesHead, app.admin]) {
      const theirs = await app.gql('query ($slug: ID!) { dashboard(slug: $slug) { slug } }', { slug: made.slug }, other);
      expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const listed = await app.gql('{ dashboards { slug } }', undefined, other);
      expect(listed.data.dashboards.map((d: { slug: string }) => d.slug)).not.toContain(made.slug);
      const deleted = await app.gql('mutation ($slug: ID!) { deleteDashboard(slug: $slug) }', { slug: made.slug }, other);
      expect(deleted.data.deleteDashboard).toBe(false);
    }
  });

  it('lets a department head make and edit their department\'s dashboards only', async () => {
    const made = await create(salesHead, { title: 'Sales floor', widgets: [kpi('a', sales)] }, 'SALES');
    expect(made).toMatchObject({ department: 'SALES', personal: false });
    const refused = await app.gql(CREATE, { input: { title: 'Ops', widgets: [] }, department: 'OPERATIONS' }, salesHead);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viewerEdit = await app.gql(UPDATE, { slug: made.slug, base: 1, input: { title: 'Mine now', widgets: [] } }, viewer);
    expect(viewerEdit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The sales viewer opens it (they read SALES) but may not change it.
    const seen = await app.gql('query ($slug: ID!) { dashboard(slug: $slug) { canEdit } }', { slug: made.slug }, viewer);
    expect(seen.data.dashboard.canEdit).toBe(false);
    const execEdit = await app.gql(UPDATE, { slug: made.slug, base: 1, input: { title: 'Sales floor', widgets: [kpi('a', sales, 3)] } }, executive);
    expect(execEdit.data.updateDashboard).toMatchObject({ version: 2, updatedBy: expect.any(String) });
  });

  it('refuses a metric the saver may not read, naming the widget', async () => {
    const response = await app.gql(CREATE, { input: { title: 'Peek', widgets: [kpi('a', sales), kpi('b', ops)] } }, salesHead);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.widgets[1].metricKeys[0]' });
    expect(response.data?.createDashboard).toBeUndefined();
  });

  it.each([
    [{ title: 'x', widgets: [kpi('a', 'no.such_metric')] }, 'input.widgets[0].metricKeys[0]'],
    [{ title: 'x', widgets: [note('a', 'one'), note('a', 'two')] }, 'input.widgets[1].id'],
    [{ title: 'x', widgets: [{ ...kpi('a', 'x'), metricKeys: undefined }, { id: 'c', type: 'BREAKDOWN', metricKeys: ['x'], x: 0, y: 0, w: 4, h: 4 }] }, 'input.widgets[0].metricKeys'],
    [{ title: 'x', widgets: [{ id: 'n', type: 'TEXT', text: 'hi', x: 8, y: 0, w: 6, h: 2 }] }, 'input.widgets[0].w'],
    [{ title: '', widgets: [] }, 'input.title'],
  ])('rejects bad input with its field (%#)', async (input, field) => {
    const response = await app.gql(CREATE, { input }, viewer);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('versions and conflicts', () => {
  it('keeps a version per save with a summary, refuses a stale save from a second editor, and restores', async () => {
    const made = await create(salesHead, { title: 'Review', widgets: [kpi('a', sales), kpi('b', sales, 3)] }, 'SALES');
    const editorA = salesHead;
    const editorB = executive;
    // Both editors open version 1.
    const first = await app.gql(UPDATE, {
      slug: made.slug, base: 1,
      input: { title: 'Review', widgets: [kpi('a', sales, 6), kpi('b', sales, 9), scorecard('s', 'Pipeline', [sales])].map((w) => w.id === 's' ? { ...w, y: 3 } : w) },
    }, editorA);
    expect(first.errors).toBeUndefined();
    expect(first.data.updateDashboard.version).toBe(2);
    const stale = await app.gql(UPDATE, { slug: made.slug, base: 1, input: { title: 'Review (B)', widgets: [] } }, editorB);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors?.[0].message).toMatch(/was saved by .* since you opened version 1; it is now version 2/);
    expect(stale.data?.updateDashboard).toBeUndefined();
    const now = await app.gql('query ($slug: ID!) { dashboard(slug: $slug) { title version widgets { id } } }', { slug: made.slug }, editorB);
    expect(now.data.dashboard).toEqual({ title: 'Review', version: 2, widgets: [{ id: 'a' }, { id: 'b' }, { id: 's' }] });

    const restored = await app.gql('mutation ($slug: ID!) { restoreDashboardVersion(slug: $slug, version: 1, baseVersion: 2) { version widgets { id x } } }', { slug: made.slug }, editorB);
    expect(restored.data.restoreDashboardVersion).toEqual({ version: 3, widgets: [{ id: 'a', x: 0 }, { id: 'b', x: 3 }] });
    const versions = await app.gql(VERSIONS, { slug: made.slug }, editorA);
    expect(versions.data.dashboardVersions.map((v: { version: number; summary: string; widgetCount: number }) => [v.version, v.summary, v.widgetCount])).toEqual([
      [3, "Restored version 1: Removed scorecard 'Pipeline'; moved 2 widgets", 2],
      [2, "Added scorecard 'Pipeline'; moved 2 widgets", 3],
      [1, 'Created', 2],
    ]);
    const audit = await app.db.query(`SELECT action, actor_name, (after->>'version')::int AS version FROM audit_event WHERE object_type = 'DASHBOARD' AND object_id = $1 ORDER BY id`, [made.slug]);
    expect(audit.map((row: { action: string; version: number }) => [row.action, row.version])).toEqual([['CREATE', 1], ['UPDATE', 2], ['UPDATE', 3]]);
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const made = await create(salesHead, { title: 'Race', widgets: [kpi('a', sales)] }, 'SALES');
    const save = (as: Credentials, title: string) => app.gql(UPDATE, { slug: made.slug, base: 1, input: { title, widgets: [kpi('a', sales)] } }, as);
    const results = await Promise.all([save(salesHead, 'From A'), save(executive, 'From B')]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM dashboard_version WHERE dashboard_slug = $1', [made.slug]);
    expect(n).toBe(2);
  });
});

describe('duplicate, delete, export and import', () => {
  it('duplicates a seeded dashboard into a personal one with its translations, and deletes it with its versions', async () => {
    const copy = await app.gql('mutation { duplicateDashboard(slug: "sales") { slug personal title version widgets { id title(locale: "es") } } }', undefined, viewer);
    const made = copy.data.duplicateDashboard;
    expect(made).toMatchObject({ personal: true, title: 'Sales (copy)', version: 1 });
    expect(made.widgets.map((w: { id: string }) => w.id)).toEqual(['operations', 'performance']);
    const gone = await app.gql('mutation ($slug: ID!) { deleteDashboard(slug: $slug) }', { slug: made.slug }, viewer);
    expect(gone.data.deleteDashboard).toBe(true);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM dashboard_version WHERE dashboard_slug = $1', [made.slug]);
    expect(n).toBe(0);
    const [event] = await app.db.query(`SELECT action FROM audit_event WHERE object_type = 'DASHBOARD' AND object_id = $1 ORDER BY id DESC LIMIT 1`, [made.slug]);
    expect(event.action).toBe('DELETE');
  });

  it('exports a dashboard as a versioned JSON document that imports to the same dashboard', async () => {
    const made = await create(viewer, { title: 'Portable', description: 'For git', widgets: [kpi('a', sales), note('n', '# Notes')] });
    const exported = await app.gql('query ($slug: ID!) { dashboardExport(slug: $slug) }', { slug: made.slug }, viewer);
    const document = JSON.parse(exported.data.dashboardExport);
    expect(document).toEqual({
      format: 'opshub.dashboard', version: 1, title: 'Portable', description: 'For git',
      widgets: [
        { id: 'a', type: 'KPI', title: '', metricKeys: [sales], dimension: null, text: null, x: 0, y: 0, w: 3, h: 3 },
        { id: 'n', type: 'TEXT', title: '', metricKeys: [], dimension: null, text: '# Notes', x: 0, y: 6, w: 6, h: 2 },
      ],
    });
    const imported = await app.gql(`mutation ($document: String!) { importDashboard(document: $document) { ${SUMMARY} } }`, { document: exported.data.dashboardExport }, viewer);
    expect(imported.data.importDashboard.slug).not.toBe(made.slug);
    expect(imported.data.importDashboard.widgets).toEqual(made.widgets);
  });

  it.each([
    ['{', 'document'],
    ['{"format":"opshub.dashboard","version":9,"title":"x","widgets":[]}', 'version'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"KPI","metricKeys":["nope.gone"],"x":0,"y":0,"w":3,"h":3}]}', 'widgets[0].metricKeys[0]'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"TEXT","text":"t","x":0,"y":0,"w":3,"h":3},{"id":"b","type":"KPI","metricKeys":[],"x":0,"y":"0","w":3,"h":3}]}', 'widgets[1].y'],
  ])('rejects an import naming the field: %s', async (document, field) => {
    const before = (await app.db.query('SELECT count(*)::int AS n FROM dashboard'))[0].n;
    const response = await app.gql('mutation ($document: String!) { importDashboard(document: $document) { slug } }', { document }, viewer);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await app.db.query('SELECT count(*)::int AS n FROM dashboard'))[0].n).toBe(before);
  });
});

describe('the editor\'s preview of unsaved widgets', () => {
  it('computes several KPIs at once, in the order asked, for whoever reads each', async () => {
    const a = await createMetric(app, { department: 'SALES' });
    const b = await createMetric(app, { department: 'SALES' });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // SUM over the last 30 days: a = 2 + 5, b = 10.
    await record(app, [{ metricKey: a, value: 2, at: day(1) }, { metricKey: a, value: 5, at: day(2) }, { metricKey: b, value: 10, at: day(3) }]);
    const query = 'query ($keys: [ID!]!) { kpis(keys: $keys) { metric { key } value } }';
    const both = await app.gql(query, { keys: [b, a] }, salesHead);
    expect(both.data.kpis).toEqual([{ metric: { key: b }, value: 10 }, { metric: { key: a }, value: 7 }]);
    const refused = await app.gql(query, { keys: [a, ops] }, salesHead);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('live updates', () => {
  it('follows a custom dashboard by its id, with the widgets it has after an edit', async () => {
    const made = await create(salesHead, { title: 'Live', widgets: [kpi('a', sales)] }, 'SALES');
    const results = nextResults(app.wsClient(salesHead), 'subscription ($d: ID) { kpiUpdated(dashboard: $d) { metric { key } value } }', { d: made.slug }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: sales, value: 3, at: new Date().toISOString() }]);
    const [update] = await results;
    expect(update.kpiUpdated.metric.key).toBe(sales);
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });
});
