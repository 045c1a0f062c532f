import { createHash } from 'node:crypto';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import { createMetric, record } from '../../testing/fixtures';
import { wsOperation, type OperationResult } from '../../testing/security-helpers';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import { JANUARY_FUNNEL, dataWidgets, widgetFixtures } from '../../testing/widget-fixtures';
import { SHARE_LINK_ROOT_FIELDS } from '../auth/auth-gate.plugin';

/**
 * A share link is a principal of its own: its token opens one dashboard (sales here) and its live updates, and
 * nothing else, over HTTP and over WebSocket. The refusals are checked for every root field of the schema, so a
 * new operation is covered the day it is added.
 */
let app: TestApp;
let salesHead: Credentials & { userId: string };
let share: Credentials;
let linkId: string;

const CREATE = `mutation ($input: ShareLinkInput!) { createShareLink(input: $input) { token link { id dashboardSlug label status expiresAt createdByName } } }`;
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

async function createLink(as: Credentials, expiresAt = inHours(24), dashboardSlug = 'sales', label = 'Lobby TV') {
  return app.gql(CREATE, { input: { dashboardSlug, expiresAt, label } }, as);
}

beforeAll(async () => {
  app = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  const created = await createLink(salesHead);
  expect(created.errors).toBeUndefined();
  share = { shareToken: created.data.createShareLink.token };
  linkId = created.data.createShareLink.link.id;
});
afterAll(() => app.close());

/** A literal of the type that passes validation, so the refusal tested is the gate's and not a syntax error. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int': case 'Float': return '1';
    case 'Boolean': return 'true';
    case 'DateTime': return '"2026-01-01T00:00:00Z"';
    case 'JSON': case 'JSONObject': return '{}';
    default: return '"x"';
  }
}

function operationOf(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => `${arg.name}: ${literal(arg.type)}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/** Every root field but the share link's own, as an operation that validates. */
function everyOtherOperation(): Array<[string, string]> {
  const schema = app.app.schema;
  const roots = [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!], ['subscription', schema.getSubscriptionType()!]] as const;
  return roots.flatMap(([kind, type]) => Object.values(type.getFields())
    .filter((field) => !SHARE_LINK_ROOT_FIELDS.has(field.name))
    .map((field) => [`${kind} ${field.name}`, operationOf(kind, field)] as [string, string]));
}

/** The first result of an operation on a socket (a subscription's first event or its refusal). */
function firstResult(client: WsClient, query: string, provoke?: () => Promise<unknown>): Promise<OperationResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: OperationResult) => {
      if (!settled) resolve(result);
      settled = true;
    };
    const dispose = client.subscribe({ query }, {
      next: (value) => settle(value as OperationResult),
      error: (error) => settle(Array.isArray(error) ? { errors: error } : { errors: [{ message: String(error), extensions: { code: 'SOCKET' } }] }),
      complete: () => settle({ data: null }),
    });
    void (async () => {
      for (let attempt = 0; attempt < 40 && !settled; attempt++) {
        await provoke?.();
        await waitFor(() => settled, 500).catch(() => undefined);
      }
      settle({ errors: [{ message: 'nothing delivered', extensions: { code: 'SILENT' } }] });
    })().finally(dispose);
  });
}

const salesPoint = () => record(app, [{ metricKey: 'sales.pipeline_velocity', value: 3, at: new Date().toISOString() }]);

describe('what a share link may ask', () => {
  it('is refused every other root field over HTTP, with FORBIDDEN and no data', async () => {
    const operations = everyOtherOperation().filter(([name]) => !name.startsWith('subscription'));
    expect(operations.length).toBeGreaterThan(80);
    for (const [name, query] of operations) {
      const response = await app.gql(query, undefined, share);
      expect([name, response.errors?.map((error) => error.extensions?.code)]).toEqual([name, ['FORBIDDEN']]);
      expect([name, response.data ?? null]).toEqual([name, null]);
    }
  });

  it('is refused every other root field over WebSocket, subscriptions included, and its socket stays open', async () => {
    let closed: number | null = null;
    const client = app.wsClient(share, { on: { closed: (event) => (closed = (event as { code: number }).code) } });
    for (const [name, query] of everyOtherOperation()) {
      const result = await firstResult(client, query);
      expect([name, result.errors?.map((error) => error.extensions?.code)]).toEqual([name, ['FORBIDDEN']]);
    }
    expect(closed).toBeNull();
  });

  it('is refused an allowed field asked together with another', async () => {
    const response = await app.gql('{ sharedDashboard { slug } dashboards { slug } }', undefined, share);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });

  it.each([
    ['finds its dashboard', '{ sharedDashboard { slug } }', 'Y'],
    ['opens its dashboard with every card', '{ dashboard(slug: "sales") { slug sections { kpis { metric { key } } } } }', 'Y'],
    ['opens no other dashboard', '{ dashboard(slug: "executive") { slug } }', '-'],
    ['opens no dashboard of another department', '{ dashboard(slug: "operations") { slug } }', '-'],
    ['filters nothing (a filter is a breakdown)', '{ dashboard(slug: "sales", filter: [{ dimension: "region", values: ["EMEA"] }]) { slug } }', '-'],
  ])('over HTTP and WebSocket: %s', async (_name, query, expected) => {
    const client = app.wsClient(share);
    for (const result of [await app.gql(query, undefined, share), await wsOperation(client, query)]) {
      if (expected === 'Y') {
        expect(result.errors).toBeUndefined();
        expect(JSON.stringify(result.data)).toContain('"sales"');
      } else {
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(result.data ?? null).toBeNull();
      }
    }
  });

  it("reads none of a card's metric beyond the card: no history, no breakdown dimensions", async () => {
    const response = await app.gql('{ dashboard(slug: "sales") { sections { kpis { metric { key dimensions history { action } } } } } }', undefined, share);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(new Set(response.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const dimensions = await app.gql('{ dashboard(slug: "sales") { dimensions sections { kpis { metric { dimensions } } } } }', undefined, share);
    expect(dimensions.data.dashboard.dimensions).toEqual([]);
    const all = dimensions.data.dashboard.sections.flatMap((s: any) => s.kpis.map((k: any) => k.metric.dimensions));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((names: string[]) => names.length === 0)).toBe(true);
  });

  it.each([
    ['follows its dashboard live', 'subscription { kpiUpdated(dashboard: "sales") { metric { key } value } }', 'Y'],
    ['follows no other dashboard', 'subscription { kpiUpdated(dashboard: "executive") { value } }', '-'],
    ['follows no metric by key, even one of its dashboard', 'subscription { kpiUpdated(keys: ["sales.pipeline_velocity"]) { value } }', '-'],
    ['follows its dashboard unfiltered only', 'subscription { kpiUpdated(dashboard: "sales", filter: [{ dimension: "region", values: ["EMEA"] }]) { value } }', '-'],
  ])('over WebSocket: %s', async (_name, query, expected) => {
    const result = await firstResult(app.wsClient(share), query, salesPoint);
    if (expected === 'Y') {
      expect(result.errors).toBeUndefined();
      expect(result.data.kpiUpdated.metric.key).toBe('sales.pipeline_velocity');
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe("a shared dashboard's funnel, SLA breach and goal widgets", () => {
  const WIDGETS = `query ($slug: ID!) { dashboard(slug: $slug) { widgets { id
    funnel { total { stages { status entered conversion } } }
    slaBreaches { dueAt policy { key } lead { id name region email externalId signals companySize } }
    goal { name progress { expected actual status } children { id } } } } }`;
  let fixture: Awaited<ReturnType<typeof widgetFixtures>>;
  let slug: string;
  let wall: Credentials;

  beforeAll(async () => {
    fixture = await widgetFixtures(app);
    const made = await app.gql(`mutation ($input: DashboardInput!) { createDashboard(input: $input, department: SALES) { slug } }`, {
      input: { title: 'RevOps wall', widgets: [...dataWidgets(fixture.goalId), { id: 'pv', type: 'KPI', metricKeys: ['sales.pipeline_velocity'], range: { preset: 'LAST_7_DAYS' }, x: 4, y: 18, w: 3, h: 3 }] },
    }, salesHead);
    expect(made.errors).toBeUndefined();
    slug = made.data.createDashboard.slug;
    const link = await createLink(salesHead, inHours(24), slug, 'Wall');
    wall = { shareToken: link.data.createShareLink.token };
  });

  it('reads what the widgets show, as worked out by hand, over HTTP and WebSocket; lead details stay out', async () => {
    for (const result of [await app.gql(WIDGETS, { slug }, wall), await wsOperation(app.wsClient(wall), WIDGETS, { slug })]) {
      expect(result.errors).toBeUndefined();
      const [funnel, breaches, goal] = result.data.dashboard.widgets;
      expect(funnel.funnel.total.stages.slice(0, 5).map((st: any) => [st.status, st.entered, st.conversion])).toEqual(JANUARY_FUNNEL);
      expect(breaches.slaBreaches).toEqual([{
        dueAt: '2026-01-14T14:05:00.000Z', policy: { key: 'new_lead_processing' },
        lead: { id: fixture.breachedLead, name: null, region: 'NORTH', email: null, externalId: null, signals: {}, companySize: null },
      }]);
      expect(goal.goal).toEqual({ name: 'Pipeline stock', progress: { expected: 200, actual: 100, status: 'BEHIND' }, children: [] });
    }
  });

  it("reads none of a breached lead's journey or clocks", async () => {
    const query = `query ($slug: ID!) { dashboard(slug: $slug) { widgets { slaBreaches { lead { journey { kind } slaClocks { state } } } } } }`;
    for (const result of [await app.gql(query, { slug }, wall), await wsOperation(app.wsClient(wall), query, { slug })]) {
      expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    }
  });

  it("gets no widget of another dashboard: the sales link does not open this one", async () => {
    for (const result of [await app.gql(WIDGETS, { slug }, share), await wsOperation(app.wsClient(share), WIDGETS, { slug })]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
  });

  it("follows a widget with its own period live, but only on its dashboard", async () => {
    const own = await firstResult(app.wsClient(wall), `subscription { kpiUpdated(dashboard: "${slug}", widget: "pv") { metric { key } } }`, salesPoint);
    expect(own.errors).toBeUndefined();
    expect(own.data.kpiUpdated.metric.key).toBe('sales.pipeline_velocity');
    const other = await firstResult(app.wsClient(share), `subscription { kpiUpdated(dashboard: "${slug}", widget: "pv") { value } }`, salesPoint);
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe("a shared dashboard's chart widgets", () => {
  const SERIES = `query ($slug: ID!) { dashboard(slug: $slug) { widgets { id series { metric { key } granularity
    groups { key total points { at value } } comparison { at value } } } } }`;
  let drawn: string;
  let overlaid: string;
  let hidden: string;
  let slug: string;
  let wall: Credentials;

  beforeAll(async () => {
    [drawn, overlaid, hidden] = [await createMetric(app), await createMetric(app), await createMetric(app)];
    // Feb 2 to Feb 5 by day in the organization's time zone (Europe/Madrid, UTC+1 in winter), compared with Jan 30 to
    // Feb 2, bucket by bucket; `hidden` is on no chart of the dashboard.
    await record(app, [
      { metricKey: drawn, value: 5, at: '2026-02-02T10:00:00Z' },
      { metricKey: drawn, value: 7, at: '2026-02-02T12:00:00Z' },
      { metricKey: drawn, value: 4, at: '2026-02-04T09:00:00Z' },
      { metricKey: drawn, value: 9, at: '2026-01-31T08:00:00Z' },
      { metricKey: overlaid, value: 2, at: '2026-02-03T18:00:00Z' },
      { metricKey: hidden, value: 1000, at: '2026-02-03T18:00:00Z' },
    ]);
    const made = await app.gql(`mutation ($input: DashboardInput!) { createDashboard(input: $input, department: SALES) { slug } }`, {
      input: { title: 'Chart wall', widgets: [
        { id: 'chart', type: 'TIME_SERIES', metricKeys: [drawn, overlaid], range: { from: '2026-02-01T23:00:00Z', to: '2026-02-04T23:00:00Z' }, compare: 'PREVIOUS_PERIOD', x: 0, y: 0, w: 8, h: 6 },
        { id: 'card', type: 'KPI', metricKeys: [hidden], x: 8, y: 0, w: 4, h: 3 },
      ] },
    }, salesHead);
    expect(made.errors).toBeUndefined();
    slug = made.data.createDashboard.slug;
    wall = { shareToken: (await createLink(salesHead, inHours(24), slug, 'Charts')).data.createShareLink.token };
  });

  it("reads its charts' series over their own period with the comparison, as worked out by hand; a card has none", async () => {
    // Madrid's midnights; a day without points sums to 0.
    const day = (d: string, value: number) => ({ at: `2026-${d}T23:00:00.000Z`, value });
    for (const result of [await app.gql(SERIES, { slug }, wall), await wsOperation(app.wsClient(wall), SERIES, { slug })]) {
      expect(result.errors).toBeUndefined();
      const [chart, card] = result.data.dashboard.widgets;
      expect(card).toEqual({ id: 'card', series: null });
      expect(chart.series).toEqual([
        {
          metric: { key: drawn }, granularity: 'DAY',
          groups: [{ key: null, total: 16, points: [day('02-01', 5 + 7), day('02-02', 0), day('02-03', 4)] }],
          comparison: [day('02-01', 0), day('02-02', 9), day('02-03', 0)],
        },
        {
          metric: { key: overlaid }, granularity: 'DAY',
          groups: [{ key: null, total: 2, points: [day('02-01', 0), day('02-02', 2), day('02-03', 0)] }],
          comparison: [day('02-01', 0), day('02-02', 0), day('02-03', 0)],
        },
      ]);
    }
  });

  it.each([
    ['a metric on no widget of its dashboard', () => `{ series(key: "${hidden}") { groups { total } } }`],
    ['its chart\'s metric outside its dashboard', () => `{ series(key: "${drawn}") { groups { total } } }`],
    ['its chart\'s metric broken down', () => `{ series(key: "${drawn}", groupBy: "region") { groups { total } } }`],
  ])('is refused the series of %s over HTTP and WebSocket', async (_name, query) => {
    for (const result of [await app.gql(query(), undefined, wall), await wsOperation(app.wsClient(wall), query())]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
  });

  it("gets no chart of another dashboard: the sales link does not open this one", async () => {
    for (const result of [await app.gql(SERIES, { slug }, share), await wsOperation(app.wsClient(share), SERIES, { slug })]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
  });
});

describe("a shared chart's goal and forecast overlays", () => {
  const OVERLAYS = `query ($slug: ID!) { dashboard(slug: $slug) { widgets { id seriesKpis { metric { key } value
    pacing { goal { name } trajectory { at value } } forecast { granularity points { at value lower upper } } } } } }`;
  const FORECAST = 'forecast { granularity points { at value lower upper } }';
  // Jan 1 to Jan 10 2026 in Madrid (UTC+1): ten whole days, enough complete buckets for a forecast.
  const RANGE = { from: '2025-12-31T23:00:00Z', to: '2026-01-10T23:00:00Z' };
  let charted: string;
  let second: string;
  let carded: string;
  let elsewhere: string;
  let slug: string;
  let wall: Credentials;

  const setGoal = async (metricKey: string, name: string, endValue: number) => {
    const goal = await app.gql(`mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
      input: { name, metricKey, shape: 'LINEAR', startValue: 0, startAt: RANGE.from, endValue, endAt: RANGE.to },
    });
    expect(goal.errors).toBeUndefined();
  };

  beforeAll(async () => {
    // `charted` counts 1, 2, … 10 on the ten days (55 in all); `second` is drawn beside it; `carded` is on a card;
    // `elsewhere` is on no widget of the dashboard. All but `second` have a goal.
    [charted, second, carded, elsewhere] = [await createMetric(app), await createMetric(app), await createMetric(app), await createMetric(app)];
    await record(app, [
      ...Array.from({ length: 10 }, (_, i) => ({ metricKey: charted, value: i + 1, at: `2026-01-${String(i + 1).padStart(2, '0')}T12:00:00Z` })),
      { metricKey: second, value: 4, at: '2026-01-05T12:00:00Z' },
      { metricKey: carded, value: 7, at: '2026-01-05T12:00:00Z' },
      { metricKey: elsewhere, value: 500, at: '2026-01-05T12:00:00Z' },
    ]);
    await setGoal(charted, 'Chart goal', 100);
    await setGoal(carded, 'Card goal', 50);
    await setGoal(elsewhere, 'Secret goal', 900);
    const made = await app.gql(`mutation ($input: DashboardInput!) { createDashboard(input: $input, department: SALES) { slug } }`, {
      input: { title: 'Overlay wall', widgets: [
        { id: 'chart', type: 'TIME_SERIES', metricKeys: [charted, second], range: RANGE, x: 0, y: 0, w: 8, h: 6 },
        { id: 'card', type: 'KPI', metricKeys: [carded], x: 8, y: 0, w: 4, h: 3 },
      ] },
    }, salesHead);
    expect(made.errors).toBeUndefined();
    slug = made.data.createDashboard.slug;
    wall = { shareToken: (await createLink(salesHead, inHours(24), slug, 'Overlays')).data.createShareLink.token };
  });

  it("reads its chart's goal trajectory and forecast over the chart's period, for the chart's metrics only, over HTTP and WebSocket", async () => {
    // What a signed-in sales head's metric page reads over the same period: the same forecast.
    const own = await app.gql(`query ($range: RangeInput) { kpi(key: "${charted}", range: $range) { ${FORECAST} } }`, { range: RANGE }, salesHead);
    expect(own.errors).toBeUndefined();
    expect(own.data.kpi.forecast.points.length).toBeGreaterThan(0);
    for (const result of [await app.gql(OVERLAYS, { slug }, wall), await wsOperation(app.wsClient(wall), OVERLAYS, { slug })]) {
      expect(result.errors).toBeUndefined();
      const [chart, card] = result.data.dashboard.widgets;
      expect(card).toEqual({ id: 'card', seriesKpis: null });
      const [first, beside] = chart.seriesKpis;
      expect(first).toEqual({
        metric: { key: charted }, value: 55,
        // The goal runs 0 → 100 over the chart's ten days.
        pacing: { goal: { name: 'Chart goal' }, trajectory: [{ at: '2025-12-31T23:00:00.000Z', value: 0 }, { at: '2026-01-10T23:00:00.000Z', value: 100 }] },
        forecast: own.data.kpi.forecast,
      });
      expect(beside).toMatchObject({ metric: { key: second }, value: 4, pacing: null });
      // Neither the card's goal nor the other metric's reaches the chart.
      for (const secret of [elsewhere, 'Secret goal', 'Card goal']) expect(JSON.stringify(result.data)).not.toContain(secret);
    }
  });

  it.each([
    ['as a KPI', () => `{ kpi(key: "${elsewhere}") { pacing { trajectory { at value } } ${FORECAST} } }`],
    ['as KPIs', () => `{ kpis(keys: ["${elsewhere}"]) { pacing { trajectory { at value } } ${FORECAST} } }`],
    ['by its goals', () => `{ goals(metricKey: "${elsewhere}") { name } }`],
    ['in the goal plan', () => '{ goalPlan { name } }'],
    ['of its own card, as a KPI outside the dashboard', () => `{ kpi(key: "${carded}") { pacing { trajectory { at value } } ${FORECAST} } }`],
  ])("is refused another metric's goal and forecast %s over HTTP and WebSocket", async (_name, query) => {
    for (const result of [await app.gql(query(), undefined, wall), await wsOperation(app.wsClient(wall), query())]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
  });

  it("is refused another metric's goal and forecast live, and follows its chart's", async () => {
    const now = () => new Date().toISOString();
    const other = await firstResult(app.wsClient(wall), `subscription { kpiUpdated(keys: ["${elsewhere}"]) { pacing { trajectory { at } } forecast { granularity } } }`,
      () => record(app, [{ metricKey: elsewhere, value: 1, at: now() }]));
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const chart = await firstResult(app.wsClient(wall), `subscription { kpiUpdated(dashboard: "${slug}", widget: "chart") { metric { key } pacing { goal { name } } } }`,
      () => record(app, [{ metricKey: elsewhere, value: 1, at: now() }, { metricKey: charted, value: 1, at: now() }]));
    expect(chart.errors).toBeUndefined();
    expect(chart.data.kpiUpdated).toEqual({ metric: { key: charted }, pacing: { goal: { name: 'Chart goal' } } });
  });
});

describe('making and listing links', () => {
  it('keeps only the hash of the token, and the token is nowhere in the row', async () => {
    const [row] = await app.db.query('SELECT * FROM dashboard_share_link WHERE id = $1', [linkId]);
    expect(row.token_hash).toBe(createHash('sha256').update(share.shareToken!).digest('base64url'));
    expect(JSON.stringify(row)).not.toContain(share.shareToken);
  });

  it('records the creation in the audit trail, without the hash', async () => {
    const rows = await app.db.query(`SELECT action, actor_name, department, after FROM audit_event WHERE object_type = 'SHARE_LINK' AND object_id = $1`, [linkId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'CREATE', department: 'SALES', after: { dashboardSlug: 'sales', label: 'Lobby TV' } });
    expect(rows[0].after).not.toHaveProperty('tokenHash');
  });

  it.each([
    ['in the past', inHours(-1), 'Lobby', 'expiresAt'],
    ['over a year ahead', inHours(24 * 367), 'Lobby', 'expiresAt'],
    ['with a label too long', inHours(1), 'x'.repeat(101), 'label'],
  ])('refuses an expiry %s, naming the field', async (_name, expiresAt, label, field) => {
    const response = await createLink(salesHead, expiresAt, 'sales', label);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it("refuses a head a dashboard they may not open, and a viewer any (the role matrix's own rows are in permission-matrix.test.ts)", async () => {
    expect((await createLink(salesHead, inHours(1), 'operations')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viewer = await app.signIn('VIEWER', ['SALES']);
    expect((await createLink(viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('revoking and expiry', () => {
  it('closes the live screens of a revoked link at once and says so to the next request; other links stay open', async () => {
    const created = await createLink(salesHead);
    const token = created.data.createShareLink.token as string;
    const id = created.data.createShareLink.link.id as string;
    let closedWith: number | null = null;
    let otherClosed: number | null = null;
    const client = app.wsClient({ shareToken: token }, { on: { closed: (event) => (closedWith = (event as { code: number }).code) } });
    const other = app.wsClient(share, { on: { closed: (event) => (otherClosed = (event as { code: number }).code) } });
    expect((await firstResult(client, 'subscription { kpiUpdated(dashboard: "sales") { value } }', salesPoint)).errors).toBeUndefined();
    expect((await firstResult(other, 'subscription { kpiUpdated(dashboard: "sales") { value } }', salesPoint)).errors).toBeUndefined();
    const ended = new Promise<string>((resolve) => {
      client.subscribe({ query: 'subscription { kpiUpdated(dashboard: "sales") { value } }' }, {
        next: () => undefined, error: () => resolve('error'), complete: () => resolve('complete'),
      });
    });

    const revoked = await app.gql('mutation ($id: ID!) { revokeShareLink(id: $id) { status revokedAt } }', { id }, salesHead);
    expect(revoked.data.revokeShareLink.status).toBe('REVOKED');
    await waitFor(() => closedWith !== null);
    expect(closedWith).toBe(4403);
    expect(await ended).toBeDefined();
    const after = await app.gql('{ sharedDashboard { slug } }', undefined, { shareToken: token });
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    expect(otherClosed).toBeNull();
    expect((await app.gql('{ sharedDashboard { slug } }', undefined, share)).data.sharedDashboard.slug).toBe('sales');

    const trail = await app.db.query(`SELECT action, after FROM audit_event WHERE object_type = 'SHARE_LINK' AND object_id = $1 ORDER BY id`, [id]);
    expect(trail.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE']);
    expect(trail[1].after.revokedAt).not.toBeNull();
  });

  it('closes the live screens of a link when it expires, and lists it as expired', async () => {
    const created = await createLink(salesHead, new Date(Date.now() + 2500).toISOString());
    const token = created.data.createShareLink.token as string;
    let closedWith: number | null = null;
    const client = app.wsClient({ shareToken: token }, { on: { closed: (event) => (closedWith = (event as { code: number }).code) } });
    expect((await firstResult(client, 'subscription { kpiUpdated(dashboard: "sales") { value } }', salesPoint)).errors).toBeUndefined();
    await waitFor(() => closedWith !== null);
    expect(closedWith).toBe(4403);
    const after = await app.gql('{ sharedDashboard { slug } }', undefined, { shareToken: token });
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
    const list = await app.gql('{ shareLinks(dashboardSlug: "sales") { id status } }', undefined, salesHead);
    expect(list.data.shareLinks.find((link: { id: string }) => link.id === created.data.createShareLink.link.id).status).toBe('EXPIRED');
    expect(list.data.shareLinks.find((link: { id: string }) => link.id === linkId).status).toBe('ACTIVE');
  });

  it('refuses an unknown token at connection_init and over HTTP', async () => {
    let closedWith: number | null = null;
    const client = app.wsClient({ shareToken: 'not-a-token' }, { on: { closed: (event) => (closedWith = (event as { code: number }).code) } });
    await expect(wsOperation(client, '{ sharedDashboard { slug } }')).rejects.toThrow();
    expect(closedWith).toBe(4403);
    const response = await app.gql('{ sharedDashboard { slug } }', undefined, { shareToken: 'not-a-token' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.reason).toBe('UNKNOWN');
  });
});
