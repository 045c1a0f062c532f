import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';

// UTC, so local days start at midnight Z and the hand-computed dates read as written.
// The period: the ten days Mar 1–10, 2026; "since" looks back 90 days before Mar 10.
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' };
const QUERY = `query ($range: RangeInput) {
  attentionItems(range: $range) { reasons since sinceBeyondHistory kpi { metric { key } value status attainment } }
}`;
const DAY_MS = 86_400_000;

let app: TestApp;
let flow: string;
let stock: string;
let paced: string;
let fine: string;

/** One point at noon on each day from `from` to `to` (inclusive), valued by the day. */
function daily(metricKey: string, from: string, to: string, value: (day: Date) => number) {
  const points = [];
  for (let at = Date.parse(`${from}T12:00:00Z`); at <= Date.parse(`${to}T12:00:00Z`); at += DAY_MS) {
    points.push({ metricKey, at: new Date(at).toISOString(), value: value(new Date(at)) });
  }
  return points;
}

async function ok(query: string, variables: Record<string, unknown>) {
  const response = await app.gql(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function setTarget(metricKey: string, value: number) {
  await ok(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
    input: { metricKey, kind: 'PLAN', value, tolerance: 0.1, effectiveFrom: '2025-01-01T00:00:00Z' },
  });
}

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'UTC' } });
  // A flow of 12 a day until Feb 28, then 8 a day; target 100 per ten days, at risk from 90.
  flow = await createMetric(app, { department: 'OPERATIONS' });
  await setTarget(flow, 100);
  // A stock at 80 throughout, with at most 40 as its target: off track for longer than we look back.
  stock = await createMetric(app, { department: 'OPERATIONS', aggregation: 'LAST', direction: 'LOWER_IS_BETTER' });
  await setTarget(stock, 40);
  // A stock paced against a goal of 0 → 300 over March (10 a day): on pace to Mar 5, then flat at 50.
  paced = await createMetric(app, { department: 'OPERATIONS', aggregation: 'LAST' });
  await ok(`mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
    input: { name: 'March', metricKey: paced, shape: 'LINEAR', startValue: 0, startAt: '2026-03-01T00:00:00Z', endValue: 300, endAt: '2026-03-31T00:00:00Z' },
  });
  // A flow that meets its target: not listed.
  fine = await createMetric(app, { department: 'OPERATIONS' });
  await setTarget(fine, 10);
  await record(app, [
    ...daily(flow, '2025-11-25', '2026-02-28', () => 12),
    ...daily(flow, '2026-03-01', '2026-03-10', () => 8),
    ...daily(stock, '2025-11-25', '2026-03-10', () => 80),
    ...daily(paced, '2026-03-01', '2026-03-10', (day) => 10 * Math.min(day.getUTCDate(), 5)),
    ...daily(fine, '2026-03-01', '2026-03-10', () => 5),
  ]);
});
afterAll(() => app.close());

describe('attentionItems', () => {
  it('lists the KPIs that need attention, worst first, each with the day it began (hand-computed)', async () => {
    const { attentionItems } = await ok(QUERY, { range: RANGE });
    const ours = attentionItems.filter((item: { kpi: { metric: { key: string } } }) => [flow, stock, paced, fine].includes(item.kpi.metric.key));
    expect(ours).toEqual([
      // Off track, furthest from its target (40 / 80), and so on every day of the 90 looked at: Dec 10 or before.
      { reasons: ['OFF_TRACK'], since: '2025-12-10T00:00:00.000Z', sinceBeyondHistory: true, kpi: { metric: { key: stock }, value: 80, status: 'OFF_TRACK', attainment: 0.5 } },
      // 10 × 8 = 80 of 100. The ten days ending Mar 5 made 5 × 12 + 5 × 8 = 100 (on track); ending Mar 6, 4 × 12 + 6 × 8 = 96 (at risk).
      { reasons: ['OFF_TRACK'], since: '2026-03-06T00:00:00.000Z', sinceBeyondHistory: false, kpi: { metric: { key: flow }, value: 80, status: 'OFF_TRACK', attainment: 0.8 } },
      // No target; 50 at the period's end against 100 expected. At the end of Mar 5, 50 = 50 expected; of Mar 6, 50 < 60 − 5 %.
      { reasons: ['BEHIND_PACE'], since: '2026-03-06T00:00:00.000Z', sinceBeyondHistory: false, kpi: { metric: { key: paced }, value: 50, status: null, attainment: null } },
    ]);
  });

  it('leaves out what the caller may not see, over HTTP and WebSocket', async () => {
    const salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const operationsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
    const keysFor = async (as: { sessionToken?: string }) => {
      const response = await app.gql(QUERY, { range: RANGE }, as);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data.attentionItems.map((item: { kpi: { metric: { key: string } } }) => item.kpi.metric.key);
    };
    expect(await keysFor(salesHead)).not.toContain(flow);
    expect(await keysFor(operationsHead)).toEqual(expect.arrayContaining([stock, flow, paced]));

    const socket = app.wsClient(salesHead);
    const result = await new Promise<{ data?: { attentionItems: Array<{ kpi: { metric: { key: string } } }> } }>((resolve, reject) => {
      socket.subscribe({ query: QUERY, variables: { range: RANGE } }, { next: resolve as never, error: reject, complete: () => undefined });
    });
    expect(result.data!.attentionItems.map((item) => item.kpi.metric.key)).not.toContain(flow);

    const anonymous = await app.gql(QUERY, { range: RANGE }, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
