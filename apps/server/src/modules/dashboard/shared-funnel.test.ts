import type { Client as WsClient } from 'graphql-ws';
import { record } from '../../testing/fixtures';
import { createLead } from '../../testing/lead-fixtures';
import { createTestApp, subscription, waitFor, type Credentials, type GqlResponse, type TestApp } from '../../testing/test-app';

/**
 * Seed 003's shared funnel: the Smarketing dashboard (`marketing`) and the funnel's metrics are MARKETING's, shared
 * with SALES. Both heads read them as their own and share their objectives; the customer-success head is refused.
 */

const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const DASHBOARD = `query ($range: RangeInput) { dashboard(slug: "marketing", range: $range) { slug department sharedWith canEdit kpis { value metric { key } } } }`;
const KPI = `query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value } }`;
const UPDATE = 'mutation ($slug: ID!, $base: Int!, $input: DashboardInput!) { updateDashboard(slug: $slug, baseVersion: $base, input: $input) { version sharedWith } }';
const LIVE = `subscription ($range: RangeInput) { kpiUpdated(dashboard: "marketing", range: $range) { value metric { key } } }`;

let app: TestApp;
let salesHead: Credentials;
let marketingHead: Credentials;
let csHead: Credentials;

function ok<T = any>(response: GqlResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

const cardValue = (dashboard: { kpis: Array<{ value: number | null; metric: { key: string } }> }, key: string) => dashboard.kpis.find((kpi) => kpi.metric.key === key)?.value;

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'UTC', LIVE_TICK_MS: '50' } });
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  marketingHead = await app.signIn('DEPARTMENT_HEAD', ['MARKETING']);
  csHead = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
  // Three leads and 900 of spend in January: cost per lead 900 / 3 = 300.
  for (let i = 0; i < 3; i++) await createLead(app, { createdAt: `2026-01-1${i}T10:00:00Z` });
  await record(app, [{ metricKey: 'marketing.spend', value: 900, at: '2026-01-15T00:00:00Z', dimensions: { channel: 'paid_search', campaign: 'q1', region: 'NA' } }]);
});
afterAll(() => app.close());

it('the shared funnel read by the sales head and the marketing head and refused to the customer-success head', async () => {
  for (const head of [salesHead, marketingHead]) {
    const { dashboard } = ok(await app.gql(DASHBOARD, { range: RANGE }, head));
    expect(dashboard).toMatchObject({ slug: 'marketing', department: 'MARKETING', sharedWith: ['SALES'], canEdit: true });
    expect(cardValue(dashboard, 'marketing.cost_per_lead')).toBe(300);
    // Its KPIs one by one, and the records behind them: the funnel is theirs in full.
    expect(ok(await app.gql(KPI, { key: 'marketing.leads', range: RANGE }, head)).kpi.value).toBe(3);
    expect(ok(await app.gql(KPI, { key: 'marketing.cost_per_lead', range: RANGE }, head)).kpi.value).toBe(300);
    const records = ok(await app.gql(`query ($range: RangeInput) { observations(key: "marketing.spend", range: $range) { totalCount } }`, { range: RANGE }, head));
    expect(records.observations.totalCount).toBe(1);
    expect(ok(await app.gql('{ dashboards { slug } }', {}, head)).dashboards.map((d: { slug: string }) => d.slug)).toContain('marketing');
  }

  const refused = await app.gql(DASHBOARD, { range: RANGE }, csHead);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', dashboard: 'marketing' });
  expect(refused.data).toBeUndefined();
  expect((await app.gql(KPI, { key: 'marketing.cost_per_lead', range: RANGE }, csHead)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', metricKey: 'marketing.cost_per_lead' });
  expect(ok(await app.gql('{ dashboards { slug } }', {}, csHead)).dashboards.map((d: { slug: string }) => d.slug)).not.toContain('marketing');
});

it('shares every metric of the Smarketing dashboard, and every metric they are computed from, between SALES and MARKETING', async () => {
  const { metrics } = ok(await app.gql('{ metrics { key department sharedWith inputs } }'));
  const byKey = new Map<string, { department: string; sharedWith: string[]; inputs: string[] }>(metrics.map((m: { key: string }) => [m.key, m]));
  const { dashboard } = ok(await app.gql('{ dashboard(slug: "marketing") { kpis { metric { key } } } }'));
  const funnel = new Set<string>();
  const visit = (key: string) => {
    if (funnel.has(key)) return;
    funnel.add(key);
    byKey.get(key)!.inputs.forEach(visit);
  };
  dashboard.kpis.forEach((kpi: { metric: { key: string } }) => visit(kpi.metric.key));
  expect(funnel.size).toBe(19);
  for (const key of funnel) {
    const { department, sharedWith } = byKey.get(key)!;
    expect([department, ...sharedWith].sort()).toEqual(['MARKETING', 'SALES']);
  }
});

it('pushes the shared funnel live to both heads and refuses the customer-success head on the WebSocket', async () => {
  const clients: WsClient[] = [salesHead, marketingHead, csHead].map((head) => app.wsClient(head));
  const refusal = await new Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>((resolve) => {
    const dispose = clients[2].subscribe({ query: LIVE, variables: { range: RANGE } }, {
      next: (value) => { dispose(); resolve(value as never); }, error: (error) => resolve({ errors: error as never }), complete: () => undefined,
    });
  });
  expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', dashboard: 'marketing' });

  const updates = clients.slice(0, 2).map((client) => subscription(client, LIVE, { range: RANGE }));
  await waitFor(() => app.services.live.subscriberCount() === 2);
  // 900 + 300 of spend over the same 3 leads: 400 a lead.
  await record(app, [{ metricKey: 'marketing.spend', value: 300, at: '2026-01-16T00:00:00Z', dimensions: { channel: 'paid_search', campaign: 'q1', region: 'NA' } }]);
  for (const live of updates) {
    const pushed = await live.next((u) => u.kpiUpdated.metric.key === 'marketing.cost_per_lead' && u.kpiUpdated.value === 400);
    expect(pushed.kpiUpdated.value).toBe(400);
    live.dispose();
  }
  await waitFor(() => app.services.live.subscriberCount() === 0);
});

it('shares the objectives: both heads set and change the funnel goals, the customer-success head may not', async () => {
  const SET_GOAL = `mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`;
  const goal = (extra: Record<string, unknown> = {}) => ({
    name: 'Lead SLA', metricKey: 'marketing.sla_attainment', shape: 'LINEAR', startValue: 0.9, startAt: '2026-01-01T00:00:00Z', endValue: 0.95, endAt: '2026-12-31T00:00:00Z', ...extra,
  });
  const id = ok(await app.gql(SET_GOAL, { input: goal() }, salesHead)).setGoal.id;
  expect(ok(await app.gql(SET_GOAL, { input: goal({ id, endValue: 0.97 }) }, marketingHead)).setGoal.id).toBe(id);
  const refused = await app.gql(SET_GOAL, { input: goal({ id, endValue: 0.5 }) }, csHead);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', department: 'MARKETING' });
  const editable = async (as: Credentials) => ok(await app.gql(`query ($id: ID!) { goal(id: $id) { editable endValue } }`, { id }, as)).goal;
  expect(await editable(salesHead)).toEqual({ editable: true, endValue: 0.97 });
  expect(await editable(marketingHead)).toEqual({ editable: true, endValue: 0.97 });
  // A target on the shared funnel is theirs too.
  const target = { metricKey: 'sales.lead_response_time', kind: 'PLAN', value: 1, effectiveFrom: '2026-06-01T00:00:00Z' };
  expect(ok(await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, { input: target }, marketingHead)).setTarget.id).toBeTruthy();
  expect((await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, { input: target }, csHead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // And so is marking an event on the funnel's charts.
  const ANNOTATE = `mutation ($input: AnnotationInput!) { createAnnotation(input: $input) { id } }`;
  const annotation = { title: 'Webinar', at: '2026-01-20T00:00:00Z', metricKeys: ['marketing.mql'] };
  expect(ok(await app.gql(ANNOTATE, { input: annotation }, salesHead)).createAnnotation.id).toBeTruthy();
  expect((await app.gql(ANNOTATE, { input: annotation }, csHead)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', department: 'MARKETING' });
});

describe('whom a dashboard is shared with', () => {
  const version = async (slug: string) => (await app.db.query('SELECT version FROM dashboard WHERE slug = $1', [slug]))[0].version as number;
  const widgets = [{ id: 'n', type: 'TEXT', text: 'Funnel review', x: 0, y: 0, w: 6, h: 2 }];

  it('is changed by who edits the owning department, not by a head it is shared with, who still edits the widgets', async () => {
    const slug = ok(await app.gql('mutation ($input: DashboardInput!) { createDashboard(input: $input, department: MARKETING) { slug sharedWith } }',
      { input: { title: 'Pipeline review', widgets, sharedWith: ['SALES'] } }, marketingHead)).createDashboard.slug;
    const edited = ok(await app.gql(UPDATE, { slug, base: await version(slug), input: { title: 'Pipeline review (sales)', widgets } }, salesHead)).updateDashboard;
    expect(edited.sharedWith).toEqual(['SALES']);

    const widened = await app.gql(UPDATE, { slug, base: await version(slug), input: { title: 'Pipeline review', widgets, sharedWith: ['SALES', 'CUSTOMER_SUCCESS'] } }, salesHead);
    expect(widened.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.sharedWith' });
    // Naming the same departments is no change.
    expect(ok(await app.gql(UPDATE, { slug, base: await version(slug), input: { title: 'Pipeline review', widgets, sharedWith: ['SALES'] } }, salesHead)).updateDashboard.sharedWith).toEqual(['SALES']);

    const before = await version(slug);
    const added = ok(await app.gql(UPDATE, { slug, base: before, input: { title: 'Pipeline review', widgets, sharedWith: ['SALES', 'CUSTOMER_SUCCESS'] } }, marketingHead)).updateDashboard;
    expect(added.sharedWith).toEqual(['SALES', 'CUSTOMER_SUCCESS']);
    expect(ok(await app.gql(`query ($slug: ID!) { dashboard(slug: $slug) { slug } }`, { slug }, csHead)).dashboard.slug).toBe(slug);
    const versions = ok(await app.gql(`query ($slug: ID!) { dashboardVersions(slug: $slug) { version summary } }`, { slug }, marketingHead)).dashboardVersions;
    expect(versions[0]).toEqual({ version: before + 1, summary: 'Shared with CUSTOMER_SUCCESS, SALES' });

    // Restoring an earlier layout keeps whom it is shared with.
    const restored = ok(await app.gql(`mutation ($slug: ID!, $base: Int!) { restoreDashboardVersion(slug: $slug, version: 1, baseVersion: $base) { sharedWith } }`,
      { slug, base: await version(slug) }, marketingHead)).restoreDashboardVersion;
    expect(restored.sharedWith).toEqual(['SALES', 'CUSTOMER_SUCCESS']);
  });

  it.each<[string, string | null, string[], string]>([
    ['the owner itself', 'MARKETING', ['SALES', 'MARKETING'], 'input.sharedWith[1]'],
    ['a department twice', 'MARKETING', ['SALES', 'SALES'], 'input.sharedWith[1]'],
    ['any department, for a personal dashboard', null, ['SALES'], 'input.sharedWith'],
  ])('refuses %s, naming the field and writing nothing', async (_name, department, sharedWith, field) => {
    const [{ n: before }] = await app.db.query('SELECT count(*)::int AS n FROM dashboard');
    const response = await app.gql('mutation ($input: DashboardInput!, $department: Department) { createDashboard(input: $input, department: $department) { slug } }',
      { input: { title: 'Refused', widgets, sharedWith }, department }, marketingHead);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [{ n: after }] = await app.db.query('SELECT count(*)::int AS n FROM dashboard');
    expect(after).toBe(before);
  });

  it('travels in the exported document and comes back on import', async () => {
    const document = ok(await app.gql('{ dashboardExport(slug: "marketing") }', {}, salesHead)).dashboardExport;
    expect(JSON.parse(document).sharedWith).toEqual(['SALES']);
    const imported = ok(await app.gql('mutation ($d: String!) { importDashboard(document: $d, department: MARKETING) { department sharedWith } }', { d: document }, marketingHead));
    expect(imported.importDashboard).toEqual({ department: 'MARKETING', sharedWith: ['SALES'] });
    // Imported as SALES', the document names its owner among those it is shared with.
    const asSales = await app.gql('mutation ($d: String!) { importDashboard(document: $d, department: SALES) { slug } }', { d: document.replace('"SALES"', '"MARKETING"') }, salesHead);
    expect(asSales.errors).toBeUndefined();
    const owner = await app.gql('mutation ($d: String!) { importDashboard(document: $d, department: SALES) { slug } }', { d: document }, salesHead);
    expect(owner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sharedWith[0]' });
  });
});

describe('a shared metric in the catalog', () => {
  const UPDATE_METRIC = 'mutation ($key: ID!, $input: MetricUpdateInput!) { updateMetric(key: $key, input: $input) { department sharedWith } }';

  it('is shared by an ADMIN, the owner never among those it is shared with', async () => {
    expect(ok(await app.gql(UPDATE_METRIC, { key: 'cs.expansions', input: { sharedWith: ['PRODUCT'] } })).updateMetric).toEqual({ department: 'CUSTOMER_SUCCESS', sharedWith: ['PRODUCT'] });
    const own = await app.gql(UPDATE_METRIC, { key: 'cs.expansions', input: { sharedWith: ['PRODUCT', 'CUSTOMER_SUCCESS'] } });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sharedWith[1]' });
    // Moving it to a department it is shared with would list the owner twice.
    const moved = await app.gql(UPDATE_METRIC, { key: 'cs.expansions', input: { department: 'PRODUCT' } });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sharedWith[0]' });
    expect((await app.gql(UPDATE_METRIC, { key: 'cs.expansions', input: { sharedWith: [] } }, marketingHead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await app.gql(UPDATE_METRIC, { key: 'cs.expansions', input: { sharedWith: [] } })).updateMetric.sharedWith).toEqual([]);
  });
});
