import type { Client as WsClient } from 'graphql-ws';
import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, subscription, waitFor, type Credentials, type GqlResponse, type TestApp } from '../../testing/test-app';

/**
 * Who sees which metric, end to end over HTTP and WebSocket: department heads follow the company KPIs (the
 * executive dashboard) at KPI level but not their breakdowns or records; viewers and keys see their departments.
 */

const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
/** On the executive dashboard, owned by FINANCE: a company-level KPI. */
const COMPANY_KPI = 'finance.arr';
/** SALES, derived from SALES inputs only. */
const SALES_KPI = 'sales.win_rate';
/** OPERATIONS and not on the executive dashboard. */
const OPS_METRIC = 'ops.tasks';

let app: TestApp;
let executive: Credentials;
let salesHead: Credentials;
let opsHead: Credentials;
let viewer: Credentials;
let salesKey: Credentials;
let ingestKey: Credentials;
/** A SALES base metric fed by observations, with a region dimension. */
let salesMetric: string;
/** SALES, but computed from an OPERATIONS input. */
let crossKpi: string;

function code(response: GqlResponse): string | null {
  return response.errors?.[0]?.extensions?.code ?? null;
}

function ok<T = any>(response: GqlResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'UTC', LIVE_TICK_MS: '50' } });
  executive = await app.signIn('EXECUTIVE');
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  opsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
  viewer = await app.signIn('VIEWER', ['MARKETING']);
  salesKey = await app.apiKey(['READ'], 'SALES');
  ingestKey = await app.apiKey(['INGEST'], 'SALES');
  salesMetric = await createMetric(app, { department: 'SALES' });
  crossKpi = await createMetric(app, { department: 'SALES', formula: `${salesMetric} / ${OPS_METRIC}`, aggregation: 'AVG', unit: { kind: 'RATIO' } });
  await record(app, [
    { metricKey: COMPANY_KPI, value: 100, at: '2026-01-15T00:00:00Z', dimensions: { region: 'EMEA' } },
    { metricKey: salesMetric, value: 3, at: '2026-01-15T00:00:00Z', dimensions: { region: 'EMEA' } },
  ]);
});
afterAll(() => app.close());

describe('organization', () => {
  const QUERY = `{ organization { name timeZone } }`;

  it('is read by any principal with the READ scope, not by an ingest-only key', async () => {
    expect(ok(await app.gql(QUERY, {}, viewer)).organization.timeZone).toBe('UTC');
    expect(ok(await app.gql(QUERY, {}, salesKey)).organization.timeZone).toBe('UTC');
    expect(code(await app.gql(QUERY, {}, ingestKey))).toBe('FORBIDDEN');
  });
});

describe('the catalog', () => {
  const METRICS = `query ($department: Department) { metrics(department: $department) { key department sharedWith } }`;
  const METRIC = `query ($key: ID!) { metric(key: $key) { key } }`;

  it('lists only the metrics the principal may read: its departments and, for a head, the company KPIs', async () => {
    const companyKeys = new Set<string>(ok(await app.gql(`{ dashboard(slug: "executive") { sections { metricKeys } } }`))
      .dashboard.sections.flatMap((section: { metricKeys: string[] }) => section.metricKeys));
    type Listed = { key: string; department: string; sharedWith: string[] };
    const all: Listed[] = ok(await app.gql(METRICS, {}, executive)).metrics;
    const forHead: Listed[] = ok(await app.gql(METRICS, {}, salesHead)).metrics;
    const salesOwnOrShared = (m: Listed) => m.department === 'SALES' || m.sharedWith.includes('SALES');
    expect(forHead.map((m) => m.key).sort()).toEqual(all.filter((m) => salesOwnOrShared(m) || m.department === 'EXECUTIVE' || companyKeys.has(m.key)).map((m) => m.key).sort());
    // Seed 003's funnel is MARKETING's, shared with SALES.
    expect(forHead.find((m) => m.key === 'marketing.mql')).toEqual({ key: 'marketing.mql', department: 'MARKETING', sharedWith: ['SALES'] });
    const marketingForHead: Listed[] = ok(await app.gql(METRICS, { department: 'MARKETING' }, salesHead)).metrics;
    // MARKETING's metrics and SALES' shared with MARKETING, of which the head reads its own, the shared and the company KPIs.
    expect(marketingForHead.every((m) => (m.department === 'MARKETING' || m.sharedWith.includes('MARKETING')) && (salesOwnOrShared(m) || companyKeys.has(m.key)))).toBe(true);
    expect(marketingForHead.map((m) => m.key)).toContain('marketing.mql');
    // Listing SALES' metrics includes those MARKETING shares with it.
    expect(ok(await app.gql(METRICS, { department: 'SALES' }, executive)).metrics.map((m: Listed) => m.key)).toEqual(expect.arrayContaining(['sales.win_rate', 'marketing.mql']));
    expect(forHead.map((m) => m.key)).toEqual(expect.arrayContaining([SALES_KPI, COMPANY_KPI]));
    expect(forHead.map((m) => m.key)).not.toContain(OPS_METRIC);

    const opsForHead: Array<{ key: string }> = ok(await app.gql(METRICS, { department: 'OPERATIONS' }, salesHead)).metrics;
    expect(opsForHead.map((m) => m.key)).toContain('ops.process_efficiency');
    expect(opsForHead.map((m) => m.key)).not.toContain(OPS_METRIC);

    // A viewer and a key read their departments' metrics and those shared with them, nothing else.
    const forViewer: Listed[] = ok(await app.gql(METRICS, {}, viewer)).metrics;
    expect(forViewer.length).toBeGreaterThan(0);
    expect(forViewer.every((m) => m.department === 'MARKETING' || m.sharedWith.includes('MARKETING'))).toBe(true);
    expect(forViewer.map((m) => m.key)).toEqual(all.filter((m) => m.department === 'MARKETING' || m.sharedWith.includes('MARKETING')).map((m) => m.key));
    const forKey: Listed[] = ok(await app.gql(METRICS, {}, salesKey)).metrics;
    expect(forKey.map((m) => m.key)).toEqual(all.filter(salesOwnOrShared).map((m) => m.key));
  });

  it('gives one metric, null for an unknown key and FORBIDDEN for one the principal may not read', async () => {
    expect(ok(await app.gql(METRIC, { key: COMPANY_KPI }, salesHead)).metric).toEqual({ key: COMPANY_KPI });
    expect(ok(await app.gql(METRIC, { key: 'no.such_metric' }, salesHead)).metric).toBeNull();
    const refused = await app.gql(METRIC, { key: OPS_METRIC }, salesHead);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', metricKey: OPS_METRIC });
    expect(refused.status).toBe(403);
    expect(code(await app.gql(METRIC, { key: COMPANY_KPI }, viewer))).toBe('FORBIDDEN');
  });

  it('is changed by an ADMIN only', async () => {
    const CREATE = `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`;
    const input = { key: 'sales.m_by_executive', name: 'x', department: 'SALES', unit: { kind: 'COUNT' }, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM' };
    expect(code(await app.gql(CREATE, { input }, executive))).toBe('FORBIDDEN');
    expect(code(await app.gql(CREATE, { input }, salesHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(METRIC, { key: input.key })).metric).toBeNull();
    const key = await createMetric(app, { department: 'SALES' });
    const UPDATE = `mutation ($key: ID!) { updateMetric(key: $key, input: { name: "Renamed" }) { name } }`;
    expect(code(await app.gql(UPDATE, { key }, salesHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(UPDATE, { key })).updateMetric.name).toBe('Renamed');
  });
});

describe('dashboards', () => {
  const LIST = `{ dashboards { slug } }`;
  const DASHBOARD = `query ($slug: ID!, $range: RangeInput) {
    dashboard(slug: $slug, range: $range) { slug sections { metricKeys kpis { value metric { key dimensions } } } }
  }`;

  it('are listed when they open for the principal', async () => {
    const slugs = async (as: Credentials) => ok(await app.gql(LIST, {}, as)).dashboards.map((d: { slug: string }) => d.slug).sort();
    expect(await slugs(executive)).toEqual(expect.arrayContaining(['executive', 'marketing', 'operations', 'sales']));
    // Smarketing (`marketing`) is MARKETING's, shared with SALES.
    expect(await slugs(salesHead)).toEqual(['executive', 'marketing', 'sales']);
    expect(await slugs(opsHead)).toEqual(['executive', 'operations']);
    expect(await slugs(viewer)).toEqual(['marketing']);
    // A key bound to SALES reads what is shared with SALES too.
    expect(await slugs(salesKey)).toEqual(['marketing', 'sales']);
  });

  it('show a head every card of the company dashboard at KPI level, without the breakdowns of other departments', async () => {
    const { dashboard } = ok(await app.gql(DASHBOARD, { slug: 'executive', range: RANGE }, salesHead));
    const cards = dashboard.sections.flatMap((section: { kpis: unknown[] }) => section.kpis);
    expect(cards.length).toBe(dashboard.sections.flatMap((section: { metricKeys: string[] }) => section.metricKeys).length);
    const arr = cards.find((card: { metric: { key: string } }) => card.metric.key === COMPANY_KPI);
    expect(arr).toEqual({ value: 100, metric: { key: COMPANY_KPI, dimensions: [] } });
    // Whoever reads FINANCE sees which breakdowns there are.
    const forExecutive = ok(await app.gql(DASHBOARD, { slug: 'executive', range: RANGE }, executive)).dashboard;
    expect(forExecutive.sections.flatMap((section: { kpis: unknown[] }) => section.kpis)
      .find((card: { metric: { key: string } }) => card.metric.key === COMPANY_KPI).metric.dimensions).toEqual(['region']);
  });

  it('refuse a dashboard that does not open with FORBIDDEN, an unknown one with NOT_FOUND', async () => {
    expect(ok(await app.gql(DASHBOARD, { slug: 'marketing' }, viewer)).dashboard.slug).toBe('marketing');
    const refused = await app.gql(DASHBOARD, { slug: 'operations' }, salesHead);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', dashboard: 'operations' });
    expect(refused.data).toBeUndefined();
    expect(code(await app.gql(DASHBOARD, { slug: 'executive' }, viewer))).toBe('FORBIDDEN');
    expect(code(await app.gql(DASHBOARD, { slug: 'sales' }, viewer))).toBe('FORBIDDEN');
    expect(code(await app.gql(DASHBOARD, { slug: 'no-such-dashboard' }, salesHead))).toBe('NOT_FOUND');
  });
});

describe('KPIs, series and observations', () => {
  const KPI = `query ($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!]) { kpi(key: $key, range: $range, filter: $filter) { value metric { key } } }`;
  const SERIES = `query ($key: ID!, $range: RangeInput, $groupBy: String, $filter: [DimensionFilterInput!]) {
    series(key: $key, range: $range, groupBy: $groupBy, filter: $filter) { groups { key total } }
  }`;
  const OBSERVATIONS = `query ($key: ID!, $range: RangeInput) { observations(key: $key, range: $range) { totalCount edges { node { metricKey dimensions } } } }`;
  const EMEA = [{ dimension: 'region', values: ['EMEA'] }];

  it('give a head the headline value of a company KPI, but not its slices', async () => {
    expect(ok(await app.gql(KPI, { key: COMPANY_KPI, range: RANGE }, salesHead)).kpi).toEqual({ value: 100, metric: { key: COMPANY_KPI } });
    const sliced = await app.gql(KPI, { key: COMPANY_KPI, range: RANGE, filter: EMEA }, salesHead);
    expect(sliced.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', metricKey: COMPANY_KPI });
    expect(sliced.status).toBe(403);
    expect(ok(await app.gql(KPI, { key: COMPANY_KPI, range: RANGE, filter: EMEA }, executive)).kpi.value).toBe(100);
    expect(ok(await app.gql(KPI, { key: salesMetric, range: RANGE, filter: EMEA }, salesHead)).kpi.value).toBe(3);
  });

  it('refuse a KPI of another department with FORBIDDEN', async () => {
    expect(code(await app.gql(KPI, { key: COMPANY_KPI, range: RANGE }, viewer))).toBe('FORBIDDEN');
    expect(code(await app.gql(KPI, { key: COMPANY_KPI, range: RANGE }, salesKey))).toBe('FORBIDDEN');
    expect(code(await app.gql(KPI, { key: SALES_KPI, range: RANGE }, opsHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(KPI, { key: SALES_KPI, range: RANGE }, salesKey)).kpi.metric.key).toBe(SALES_KPI);
    expect(code(await app.gql(KPI, { key: 'no.such_metric' }, viewer))).toBe('NOT_FOUND');
  });

  it('give a head the trend of a company KPI, but not its breakdown', async () => {
    expect(ok(await app.gql(SERIES, { key: COMPANY_KPI, range: RANGE }, salesHead)).series.groups).toEqual([{ key: null, total: 100 }]);
    expect(code(await app.gql(SERIES, { key: COMPANY_KPI, range: RANGE, groupBy: 'region' }, salesHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(SERIES, { key: COMPANY_KPI, range: RANGE, filter: EMEA }, salesHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(SERIES, { key: salesMetric, range: RANGE, groupBy: 'region' }, salesHead)).series.groups)
      .toEqual([{ key: 'EMEA', total: 3 }]);
    expect(ok(await app.gql(SERIES, { key: COMPANY_KPI, range: RANGE, groupBy: 'region' }, executive)).series.groups)
      .toEqual([{ key: 'EMEA', total: 100 }]);
  });

  it('give the records behind a KPI only to who reads every department they come from', async () => {
    const refused = await app.gql(OBSERVATIONS, { key: COMPANY_KPI, range: RANGE }, salesHead);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', metricKey: COMPANY_KPI });
    expect(refused.data).toBeUndefined();
    // Its own department's metric, computed from an OPERATIONS input: those records are OPERATIONS'.
    expect(code(await app.gql(OBSERVATIONS, { key: crossKpi, range: RANGE }, salesHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(KPI, { key: crossKpi, range: RANGE }, salesHead)).kpi.metric.key).toBe(crossKpi);
    // Computed from MARKETING's funnel, which MARKETING shares with SALES (seed 003): the sales head reads its records.
    expect(ok(await app.gql(OBSERVATIONS, { key: 'sales.sql_to_customer', range: RANGE }, salesHead)).observations.totalCount).toBe(0);
    const own = ok(await app.gql(OBSERVATIONS, { key: salesMetric, range: RANGE }, salesKey)).observations;
    expect(own).toEqual({ totalCount: 1, edges: [{ node: { metricKey: salesMetric, dimensions: { region: 'EMEA' } } }] });
    expect(ok(await app.gql(OBSERVATIONS, { key: COMPANY_KPI, range: RANGE }, executive)).observations.totalCount).toBe(1);
    expect(code(await app.gql(OBSERVATIONS, { key: salesMetric, range: RANGE }, viewer))).toBe('FORBIDDEN');
  });
});

describe('recordObservations', () => {
  const RECORD = `mutation ($input: [ObservationInput!]!, $options: RecordObservationsOptions) {
    recordObservations(input: $input, options: $options) { written rejected { index field } }
  }`;
  let sales: string;
  let operations: string;
  const count = async (key: string) => ok(await app.gql(`query ($key: ID!, $range: RangeInput) { observations(key: $key, range: $range) { totalCount } }`, { key, range: RANGE }))
    .observations.totalCount;

  beforeAll(async () => {
    sales = await createMetric(app, { department: 'SALES' });
    operations = await createMetric(app, { department: 'OPERATIONS' });
  });

  it('needs the INGEST scope', async () => {
    const input = [{ metricKey: sales, value: 1, at: '2026-01-10T00:00:00Z' }];
    for (const as of [salesHead, salesKey, executive]) {
      const refused = await app.gql(RECORD, { input }, as);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.status).toBe(403);
    }
    expect(await count(sales)).toBe(0);
    expect(ok(await app.gql(RECORD, { input }, ingestKey)).recordObservations).toEqual({ written: 1, rejected: [] });
    expect(await count(sales)).toBe(1);
  });

  it('rejects a batch with items of a department the key may not write, writing nothing, even with allowPartial', async () => {
    const input = [
      { metricKey: sales, value: 2, at: '2026-01-11T00:00:00Z' },
      { metricKey: operations, value: 5, at: '2026-01-11T00:00:00Z' },
      { metricKey: 'no.such_metric', value: 1, at: '2026-01-11T00:00:00Z' },
    ];
    for (const options of [null, { allowPartial: true }]) {
      const response = await app.gql(RECORD, { input, options }, ingestKey);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input[1].metricKey',
        index: 1,
        rejected: [
          { index: 1, field: 'metricKey', reason: expect.stringContaining('OPERATIONS') },
          { index: 2, field: 'metricKey', reason: expect.stringContaining('unknown metric') },
        ],
      });
    }
    expect(await count(sales)).toBe(1);
    expect(await count(operations)).toBe(0);
    // An ADMIN writes every department.
    expect(ok(await app.gql(RECORD, { input: input.slice(0, 2) })).recordObservations.written).toBe(2);
  });
});

describe('goals', () => {
  const SET_GOAL = `mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`;
  const GOAL = `query ($id: ID!) { goal(id: $id) { id metricKey parent { id } children { id } } }`;
  const goal = (metricKey: string, extra: Record<string, unknown> = {}) => ({
    name: 'Goal', metricKey, shape: 'LINEAR', startValue: 0, startAt: '2026-01-01T00:00:00Z', endValue: 10, endAt: '2026-12-31T00:00:00Z', ...extra,
  });
  let opsGoal: string;
  let salesGoal: string;

  beforeAll(async () => {
    opsGoal = ok(await app.gql(SET_GOAL, { input: goal(OPS_METRIC) }, executive)).setGoal.id;
  });

  it('are set by the head of the metric\'s department, not by another head or a viewer', async () => {
    salesGoal = ok(await app.gql(SET_GOAL, { input: goal(salesMetric, { parentId: opsGoal }) }, salesHead)).setGoal.id;
    const refused = await app.gql(SET_GOAL, { input: goal(salesMetric) }, opsHead);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', department: 'SALES' });
    // Reading a company KPI is not changing its goals.
    expect(code(await app.gql(SET_GOAL, { input: goal(COMPANY_KPI) }, salesHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(SET_GOAL, { input: goal('marketing.leads') }, viewer))).toBe('FORBIDDEN');
    // Nor can a head move another department's goal onto its own metric.
    expect(code(await app.gql(SET_GOAL, { input: goal(salesMetric, { id: opsGoal }) }, salesHead))).toBe('FORBIDDEN');
  });

  it('are read at KPI level, and their cascade only across metrics the principal reads', async () => {
    const GOALS = `query ($key: ID!) { goals(metricKey: $key) { id } }`;
    const companyGoals = ok(await app.gql(GOALS, { key: COMPANY_KPI }, executive)).goals;
    expect(ok(await app.gql(GOALS, { key: COMPANY_KPI }, salesHead)).goals).toEqual(companyGoals);
    expect(code(await app.gql(GOALS, { key: COMPANY_KPI }, viewer))).toBe('FORBIDDEN');
    expect(code(await app.gql(GOALS, { key: OPS_METRIC }, salesHead))).toBe('FORBIDDEN');

    expect(ok(await app.gql(GOAL, { id: salesGoal }, salesHead)).goal).toEqual({ id: salesGoal, metricKey: salesMetric, parent: null, children: [] });
    expect(ok(await app.gql(GOAL, { id: salesGoal }, executive)).goal.parent).toEqual({ id: opsGoal });
    expect(ok(await app.gql(GOAL, { id: opsGoal }, opsHead)).goal.children).toEqual([]);
    expect(ok(await app.gql(GOAL, { id: opsGoal }, executive)).goal.children).toEqual([{ id: salesGoal }]);
    expect(code(await app.gql(GOAL, { id: opsGoal }, salesHead))).toBe('FORBIDDEN');
  });

  it('are in the plan of whoever reads their metric, editable by who may change them', async () => {
    const PLAN = `{ goalPlan { id metricKey editable } }`;
    const planOf = async (as: Credentials) => ok(await app.gql(PLAN, {}, as)).goalPlan as Array<{ id: string; metricKey: string; editable: boolean }>;
    const heads = await planOf(salesHead);
    expect(heads.find((g) => g.id === salesGoal)).toEqual({ id: salesGoal, metricKey: salesMetric, editable: true });
    expect(heads.some((g) => g.id === opsGoal)).toBe(false);
    // The company's goals are followed (KPI level), not changed: the ARR scaling goal and the plan's revenue line.
    expect(heads.filter((g) => g.metricKey === COMPANY_KPI).map((g) => g.editable)).toEqual([false, false]);
    expect((await planOf(opsHead)).find((g) => g.id === opsGoal)?.editable).toBe(true);
    expect((await planOf(executive)).filter((g) => g.id === opsGoal || g.id === salesGoal).map((g) => g.editable)).toEqual([true, true]);
    expect((await planOf(viewer)).some((g) => g.id === salesGoal || g.metricKey === COMPANY_KPI)).toBe(false);
    expect(code(await app.gql(PLAN, {}, ingestKey))).toBe('FORBIDDEN');
  });

  it('are deleted by who may edit the goal\'s metric', async () => {
    const DELETE = `mutation ($id: ID!) { deleteGoal(id: $id) }`;
    expect(code(await app.gql(DELETE, { id: salesGoal }, opsHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(DELETE, { id: salesGoal }, viewer))).toBe('FORBIDDEN');
    expect(ok(await app.gql(DELETE, { id: salesGoal }, salesHead)).deleteGoal).toBe(true);
    expect(code(await app.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, salesHead))).toBe('NOT_FOUND');
  });
});

describe('targets', () => {
  const SET_TARGET = `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`;
  const DELETE = `mutation ($id: ID!) { deleteTarget(id: $id) }`;
  const target = (metricKey: string) => ({ metricKey, kind: 'PLAN', value: 0.3, effectiveFrom: '2026-06-01T00:00:00Z' });

  it('are set and deleted by the head of the metric\'s department or an executive', async () => {
    const id = ok(await app.gql(SET_TARGET, { input: target(SALES_KPI) }, salesHead)).setTarget.id;
    expect(code(await app.gql(SET_TARGET, { input: target(SALES_KPI) }, opsHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(SET_TARGET, { input: target(COMPANY_KPI) }, salesHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(SET_TARGET, { input: target(SALES_KPI) }, salesKey))).toBe('FORBIDDEN');
    expect(ok(await app.gql(SET_TARGET, { input: target(COMPANY_KPI) }, executive)).setTarget.id).toBeTruthy();

    expect(code(await app.gql(DELETE, { id }, opsHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(DELETE, { id }, salesHead)).deleteTarget).toBe(true);
    expect(code(await app.gql(DELETE, { id }, salesHead))).toBe('NOT_FOUND');
    expect(code(await app.gql(DELETE, { id: 'not-a-uuid' }, salesHead))).toBe('NOT_FOUND');
  });
});

describe('annotations', () => {
  const CREATE = `mutation ($input: AnnotationInput!) { createAnnotation(input: $input) { id createdBy } }`;
  const DELETE = `mutation ($id: ID!) { deleteAnnotation(id: $id) }`;
  const LIST = `query ($key: ID!) { annotations(metricKey: $key, range: { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" }) { id } }`;
  const at = '2026-03-10T00:00:00Z';

  it('are read at KPI level', async () => {
    expect(ok(await app.gql(LIST, { key: COMPANY_KPI }, salesHead)).annotations).toEqual([]);
    expect(code(await app.gql(LIST, { key: COMPANY_KPI }, viewer))).toBe('FORBIDDEN');
    expect(code(await app.gql(LIST, { key: SALES_KPI }, opsHead))).toBe('FORBIDDEN');
  });

  it('are made on every department they touch by who may annotate it, and attributed to who made them', async () => {
    const { name } = ok(await app.gql(`{ viewer { name } }`, {}, salesHead)).viewer;
    const own = ok(await app.gql(CREATE, { input: { title: 'Pricing change', at, metricKeys: [SALES_KPI], createdBy: 'someone else' } }, salesHead)).createAnnotation;
    expect(own.createdBy).toBe(name);
    expect(ok(await app.gql(LIST, { key: SALES_KPI }, salesKey)).annotations).toEqual([{ id: own.id }]);

    const wider = await app.gql(CREATE, { input: { title: 'x', at, metricKeys: [SALES_KPI], departments: ['OPERATIONS'] } }, salesHead);
    expect(wider.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', department: 'OPERATIONS' });
    expect(code(await app.gql(CREATE, { input: { title: 'x', at, metricKeys: [OPS_METRIC] } }, salesHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(CREATE, { input: { title: 'x', at, departments: ['MARKETING'] } }, viewer))).toBe('FORBIDDEN');
    // Organisation-wide: the executives'.
    expect(code(await app.gql(CREATE, { input: { title: 'x', at } }, salesHead))).toBe('FORBIDDEN');
    const global = ok(await app.gql(CREATE, { input: { title: 'Board meeting', at } }, executive)).createAnnotation;
    expect(ok(await app.gql(LIST, { key: SALES_KPI }, salesHead)).annotations.map((a: { id: string }) => a.id).sort()).toEqual([own.id, global.id].sort());

    expect(code(await app.gql(DELETE, { id: own.id }, opsHead))).toBe('FORBIDDEN');
    expect(code(await app.gql(DELETE, { id: global.id }, salesHead))).toBe('FORBIDDEN');
    expect(ok(await app.gql(DELETE, { id: own.id }, salesHead)).deleteAnnotation).toBe(true);
    expect(ok(await app.gql(DELETE, { id: global.id }, executive)).deleteAnnotation).toBe(true);
    expect(ok(await app.gql(DELETE, { id: global.id }, executive)).deleteAnnotation).toBe(false);
  });
});

describe('kpiUpdated', () => {
  const SUBSCRIPTION = `subscription ($keys: [ID!], $dashboard: ID, $range: RangeInput) {
    kpiUpdated(keys: $keys, dashboard: $dashboard, range: $range) { value metric { key dimensions } }
  }`;

  /** The first result of a subscription; a refusal is a result with errors (an error here would mean the socket went). */
  function firstResult(client: WsClient, variables: Record<string, unknown>): Promise<{ data?: any; errors?: readonly any[] }> {
    return new Promise((resolve, reject) => {
      const dispose = client.subscribe({ query: SUBSCRIPTION, variables }, {
        next: (value) => {
          dispose();
          resolve(value as { data?: any; errors?: readonly any[] });
        },
        error: reject,
        complete: () => undefined,
      });
    });
  }

  it('refuses a dashboard that does not open or a key the principal may not read, with the socket left open', async () => {
    const client = app.wsClient(salesHead);
    const dashboard = await firstResult(client, { dashboard: 'operations', range: RANGE });
    expect(dashboard.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', dashboard: 'operations' });
    const key = await firstResult(client, { keys: [SALES_KPI, OPS_METRIC], range: RANGE });
    expect(key.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', metricKey: OPS_METRIC });
    expect((await firstResult(app.wsClient(viewer), { dashboard: 'executive', range: RANGE })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await firstResult(app.wsClient(salesKey), { keys: [COMPANY_KPI], range: RANGE })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(app.services.live.subscriberCount()).toBe(0);

    // The same socket still follows what it may.
    const updates = subscription(client, SUBSCRIPTION, { keys: [salesMetric], range: RANGE });
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: salesMetric, value: 4, at: '2026-01-20T00:00:00Z' }]);
    expect((await updates.next((u) => u.kpiUpdated.value === 7)).kpiUpdated.metric).toEqual({ key: salesMetric, dimensions: ['region'] });
    updates.dispose();
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });

  it('pushes the company dashboard to a head at KPI level, while a reader of FINANCE sharing the operation sees the breakdowns', async () => {
    const variables = { dashboard: 'executive', range: RANGE };
    const forHead = subscription(app.wsClient(salesHead), SUBSCRIPTION, variables);
    const forExecutive = subscription(app.wsClient(executive), SUBSCRIPTION, variables);
    await waitFor(() => app.services.live.subscriberCount() === 2);
    await record(app, [{ metricKey: COMPANY_KPI, value: 120, at: '2026-01-25T00:00:00Z', dimensions: { region: 'EMEA' } }]);
    const isArr = (u: any) => u.kpiUpdated.metric.key === COMPANY_KPI && u.kpiUpdated.value === 120;
    expect((await forHead.next(isArr)).kpiUpdated.metric.dimensions).toEqual([]);
    expect((await forExecutive.next(isArr)).kpiUpdated.metric.dimensions).toEqual(['region']);
    forHead.dispose();
    forExecutive.dispose();
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });
});
