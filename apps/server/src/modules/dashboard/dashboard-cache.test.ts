import { startOf, add } from '@opshub/metrics';
import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, credentialHeaders, type Credentials, type TestApp } from '../../testing/test-app';
import { createEventBus } from '../bus/event-bus';
import { DashboardCache } from './dashboard-cache';

/**
 * Dashboard reads are cached between writes, and a cached answer is never one a committed write has made old, nor
 * one computed for another grant. Each test first shows the cache answering (its hit counter rises), then the write.
 */
let app: TestApp;
const keys = { sales: '', ops: '' };
const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const at = '2026-01-10T12:00:00Z';
const QUERY = `query ($filter: [DimensionFilterInput!]) {
  dashboard(slug: "cached", range: { from: "${RANGE.from}", to: "${RANGE.to}" }, filter: $filter) {
    kpis { metric { key name } value target { value } }
  }
}`;

beforeAll(async () => {
  app = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  keys.sales = await createMetric(app, { department: 'SALES' });
  keys.ops = await createMetric(app, { department: 'OPERATIONS' });
  await record(app, [
    { metricKey: keys.sales, value: 10, at, dimensions: { region: 'EMEA' } },
    { metricKey: keys.sales, value: 5, at, dimensions: { region: 'NA' } },
    { metricKey: keys.ops, value: 2, at, dimensions: { region: 'EMEA' } },
    { metricKey: keys.ops, value: 9, at, dimensions: { region: 'NA' } },
  ]);
  const widgets = [{ id: 'main', type: 'KPI_GROUP', title: 'Main', i18n: {}, metricKeys: [keys.sales, keys.ops], dimension: null, text: null, x: 0, y: 0, w: 12, h: 4 }];
  await app.db.query(`INSERT INTO dashboard (slug, title, department, position, widgets) VALUES ('cached', 'Cached', 'SALES', 99, $1)`, [JSON.stringify(widgets)]);
});
afterAll(() => app.close());

type Card = { metric: { key: string; name: string }; value: number | null; target: { value: number } | null };

async function cards(on: TestApp, filter: unknown = null, as?: Credentials): Promise<Record<string, Card>> {
  const response = await on.gql(QUERY, { filter }, as);
  expect(response.errors).toBeUndefined();
  return Object.fromEntries((response.data.dashboard.kpis as Card[]).map((kpi) => [kpi.metric.key, kpi]));
}

const values = async (on: TestApp, filter: unknown = null, as?: Credentials) => Object.fromEntries(Object.entries(await cards(on, filter, as)).map(([key, card]) => [key, card.value]));

/** The cache's counters as Prometheus scrapes them. */
async function reads(on: TestApp): Promise<Record<'hit' | 'miss', number>> {
  const text = await (await fetch(`${on.url}/metrics`, { headers: credentialHeaders(on.admin) })).text();
  const sample = (result: string) => Number(text.match(new RegExp(`^opshub_dashboard_cache_reads_total\\{result="${result}"\\} (\\S+)$`, 'm'))?.[1] ?? 0);
  return { hit: sample('hit'), miss: sample('miss') };
}

/** Reads the dashboard twice and checks the second answer came from the cache. */
async function cachedRead(on: TestApp, filter: unknown = null, as?: Credentials): Promise<Record<string, number | null>> {
  const first = await values(on, filter, as);
  const before = await reads(on);
  expect(await values(on, filter, as)).toEqual(first);
  expect((await reads(on)).hit).toBe(before.hit + 1);
  return first;
}

it('answers from the cache until a write, and shows the write to the next read on the same instance', async () => {
  expect(await cachedRead(app)).toEqual({ [keys.sales]: 15, [keys.ops]: 11 });
  await record(app, [{ metricKey: keys.sales, value: 1, at: '2026-01-11T08:00:00Z' }]);
  const before = await reads(app);
  expect(await values(app)).toEqual({ [keys.sales]: 16, [keys.ops]: 11 });
  expect((await reads(app)).miss).toBe(before.miss + 1);
});

it('shows a write on one instance to a read on another once the bus has carried it', async () => {
  const replica = await createTestApp({ replicaOf: app, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  try {
    const cached = await cachedRead(replica);
    const arrived = replica.services.bus.subscribe('observationsRecorded');
    await record(app, [{ metricKey: keys.ops, value: 4, at: '2026-01-12T08:00:00Z' }]);
    await arrived.next();
    await arrived.return?.();
    expect(await values(replica)).toEqual({ ...cached, [keys.ops]: cached[keys.ops]! + 4 });
  } finally {
    await replica.close();
  }
});

it('never answers one grant with what was computed for another', async () => {
  const salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  const emea = [{ dimension: 'region', values: ['EMEA'] }];
  const whole = await values(app);
  // The ADMIN slices both metrics; the sales head may break down only sales' (operations' card stays whole).
  expect(await cachedRead(app, emea)).toEqual({ [keys.sales]: 10, [keys.ops]: 2 });
  expect(await cachedRead(app, emea, salesHead)).toEqual({ [keys.sales]: 10, [keys.ops]: whole[keys.ops] });
  expect(await values(app, emea)).toEqual({ [keys.sales]: 10, [keys.ops]: 2 });
});

it('shows a target or a metric definition changed, on this instance and at once on another (they are read with every request)', async () => {
  const replica = await createTestApp({ replicaOf: app, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  try {
    await cachedRead(app);
    await cachedRead(replica);
    const target = await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
      input: { metricKey: keys.sales, kind: 'PLAN', value: 40, effectiveFrom: '2025-12-01T00:00:00Z' },
    });
    expect(target.errors).toBeUndefined();
    for (const on of [app, replica]) expect((await cards(on))[keys.sales].target).toEqual({ value: 40 });

    const renamed = await app.gql(`mutation ($key: ID!) { updateMetric(key: $key, input: { name: "Renamed sales" }) { key } }`, { key: keys.sales });
    expect(renamed.errors).toBeUndefined();
    for (const on of [app, replica]) expect((await cards(on))[keys.sales].metric.name).toBe('Renamed sales');
  } finally {
    await replica.close();
  }
});

it('does not serve a relative range past the start of a new local day', async () => {
  const timeZone = app.services.organization.current().timeZone;
  const midnight = startOf(new Date(), 'DAY', timeZone);
  // In the last 7 days just before midnight (they began 7 local days earlier), not in those just after it.
  const point = add(add(midnight, 'DAY', -6, timeZone), 'HOUR', -1, timeZone);
  const key = await createMetric(app, { department: 'SALES' });
  await record(app, [{ metricKey: key, value: 3, at: point.toISOString() }]);
  await app.db.query(`INSERT INTO dashboard (slug, title, department, position, widgets) VALUES ('week', 'Week', 'SALES', 99, $1)`, [JSON.stringify([
    { id: 'main', type: 'KPI_GROUP', title: 'Main', i18n: {}, metricKeys: [key], dimension: null, text: null, x: 0, y: 0, w: 12, h: 4 },
  ])]);
  const { dashboards } = app.services;
  const entity = await dashboards.getDashboard('week');
  const read = async (now: Date) => {
    const dashboard = await dashboards.computeDashboard(await app.services.metrics.loadCatalog(), entity, { preset: 'LAST_7_DAYS' }, 'PREVIOUS_PERIOD', false, undefined, { scope: 'test', now });
    return { from: dashboard.kpis[0].period.from.toISOString(), value: dashboard.kpis[0].value };
  };
  const before = await reads(app);
  const lastDay = await read(new Date(midnight.getTime() - 500));
  expect(await read(new Date(midnight.getTime() - 400))).toEqual(lastDay);
  expect((await reads(app)).hit).toBe(before.hit + 1);
  expect(lastDay).toEqual({ from: add(midnight, 'DAY', -7, timeZone).toISOString(), value: 3 });
  expect(await read(new Date(midnight.getTime() + 500))).toEqual({ from: add(midnight, 'DAY', -6, timeZone).toISOString(), value: null });
});

describe('DashboardCache', () => {
  const config = { maxEntries: 2, maxBytes: 1_000_000, windowMs: 30_000 };

  it('keeps no result a write overtook while it was computed, and shares none across it', async () => {
    const cache = new DashboardCache<string>(config, createEventBus());
    let release!: (value: string) => void;
    const slow = cache.read('k', new Set(['a']), () => new Promise((resolve) => (release = resolve)));
    cache.invalidate(['a']);
    // Asked after the write: its own computation, not the one the write overtook.
    const after = cache.read('k', new Set(['a']), async () => 'new');
    release('old');
    expect([await slow, await after]).toEqual(['old', 'new']);
    expect(await cache.read('k', new Set(['a']), async () => 'newer')).toBe('new');
    // A write to another metric leaves it.
    cache.invalidate(['b']);
    expect(await cache.read('k', new Set(['a']), async () => 'newest')).toBe('new');
  });

  it('drops the least recently read past its bounds, and everything when the organisation changes', async () => {
    const bus = createEventBus();
    const cache = new DashboardCache<string>(config, bus);
    for (const key of ['x', 'y']) await cache.read(key, new Set(['a']), async () => key);
    await cache.read('x', new Set(['a']), async () => 'unused');
    await cache.read('z', new Set(['a']), async () => 'z');
    expect(cache.size.entries).toBe(2);
    expect(await cache.read('y', new Set(['a']), async () => 'y again')).toBe('y again');
    expect(await cache.read('z', new Set(['a']), async () => 'unused')).toBe('z');

    bus.publish('organizationChanged', {});
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    const tiny = new DashboardCache<string>({ ...config, maxBytes: 10 }, bus);
    await tiny.read('big', new Set(), async () => 'more than ten bytes');
    expect(tiny.size.entries).toBe(0);
    const off = new DashboardCache<string>({ ...config, maxEntries: 0 }, bus);
    await off.read('k', new Set(), async () => 'first');
    expect(await off.read('k', new Set(), async () => 'second')).toBe('second');
  });
});
