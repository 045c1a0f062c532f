import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';

/**
 * A dashboard filter slices every card whose metric carries the filtered dimensions (and that the caller may break
 * down); the other cards show the whole metric and are named in unfilteredMetricKeys. Values by hand below.
 */
let app: TestApp;
let salesHead: Credentials;
const keys = { both: '', region: '', none: '', ops: '' };
const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const at = '2026-01-10T12:00:00Z';
const QUERY = `query ($filter: [DimensionFilterInput!]) {
  dashboard(slug: "filtered", range: { from: "${RANGE.from}", to: "${RANGE.to}" }, filter: $filter) {
    unfilteredMetricKeys sections { kpis { metric { key } value } }
  }
}`;

beforeAll(async () => {
  app = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  keys.both = await createMetric(app, { department: 'SALES' });
  keys.region = await createMetric(app, { department: 'SALES' });
  keys.none = await createMetric(app, { department: 'SALES' });
  keys.ops = await createMetric(app, { department: 'OPERATIONS' });
  await record(app, [
    { metricKey: keys.both, value: 10, at, dimensions: { region: 'EMEA', segment: 'SMB' } },
    { metricKey: keys.both, value: 5, at, dimensions: { region: 'EMEA', segment: 'ENT' } },
    { metricKey: keys.both, value: 7, at, dimensions: { region: 'NA', segment: 'SMB' } },
    { metricKey: keys.region, value: 3, at, dimensions: { region: 'EMEA' } },
    { metricKey: keys.region, value: 4, at, dimensions: { region: 'NA' } },
    { metricKey: keys.none, value: 100, at },
    { metricKey: keys.ops, value: 2, at, dimensions: { region: 'EMEA' } },
    { metricKey: keys.ops, value: 9, at, dimensions: { region: 'NA' } },
  ]);
  const widgets = [
    { id: 'main', type: 'KPI_GROUP', title: 'Main', i18n: {}, metricKeys: [keys.both, keys.region, keys.none, keys.ops], dimension: null, text: null, x: 0, y: 0, w: 12, h: 4 },
    { id: 'chart', type: 'TIME_SERIES', title: '', i18n: {}, metricKeys: [keys.both, keys.none, keys.ops], dimension: null, text: null, x: 0, y: 4, w: 12, h: 6 },
  ];
  await app.db.query(`INSERT INTO dashboard (slug, title, department, position, widgets) VALUES ('filtered', 'Filtered', 'SALES', 99, $1)`, [JSON.stringify(widgets)]);
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
});
afterAll(() => app.close());

async function values(filter: unknown, as?: Credentials): Promise<{ values: Record<string, number>; unfiltered: string[] }> {
  const response = await app.gql(QUERY, { filter }, as);
  expect(response.errors).toBeUndefined();
  const kpis = response.data.dashboard.sections.flatMap((s: any) => s.kpis) as Array<{ metric: { key: string }; value: number }>;
  return { values: Object.fromEntries(kpis.map((kpi) => [kpi.metric.key, kpi.value])), unfiltered: [...response.data.dashboard.unfilteredMetricKeys].sort() };
}

it('shows every card whole without a filter', async () => {
  expect(await values(null)).toEqual({ values: { [keys.both]: 22, [keys.region]: 7, [keys.none]: 100, [keys.ops]: 11 }, unfiltered: [] });
});

it('slices every metric with the dimension and leaves the rest whole, naming them', async () => {
  expect(await values([{ dimension: 'region', values: ['EMEA'] }])).toEqual({
    values: { [keys.both]: 15, [keys.region]: 3, [keys.none]: 100, [keys.ops]: 2 }, unfiltered: [keys.none],
  });
});

it('applies two dimensions only where both are (values of one dimension OR-ed)', async () => {
  expect(await values([{ dimension: 'region', values: ['EMEA', 'NA'] }, { dimension: 'segment', values: ['SMB'] }])).toEqual({
    values: { [keys.both]: 17, [keys.region]: 7, [keys.none]: 100, [keys.ops]: 11 }, unfiltered: [keys.none, keys.ops, keys.region].sort(),
  });
});

it('leaves whole the cards a department head may see only at KPI level', async () => {
  expect(await values([{ dimension: 'region', values: ['EMEA'] }], salesHead)).toEqual({
    values: { [keys.both]: 15, [keys.region]: 3, [keys.none]: 100, [keys.ops]: 11 }, unfiltered: [keys.none, keys.ops].sort(),
  });
});

it("slices a chart widget's series as its cards: where the filter applies and the caller may break the metric down", async () => {
  const query = `query ($filter: [DimensionFilterInput!]) {
    dashboard(slug: "filtered", range: { from: "${RANGE.from}", to: "${RANGE.to}" }, filter: $filter) { widgets { series { metric { key } groups { total } } } }
  }`;
  const totals = async (as?: Credentials) => {
    const response = await app.gql(query, { filter: [{ dimension: 'region', values: ['EMEA'] }] }, as);
    expect(response.errors).toBeUndefined();
    const chart = response.data.dashboard.widgets[1].series as Array<{ metric: { key: string }; groups: Array<{ total: number }> }>;
    return chart.map((series) => [series.metric.key, series.groups.map((group) => group.total)]);
  };
  expect(await totals()).toEqual([[keys.both, [15]], [keys.none, [100]], [keys.ops, [2]]]);
  expect(await totals(salesHead)).toEqual([[keys.both, [15]], [keys.none, [100]], [keys.ops, [11]]]);
});

it('refuses a malformed filter naming it', async () => {
  const response = await app.gql(QUERY, { filter: [{ dimension: 'region', values: [] }] });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].extensions?.field).toMatch(/^filter\[0\]/);
});

it('pushes live updates sliced by the same filter', async () => {
  const events: Array<{ key: string; value: number }> = [];
  const client = app.wsClient();
  const dispose = client.subscribe({
    query: `subscription { kpiUpdated(dashboard: "filtered", range: { from: "${RANGE.from}", to: "${RANGE.to}" }, filter: [{ dimension: "region", values: ["EMEA"] }]) { metric { key } value } }`,
  }, { next: ({ data }: any) => events.push({ key: data.kpiUpdated.metric.key, value: data.kpiUpdated.value }), error: () => undefined, complete: () => undefined });
  await waitFor(() => app.services.live.subscriberCount() === 1);
  // A day later: a point at the same instant and dimensions would replace the fixture's.
  const later = '2026-01-11T12:00:00Z';
  await record(app, [
    { metricKey: keys.both, value: 2, at: later, dimensions: { region: 'EMEA', segment: 'SMB' } },
    { metricKey: keys.both, value: 40, at: later, dimensions: { region: 'NA', segment: 'SMB' } },
    { metricKey: keys.none, value: 1, at: later },
  ]);
  await waitFor(() => events.some((e) => e.key === keys.both) && events.some((e) => e.key === keys.none));
  dispose();
  // EMEA: 10 + 5 + 2 (the NA point is outside the slice); the metric without a region is whole: 100 + 1.
  expect(events.find((e) => e.key === keys.both)!.value).toBe(17);
  expect(events.find((e) => e.key === keys.none)!.value).toBe(101);
});

it('offers the dimensions of the metrics the caller may break down', async () => {
  const response = await app.gql('{ dashboard(slug: "filtered") { dimensions } }');
  expect(response.data.dashboard.dimensions).toEqual(['region', 'segment']);
});
