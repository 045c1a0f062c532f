import { createTestApp, nextResults, subscription, waitFor, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';

const SUBSCRIPTION = `subscription ($keys: [ID!], $dashboard: ID, $range: RangeInput) {
  kpiUpdated(keys: $keys, dashboard: $dashboard, range: $range) { metric { key } value status lastUpdatedAt }
}`;
const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

let app: TestApp;
beforeAll(async () => {
  // The burst below is ten concurrent writes of one user: above the default cap on running operations.
  app = await createTestApp({ env: { LIVE_TICK_MS: '100', MAX_CONCURRENT_OPERATIONS: '20' } });
});
afterAll(() => app.close());

describe('kpiUpdated', () => {
  it('delivers the new snapshot over WebSocket after a write from another connection commits', async () => {
    const key = await createMetric(app);
    const results = nextResults(app.wsClient(), SUBSCRIPTION, { keys: [key], range: RANGE }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: key, value: 42, at: '2026-01-15T00:00:00Z' }]);
    const [update] = await results;
    expect(update.kpiUpdated).toMatchObject({ metric: { key }, value: 42 });
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });

  it('updates a derived KPI when one of its inputs is written', async () => {
    const won = await createMetric(app);
    const closed = await createMetric(app);
    const rate = await createMetric(app, { unit: { kind: 'PERCENT' }, formula: `${won} / ${closed}` });
    await record(app, [{ metricKey: closed, value: 4, at: '2026-01-10T00:00:00Z' }]);
    const client = app.wsClient();
    const updates = subscription(client, SUBSCRIPTION, { keys: [rate], range: RANGE });
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: won, value: 1, at: '2026-01-11T00:00:00Z' }]);
    // The tick of the first write may still push its snapshot to the new subscriber; a wrong value times out.
    const update = await updates.next((u) => u.kpiUpdated.value === 0.25);
    expect(update.kpiUpdated.metric.key).toBe(rate);
    updates.dispose();
    await client.dispose();
    await waitFor(() => app.services.live.subscriberCount() === 0);
  });

  it('coalesces a burst into one recomputation per tick shared by every subscriber', async () => {
    const key = await createMetric(app);
    const subscribers = Array.from({ length: 5 }, () => nextResults(app.wsClient(), SUBSCRIPTION, { keys: [key], range: RANGE }, 1));
    await waitFor(() => app.services.live.subscriberCount() === 5);
    const computeKpis = jest.spyOn(app.services.kpis, 'computeKpis');
    // Ten concurrent writes, most of them inside one tick of 100 ms.
    await Promise.all(Array.from({ length: 10 }, (_, i) => record(app, [{ metricKey: key, value: i + 1, at: `2026-01-${10 + i}T00:00:00Z` }])));
    const results = await Promise.all(subscribers);
    for (const [update] of results) expect(update.kpiUpdated.metric.key).toBe(key);
    // Every subscriber shares a snapshot; the burst produced at most a couple of ticks, never one per subscriber or per write.
    expect(computeKpis.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(computeKpis.mock.calls.length).toBeLessThan(5);
    computeKpis.mockRestore();
  });

  it('watches every KPI of a dashboard', async () => {
    const results = nextResults(app.wsClient(), SUBSCRIPTION, { dashboard: 'sales', range: RANGE }, 1);
    await waitFor(() => app.services.live.subscriberCount() > 0);
    const dashboard = (await app.gql(`{ dashboard(slug: "sales", range: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { sections { kpis { metric { key inputs } } } } }`)).data.dashboard;
    const kpis = dashboard.sections.flatMap((s: any) => s.kpis);
    const base = kpis.find((k: any) => k.metric.inputs.length === 0) ?? kpis[0];
    const writeKey = base.metric.inputs[0] ?? base.metric.key;
    await record(app, [{ metricKey: writeKey, value: 3, at: '2026-01-20T00:00:00Z' }]);
    const [update] = await results;
    expect(kpis.map((k: any) => k.metric.key)).toContain(update.kpiUpdated.metric.key);
  });

  it('answers a bad subscription with an error and keeps the socket for other operations', async () => {
    const client = app.wsClient();
    await expect(nextResults(client, SUBSCRIPTION, { keys: ['no.such'] }, 1)).rejects.toThrow(/NOT_FOUND/);
    await expect(nextResults(client, SUBSCRIPTION, {}, 1)).rejects.toThrow(/BAD_USER_INPUT/);
    const key = await createMetric(app);
    const results = nextResults(client, SUBSCRIPTION, { keys: [key], range: RANGE }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: key, value: 1, at: '2026-01-02T00:00:00Z' }]);
    expect((await results)[0].kpiUpdated.value).toBe(1);
  });
});
