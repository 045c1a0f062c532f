import { createTestApp, nextResults, waitFor, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';
import { Metric } from '../metric/metric.type';

const SUBSCRIPTION = `subscription ($keys: [ID!], $range: RangeInput, $locale: String) {
  kpiUpdated(keys: $keys, range: $range) { metric { key name(locale: $locale) } value }
}`;
const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { LIVE_TICK_MS: '100' } });
});
afterAll(() => app.close());

describe('subscription fan-out', () => {
  it('resolves a snapshot once per operation, however many subscribers share it', async () => {
    const key = await createMetric(app);
    const english = Array.from({ length: 4 }, () => nextResults(app.wsClient(), SUBSCRIPTION, { keys: [key], range: RANGE }, 1));
    const spanish = nextResults(app.wsClient(), SUBSCRIPTION, { keys: [key], range: RANGE, locale: 'es' }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 5);
    const names = jest.spyOn(Metric.prototype, 'name');
    await record(app, [{ metricKey: key, value: 7, at: '2026-01-15T00:00:00Z' }]);
    const updates = await Promise.all([...english, spanish]);
    for (const [update] of updates) expect(update.kpiUpdated).toMatchObject({ metric: { key }, value: 7 });
    // One execution for the four identical operations, one for the Spanish one.
    expect(names).toHaveBeenCalledTimes(2);
    names.mockRestore();
  });

  it('answers a syntax error with an error message, not a closed socket', async () => {
    const client = app.wsClient();
    await expect(nextResults(client, 'subscription { kpiUpdated(', {}, 1)).rejects.toThrow(/Syntax Error/);
    const key = await createMetric(app);
    const results = nextResults(client, SUBSCRIPTION, { keys: [key], range: RANGE }, 1);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    await record(app, [{ metricKey: key, value: 1, at: '2026-01-02T00:00:00Z' }]);
    expect((await results)[0].kpiUpdated.value).toBe(1);
  });
});
