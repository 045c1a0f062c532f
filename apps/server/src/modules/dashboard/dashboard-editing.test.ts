import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, nextResults, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import { JANUARY_FUNNEL, WIDGET_RANGE, dataWidgets, widgetFixtures } from '../../testing/widget-fixtures';

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
      format: 'opshub.dashboard', version: 1, title: 'Portable', description: 'For git', sharedWith: [],
      widgets: [
        { id: 'a', type: 'KPI', title: '', metricKeys: [sales], dimension: null, text: null, goalId: null, workflows: null, range: null, compare: null, x: 0, y: 0, w: 3, h: 3 },
        { id: 'n', type: 'TEXT', title: '', metricKeys: [], dimension: null, text: '# Notes', goalId: null, workflows: null, range: null, compare: null, x: 0, y: 6, w: 6, h: 2 },
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

describe('funnel, SLA breach and goal widgets', () => {
  const DATA = `query ($slug: ID!) { dashboard(slug: $slug) { widgets { id type goalId range { preset from to }
    funnel { period { from to } total { stages { status entered conversion } } }
    slaBreaches { dueAt policy { key } lead { id region email } }
    goal { id name progress { at expected actual status } } } } }`;
  let fixture: Awaited<ReturnType<typeof widgetFixtures>>;
  beforeAll(async () => {
    fixture = await widgetFixtures(app);
  });

  it('shows the January funnel, its one breach and the goal as worked out by hand, to a reader of lead records', async () => {
    const made = await create(salesHead, { title: 'RevOps wall', widgets: dataWidgets(fixture.goalId) }, 'SALES');
    const { data, errors } = await app.gql(DATA, { slug: made.slug }, salesHead);
    expect(errors).toBeUndefined();
    const [funnel, breaches, goal] = data.dashboard.widgets;
    expect(funnel.range).toEqual({ preset: null, ...WIDGET_RANGE });
    expect(funnel.funnel.period).toEqual(WIDGET_RANGE);
    expect(funnel.funnel.total.stages.slice(0, 5).map((s: any) => [s.status, s.entered, s.conversion])).toEqual(JANUARY_FUNNEL);
    expect(funnel.slaBreaches).toBeNull();
    expect(breaches.slaBreaches).toEqual([{ dueAt: '2026-01-14T14:05:00.000Z', policy: { key: 'new_lead_processing' }, lead: { id: fixture.breachedLead, region: 'NORTH', email: null } }]);
    expect(breaches.funnel).toBeNull();
    expect(goal).toMatchObject({ goalId: fixture.goalId, goal: { id: fixture.goalId, name: 'Pipeline stock', progress: { at: '2026-03-11T00:00:00.000Z', expected: 200, actual: 100, status: 'BEHIND' } } });
  });

  it('keeps lead records from whoever opens the dashboard without reading them', async () => {
    // An OPERATIONS dashboard an executive fills: the operations head opens it, but reads no lead records nor the SALES goal.
    const made = await create(executive, { title: 'Ops and sales', widgets: dataWidgets(fixture.goalId) }, 'OPERATIONS');
    const opsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
    const { data, errors } = await app.gql(DATA, { slug: made.slug }, opsHead);
    expect(errors).toBeUndefined();
    expect(data.dashboard.widgets.map((w: any) => [w.id, w.funnel, w.slaBreaches, w.goal])).toEqual([
      ['funnel', null, null, null], ['breaches', null, null, null], ['goal', null, null, null],
    ]);
    // Nor may they place those widgets themselves.
    const refused = await app.gql(CREATE, { input: { title: 'Peek', widgets: dataWidgets(fixture.goalId) } }, opsHead);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.widgets[0].type' });
    const goalOnly = await app.gql(CREATE, { input: { title: 'Peek', widgets: [dataWidgets(fixture.goalId)[2]] } }, opsHead);
    expect(goalOnly.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.widgets[0].goalId' });
  });

  it.each([
    ['a goal that does not exist', { id: 'g', type: 'GOAL_PROGRESS', goalId: '00000000-0000-0000-0000-000000000000', x: 0, y: 0, w: 4, h: 4 }, 'input.widgets[0].goalId'],
    ['a goal progress without a goal', { id: 'g', type: 'GOAL_PROGRESS', x: 0, y: 0, w: 4, h: 4 }, 'input.widgets[0].goalId'],
    ['a funnel with a metric', { id: 'f', type: 'FUNNEL', metricKeys: ['x'], x: 0, y: 0, w: 4, h: 4 }, 'input.widgets[0].metricKeys'],
    ['dates backwards', { ...kpi('k', 'x'), range: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'input.widgets[0].range.to'],
  ])('refuses %s, naming widget and field, and writes nothing', async (_name, widget, field) => {
    const input = { title: 'x', widgets: [widget.type === 'KPI' ? { ...widget, metricKeys: [sales] } : widget] };
    const before = (await app.db.query('SELECT count(*)::int AS n FROM dashboard'))[0].n;
    const response = await app.gql(CREATE, { input }, salesHead);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await app.db.query('SELECT count(*)::int AS n FROM dashboard'))[0].n).toBe(before);
  });

  it('exports the new widgets and their period, and an import checks the goal', async () => {
    const made = await create(salesHead, { title: 'Portable RevOps', widgets: dataWidgets(fixture.goalId) }, 'SALES');
    const exported = await app.gql('query ($slug: ID!) { dashboardExport(slug: $slug) }', { slug: made.slug }, salesHead);
    const document = JSON.parse(exported.data.dashboardExport);
    expect(document.widgets.map((w: any) => [w.type, w.goalId, w.range])).toEqual([
      ['FUNNEL', null, WIDGET_RANGE], ['SLA_BREACHES', null, WIDGET_RANGE], ['GOAL_PROGRESS', fixture.goalId, null],
    ]);
    document.widgets[2].goalId = '00000000-0000-0000-0000-000000000000';
    const refused = await app.gql('mutation ($document: String!) { importDashboard(document: $document) { slug } }', { document: JSON.stringify(document) }, salesHead);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'widgets[2].goalId' });
  });
});

describe("a widget's own period", () => {
  it('computes its KPIs over its own range and comparison, and follows them live over that period', async () => {
    const metric = await createMetric(app, { department: 'SALES' });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // SUM: the last 7 days hold 2 (1 day ago); the last 30 days 2 + 5 (20 days ago); the 7 days before the last 7 hold 4 (10 days ago).
    await record(app, [{ metricKey: metric, value: 2, at: day(1) }, { metricKey: metric, value: 5, at: day(20) }, { metricKey: metric, value: 4, at: day(10) }]);
    const made = await create(salesHead, {
      title: 'Two periods',
      widgets: [kpi('month', metric), { ...kpi('week', metric, 3), range: { preset: 'LAST_7_DAYS' } }],
    }, 'SALES');
    const { data } = await app.gql(`query ($slug: ID!) { dashboard(slug: $slug, range: { preset: LAST_30_DAYS }) {
      kpis { value } widgets { id range { preset } compare kpis { value comparisonValue } } } }`, { slug: made.slug }, salesHead);
    expect(data.dashboard.kpis).toEqual([{ value: 11 }]);
    expect(data.dashboard.widgets).toEqual([
      { id: 'month', range: null, compare: null, kpis: null },
      { id: 'week', range: { preset: 'LAST_7_DAYS' }, compare: null, kpis: [{ value: 2, comparisonValue: 4 }] },
    ]);

    const live = nextResults(app.wsClient(salesHead), 'subscription ($d: ID, $w: ID) { kpiUpdated(dashboard: $d, widget: $w) { value } }', { d: made.slug, w: 'week' }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: metric, value: 3, at: new Date().toISOString() }]);
    // Over the widget's 7 days: 2 + 3, not the dashboard's 30 (14).
    expect((await live)[0].kpiUpdated.value).toBe(5);
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });
});
