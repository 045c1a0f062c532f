import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';
import { COMPANY_GOAL_ID, OPERATIONS_GOAL_ID, REVOPS_GOAL_ID } from '../../seed/goals.seed';

// UTC, so day buckets start at midnight Z and the hand-computed dates read as written.
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' };
const SET_GOAL = `mutation ($input: GoalInput!) { setGoal(input: $input) { id name parentId shape milestones { at value } } }`;

let app: TestApp;
let arr: string;

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'UTC' } });
  arr = await createMetric(app, { aggregation: 'LAST', unit: { kind: 'CURRENCY', currency: 'USD' } });
  // A stock rising by 10 a day: 10 on Mar 1 … 100 on Mar 10.
  await record(app, Array.from({ length: 10 }, (_, i) => ({
    metricKey: arr, value: 10 * (i + 1), at: `2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
  })));
});
afterAll(() => app.close());

async function setGoal(input: Record<string, unknown>) {
  return app.gql(SET_GOAL, {
    input: { name: 'Goal', metricKey: arr, shape: 'LINEAR', startValue: 0, startAt: '2026-03-01T00:00:00Z', endValue: 200, endAt: '2026-03-21T00:00:00Z', ...input },
  });
}

async function created(input: Record<string, unknown>): Promise<string> {
  const response = await setGoal(input);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.setGoal.id;
}

async function kpi(fields: string) {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value ${fields} } }`, { key: arr, range: RANGE });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi;
}

describe('goals and pacing', () => {
  let company: string;
  let department: string;
  let owner: string;

  it('paces the KPI against its top-level goal with hand-computed numbers', async () => {
    // 0 on Mar 1, 80 on Mar 6, 200 on Mar 21, straight lines between.
    company = await created({
      name: 'Company ARR', shape: 'MILESTONES', department: 'EXECUTIVE', owner: 'CEO',
      milestones: [{ at: '2026-03-06T00:00:00Z', value: 80 }],
    });
    // A department share on the same metric: it must not be the one the company KPI is paced against.
    department = await created({ name: 'Sales ARR', parentId: company, department: 'SALES', owner: 'VP Sales', endValue: 50 });

    const { value, pacing } = await kpi(`pacing { goal { id name } at expected actual projectedAtEnd status trajectory { at value } }`);
    expect(value).toBe(100);
    expect(pacing).toEqual({
      goal: { id: company, name: 'Company ARR' },
      at: '2026-03-11T00:00:00.000Z', // the period is over: judged at its end
      expected: 120, // 80 + (200 − 80) × 5/15
      actual: 100,
      projectedAtEnd: 200, // 100 + (100 − 0) / 10 days × 10 days
      status: 'BEHIND', // 20 under, outside ±6 (5 % of 120)
      trajectory: [
        // The period and as far again ahead: [Mar 1, Mar 21].
        { at: '2026-03-01T00:00:00.000Z', value: 0 },
        { at: '2026-03-06T00:00:00.000Z', value: 80 },
        { at: '2026-03-21T00:00:00.000Z', value: 200 },
      ],
    });
  });

  it('cascades company → department → owner, and refuses cycles', async () => {
    owner = await created({ name: 'Rep ARR', parentId: department, owner: 'sam', endValue: 10 });
    const { data } = await app.gql(`query ($id: ID!) { goal(id: $id) { name parent { id } children { name children { name parent { name } } } } }`, { id: company });
    expect(data.goal).toEqual({ name: 'Company ARR', parent: null, children: [{ name: 'Sales ARR', children: [{ name: 'Rep ARR', parent: { name: 'Sales ARR' } }] }] });

    const cycle = await setGoal({ id: company, name: 'Company ARR', parentId: owner });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const self = await setGoal({ id: department, name: 'Sales ARR', parentId: department });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });

    const listed = await app.gql(`query ($key: ID!) { goals(metricKey: $key) { name } }`, { key: arr });
    expect(listed.data.goals.map((goal: { name: string }) => goal.name).sort()).toEqual(['Company ARR', 'Rep ARR', 'Sales ARR']);
  });

  it('deletes only goals without sub-goals', async () => {
    const refused = await app.gql(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: department });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', children: [owner] });
    expect((await app.gql(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: owner })).data.deleteGoal).toBe(true);
    const gone = await app.gql(`query ($id: ID!) { goal(id: $id) { id } }`, { id: owner });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty name', { name: '  ' }, 'name'],
    ['an end before the start', { endAt: '2026-02-01T00:00:00Z' }, 'endAt'],
    ['a stepped goal without milestones', { shape: 'STEPPED', milestones: [] }, 'milestones'],
    ['a milestone after the end', { shape: 'MILESTONES', milestones: [{ at: '2026-03-02T00:00:00Z', value: 1 }, { at: '2026-04-01T00:00:00Z', value: 2 }] }, 'milestones[1].at'],
    ['an unknown parent', { parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
  ])('rejects %s naming the field', async (_, input, field) => {
    const response = await setGoal(input);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects an unknown metric as NOT_FOUND', async () => {
    const response = await setGoal({ metricKey: 'no.such_metric' });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('forecast', () => {
  beforeAll(async () => {
    const response = await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
      input: { metricKey: arr, kind: 'LONG_TERM', value: 150, effectiveFrom: '2026-01-01T00:00:00Z' },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  });

  it('projects an exact trend and the date it reaches the target', async () => {
    const { forecast } = await kpi(`forecast(periods: 6) { method granularity confidence targetValue projectedTargetDate points { at value lower upper } }`);
    expect(forecast).toEqual({
      method: 'holt-linear',
      granularity: 'DAY',
      confidence: 0.95,
      targetValue: 150,
      // 100 on Mar 10 + 10 a day: 150 on Mar 15.
      projectedTargetDate: '2026-03-15T00:00:00.000Z',
      // A perfect line has no residuals, so the band has no width.
      points: [110, 120, 130, 140, 150, 160].map((value, i) => ({ at: `2026-03-${11 + i}T00:00:00.000Z`, value, lower: value, upper: value })),
    });
  });

  it('forecasts as many buckets as it is fitted on by default', async () => {
    expect((await kpi(`forecast { points { at } }`)).forecast.points).toHaveLength(10);
  });

  it.each<[string, string]>([
    ['forecast(periods: 0) { method }', 'periods'],
    ['forecast(periods: 91) { method }', 'periods'],
    ['forecast(confidence: 1) { method }', 'confidence'],
  ])('rejects %s naming the field', async (fields, field) => {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { ${fields} } }`, { key: arr, range: RANGE });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is null with fewer than four complete buckets', async () => {
    const response = await app.gql(`query ($key: ID!) { kpi(key: $key, range: { from: "2026-03-01T00:00:00Z", to: "2026-03-04T00:00:00Z" }) { forecast { method } } }`, { key: arr });
    expect(response.data.kpi.forecast).toBeNull();
  });
});

describe('seeded plan', () => {
  it('seeds seed 004 as cascading goals: 2×/5×/10×/20× ARR phases and the day-30/60/90 plan', async () => {
    const { data, errors } = await app.gql(`{
      arr: goals(metricKey: "finance.arr") { id shape startValue endValue milestones { value } children { id metricKey children { id metricKey } } }
      ops: goal(id: "${OPERATIONS_GOAL_ID}") { shape startAt endAt milestones { at value } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.arr).toEqual([{
      id: COMPANY_GOAL_ID, shape: 'STEPPED', startValue: 2_000_000, endValue: 40_000_000,
      milestones: [{ value: 4_000_000 }, { value: 10_000_000 }, { value: 20_000_000 }],
      children: [{ id: OPERATIONS_GOAL_ID, metricKey: 'ops.automation_rate', children: [{ id: REVOPS_GOAL_ID, metricKey: 'marketing.sla_attainment' }] }],
    }]);
    const day = 86_400_000;
    const start = Date.parse(data.ops.startAt);
    expect(data.ops.milestones.map((m: { at: string }) => (Date.parse(m.at) - start) / day)).toEqual([30, 60]);
    expect((Date.parse(data.ops.endAt) - start) / day).toBe(90);
  });

  it('reads the goals of every KPI on a dashboard in one batch, and only when pacing is asked for', async () => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await record(app, [{ metricKey: 'finance.arr', value: 3_000_000, at }, { metricKey: 'ops.automated_tasks', value: 4, at }, { metricKey: 'ops.tasks', value: 10, at }]);
    const spy = jest.spyOn(app.services.goals, 'goalsOfMetrics');
    try {
      const without = await app.gql(`{ dashboard(slug: "executive") { sections { kpis { value } } } }`);
      expect(without.errors).toBeUndefined();
      expect(spy).not.toHaveBeenCalled();
      const withPacing = await app.gql(`{ dashboard(slug: "executive") { sections { kpis { metric { key } pacing { goal { id } expected status } } } } }`);
      expect(withPacing.errors).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(1);
      expect([...spy.mock.calls[0]![0]].sort()).toEqual(['finance.arr', 'ops.automation_rate']);
      const kpis = withPacing.data.dashboard.sections.flatMap((section: { kpis: unknown[] }) => section.kpis);
      // Still in the first phase of the stepped plan: 2M expected, 3M is ahead.
      expect(kpis.find((k: any) => k.metric.key === 'finance.arr').pacing).toEqual({ goal: { id: COMPANY_GOAL_ID }, expected: 2_000_000, status: 'AHEAD' });
    } finally {
      spy.mockRestore();
    }
  });
});
