import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record } from '../../testing/fixtures';
import { COMPANY_GOAL_ID, OPERATIONS_GOAL_ID, PROJECTION_GOAL_IDS, REVOPS_GOAL_ID } from '../../seed/goals.seed';

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

describe('the company plan', () => {
  const PROGRESS = `at expected actual projectedAtEnd status trajectory { at value } actuals { at value }`;
  const plan = async () => {
    const response = await app.gql(`{ goalPlan { id name parentId editable metric { key aggregation } progress { ${PROGRESS} } } }`);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.goalPlan as Array<{ id: string; name: string; parentId: string | null; editable: boolean; progress: any }>;
  };

  it('lists every goal with its progress judged at the end of a goal that has ended', async () => {
    // Over Mar 1–11 the stock reads 100 at its last point; the goal wanted 200 by Mar 11.
    const ended = await created({ name: 'Ended ARR push', endAt: '2026-03-11T00:00:00Z' });
    const goal = (await plan()).find((g) => g.id === ended)!;
    expect(goal).toMatchObject({ name: 'Ended ARR push', parentId: null, editable: true, metric: { key: arr, aggregation: 'LAST' } });
    expect(goal.progress).toMatchObject({
      at: '2026-03-11T00:00:00.000Z', expected: 200, actual: 100, projectedAtEnd: 100, status: 'BEHIND',
      trajectory: [{ at: '2026-03-01T00:00:00.000Z', value: 0 }, { at: '2026-03-11T00:00:00.000Z', value: 200 }],
    });
    // A stock is shown as it reads, one point per day bucket.
    expect(goal.progress.actuals.map((p: { value: number }) => p.value)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('sums a flow from the goal start, so its running total is what the trajectory is compared with', async () => {
    const signups = await createMetric(app, { aggregation: 'SUM' });
    await record(app, Array.from({ length: 4 }, (_, i) => ({ metricKey: signups, value: i + 1, at: `2026-03-0${i + 1}T12:00:00Z` })));
    const id = await created({ name: 'Signups', metricKey: signups, endValue: 8, endAt: '2026-03-05T00:00:00Z' });
    const goal = (await plan()).find((g) => g.id === id)!;
    // 1 + 2 + 3 + 4 = 10 against 8 wanted: 25 % over, AHEAD.
    expect(goal.progress).toMatchObject({ expected: 8, actual: 10, status: 'AHEAD' });
    expect(goal.progress.actuals.map((p: { value: number }) => p.value)).toEqual([1, 3, 6, 10]);
  });

  it('expects the trajectory value today while a goal runs, and nothing measured before it starts', async () => {
    const day = 86_400_000;
    const running = await created({ name: 'Running', startAt: new Date(Date.now() - 10 * day).toISOString(), endAt: new Date(Date.now() + 10 * day).toISOString() });
    const future = await created({ name: 'Next year', startAt: '2027-06-01T00:00:00Z', endAt: '2027-12-01T00:00:00Z' });
    const goals = await plan();
    const progress = goals.find((g) => g.id === running)!.progress;
    // Half-way along 0 → 200; no data recorded in the last ten days.
    expect(progress.expected).toBeCloseTo(100, 2);
    expect(progress).toMatchObject({ actual: null, status: null, projectedAtEnd: null, actuals: [] });
    expect(goals.find((g) => g.id === future)!.progress).toMatchObject({ expected: 0, actual: null, status: null, actuals: [] });
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

// Issue #22 items 7 and 8: forecasts and projections within what the metric can be, target dates only ahead.
describe('forecast and pacing within the domain', () => {
  const DAY = 86_400_000;
  // Local (UTC) midnight today, so "the last 7 days" holds today's running bucket and six complete ones.
  const today = () => new Date(Math.floor(Date.now() / DAY) * DAY);
  const daysAgo = (n: number) => new Date(today().getTime() - n * DAY + 12 * 3_600_000).toISOString();
  let won: string;
  let closed: string;
  let share: string;
  let stock: string;

  beforeAll(async () => {
    won = await createMetric(app);
    closed = await createMetric(app);
    share = await createMetric(app, { unit: { kind: 'PERCENT' }, aggregation: 'AVG', formula: `${won} / ${closed}` });
    stock = await createMetric(app, { aggregation: 'LAST', unit: { kind: 'CURRENCY', currency: 'USD' } });
    // A share rising 50 % → 95 % by 9 points a day over Mar 1–6, and a stock falling 50 → 10.
    await record(app, [50, 59, 68, 77, 86, 95].flatMap((percent, i) => [
      { metricKey: won, value: percent, at: `2026-03-0${i + 1}T12:00:00Z` },
      { metricKey: closed, value: 100, at: `2026-03-0${i + 1}T12:00:00Z` },
      { metricKey: stock, value: 50 - 8 * i, at: `2026-03-0${i + 1}T12:00:00Z` },
    ]));
  });

  const kpiOf = async (key: string, range: unknown, fields: string) => {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value ${fields} } }`, { key, range });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.kpi;
  };
  const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-03-07T00:00:00Z' };

  it('gives a share the domain 0–1 and a stock of money 0 and up', async () => {
    const { data } = await app.gql(`query ($a: ID!, $b: ID!) { a: metric(key: $a) { domain { min max } } b: metric(key: $b) { domain { min max } } }`, { a: share, b: stock });
    expect(data).toEqual({ a: { domain: { min: 0, max: 1 } }, b: { domain: { min: 0, max: null } } });
  });

  it('keeps a rising share\'s forecast and band at or under 100 %, and a falling stock\'s at or over 0', async () => {
    const rising = (await kpiOf(share, MARCH, 'forecast(periods: 4) { points { value lower upper } }')).forecast.points;
    // 95 % + 9 points a day: 104 %, 113 % … without the domain.
    expect(rising.map((p: { value: number }) => p.value)).toEqual([1, 1, 1, 1]);
    for (const p of rising) expect(p.upper).toBeLessThanOrEqual(1);
    const falling = (await kpiOf(stock, MARCH, 'forecast(periods: 4) { points { value lower upper } }')).forecast.points;
    // 10 − 8 a day: 2, then −6, −14, −22 without the domain.
    expect(falling.map((p: { value: number }) => Math.round(p.value * 1e6) / 1e6)).toEqual([2, 0, 0, 0]);
    for (const p of falling) expect(p.lower).toBeGreaterThanOrEqual(0);
  });

  it('paces a share to at most 100 %', async () => {
    await created({ name: 'Win more', metricKey: share, startValue: 0.5, startAt: '2026-03-01T00:00:00Z', endValue: 0.9, endAt: '2026-03-31T00:00:00Z' });
    const { value, pacing } = await kpiOf(share, MARCH, 'pacing { projectedAtEnd }');
    // 435 won of 600 closed, 72.5 % after 6 of 30 days from 50 %: the run rate heads for 72.5 + 22.5 × 24/6 = 162.5 %.
    expect(value).toBeCloseTo(0.725, 9);
    expect(pacing.projectedAtEnd).toBe(1);
  });

  it('gives no date for a target the running bucket (today) meets but the KPI does not', async () => {
    const rising = await createMetric(app, { aggregation: 'LAST' });
    // 10, 20 … 60 on the six complete days; nothing yet today, so the KPI reads 60 and the forecast 70 today, 80 tomorrow, 90 after.
    await record(app, [6, 5, 4, 3, 2, 1].map((n, i) => ({ metricKey: rising, value: 10 * (i + 1), at: daysAgo(n) })));
    const setTarget = async (value: number) => {
      const response = await app.gql(`mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
        input: { metricKey: rising, kind: 'PLAN', value, effectiveFrom: '2020-01-01T00:00:00Z' },
      });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    };
    const fields = 'forecast(periods: 3) { targetValue projectedTargetDate points { at value } }';
    await setTarget(70);
    const todayOnly = await kpiOf(rising, { preset: 'LAST_7_DAYS' }, fields);
    expect(todayOnly.value).toBe(60);
    expect(todayOnly.forecast.points.map((p: { at: string; value: number }) => [p.at, Math.round(p.value)])).toEqual([
      [today().toISOString(), 70], [new Date(today().getTime() + DAY).toISOString(), 80], [new Date(today().getTime() + 2 * DAY).toISOString(), 90],
    ]);
    expect(todayOnly.forecast).toMatchObject({ targetValue: 70, projectedTargetDate: null });
    await setTarget(85);
    const ahead = await kpiOf(rising, { preset: 'LAST_7_DAYS' }, fields);
    expect(ahead.forecast).toMatchObject({ targetValue: 85, projectedTargetDate: new Date(today().getTime() + 2 * DAY).toISOString() });
  });
});

describe('seeded plan', () => {
  it('seeds seed 004 as cascading goals: 2×/5×/10×/20× ARR phases and the day-30/60/90 plan', async () => {
    const { data, errors } = await app.gql(`{
      arr: goals(metricKey: "finance.arr") { id shape startValue endValue milestones { value } children { id metricKey children { id metricKey } } }
      ops: goal(id: "${OPERATIONS_GOAL_ID}") { shape startAt endAt milestones { at value } }
    }`);
    expect(errors).toBeUndefined();
    // On ARR: the company goal and, under it, the three-year projection's revenue line (plan.test.ts).
    expect(data.arr.map((goal: { id: string }) => goal.id).sort()).toEqual([COMPANY_GOAL_ID, PROJECTION_GOAL_IDS[0]].sort());
    const company = data.arr.find((goal: { id: string }) => goal.id === COMPANY_GOAL_ID);
    expect(company).toMatchObject({
      shape: 'MILESTONES', startValue: 2_000_000, endValue: 40_000_000,
      milestones: [{ value: 4_000_000 }, { value: 10_000_000 }, { value: 20_000_000 }],
    });
    expect(company.children.find((child: { id: string }) => child.id === OPERATIONS_GOAL_ID))
      .toEqual({ id: OPERATIONS_GOAL_ID, metricKey: 'ops.automation_rate', children: [{ id: REVOPS_GOAL_ID, metricKey: 'marketing.sla_attainment' }] });
    expect(company.children.map((child: { id: string }) => child.id).sort()).toEqual([OPERATIONS_GOAL_ID, ...PROJECTION_GOAL_IDS].sort());
    const day = 86_400_000;
    const start = Date.parse(data.ops.startAt);
    expect(data.ops.milestones.map((m: { at: string }) => (Date.parse(m.at) - start) / day)).toEqual([30, 60]);
    expect((Date.parse(data.ops.endAt) - start) / day).toBe(90);
  });

  it('reads the goals of every KPI on a dashboard in one batch, and only when pacing is asked for', async () => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await record(app, [{ metricKey: 'finance.arr', value: 8_000_000, at }, { metricKey: 'ops.automated_tasks', value: 4, at }, { metricKey: 'ops.tasks', value: 10, at }]);
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
      // Within the first phase (2M → 4M by month 6), whichever day of the quarter this runs: 8M is ahead, and its run
      // rate lands past the 40M end even on a quarter's 92nd day (8M + 6M / 92 × 639 days ≈ 49.7M), so it stays ahead.
      // (5M would land short of 36M from the 65th day on, 5M + 3M / 65 × 666 ≈ 35.7M, and be behind.)
      const arr = kpis.find((k: any) => k.metric.key === 'finance.arr').pacing;
      expect(arr).toMatchObject({ goal: { id: COMPANY_GOAL_ID }, status: 'AHEAD' });
      expect(arr.expected).toBeGreaterThanOrEqual(2_000_000);
      expect(arr.expected).toBeLessThan(4_000_000);
    } finally {
      spy.mockRestore();
    }
  });
  it('keeps a margin\'s projection at or under 100 % when its unit is bounded there', async () => {
    // The same data on two percent metrics: 0.6 every day, against a goal from 0.1 on Mar 1 to 0.9 on Mar 21.
    const projected = async (unit: { kind: string; scaleMax?: number }) => {
      const key = await createMetric(app, { aggregation: 'AVG', unit });
      await record(app, Array.from({ length: 10 }, (_, i) => ({ metricKey: key, value: 0.6, at: `2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z` })));
      await created({ name: 'Margin', metricKey: key, startValue: 0.1, endValue: 0.9 });
      const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { pacing { projectedAtEnd } } }`, { key, range: RANGE });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data.kpi.pacing.projectedAtEnd as number;
    };
    // Run rate at Mar 11: 0.6 + (0.6 − 0.1) / 10 days × 10 days = 1.1.
    expect(await projected({ kind: 'PERCENT' })).toBeCloseTo(1.1, 10);
    expect(await projected({ kind: 'PERCENT', scaleMax: 1 })).toBe(1);
  });
});
