import { WorkflowDurationSamples1796662800000 } from '../../database/migrations/1796662800000-workflow-duration-samples';
import { observeAddedWorkflowMetrics, seedCatalog } from '../../seed/seed.service';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { queryRawStats, queryStats, type StatsRow } from '../rollup/rollup.read';

/**
 * Median (P50) and p90 ticket first-response times, in Madrid time (CET, UTC+1, until the DST change of 2026-03-29
 * 01:00Z; CEST, UTC+2, after), worked out by hand. The rule is PostgreSQL's percentile_cont: the values sorted, the
 * one at position p × (n − 1), interpolated between its two neighbours.
 *
 * Madrid days: Sat 03-28 = [03-27 23:00Z, 03-28 23:00Z); Sun 03-29 = [03-28 23:00Z, 03-29 22:00Z), 23 hours;
 * Mon 03-30 = [03-29 22:00Z, 03-30 22:00Z). Weeks start on Monday: W13 = [03-22 23:00Z, 03-29 22:00Z), W14 from 03-29 22:00Z.
 *
 * Ticket  priority  opened       first answer   hours  Madrid day
 * A       HIGH      03-28 10:00Z 03-28 10:30Z   0.5    Sat 28
 * B       NORMAL    03-28 20:00Z 03-28 22:00Z   2      Sat 28 (23:00 CET)
 * C       HIGH      03-28 22:30Z 03-28 23:15Z   0.75   Sun 29 (00:15 CET): the UTC day would be the 28th
 * D       NORMAL    03-29 08:00Z 03-29 12:00Z   4      Sun 29
 * E       HIGH      03-29 21:00Z 03-29 22:15Z   1.25   Mon 30 (00:15 CEST), week W14: at the winter offset it would be Sunday, W13
 * F       NORMAL    03-30 08:00Z 03-30 11:00Z   3      Mon 30
 * G       URGENT    03-30 09:00Z 03-30 09:06Z   0.1    Mon 30
 * D is answered a second time after being reopened: not a first response, so no second value.
 *
 * Per day:  Sat 0.5, 2            → median (0.5 + 2) / 2 = 1.25;   p90 at 0.9: 0.5 + 0.9 × 1.5 = 1.85
 *           Sun 0.75, 4           → median 2.375;                  p90 at 0.9: 0.75 + 0.9 × 3.25 = 3.675
 *           Mon 0.1, 1.25, 3      → median 1.25;                   p90 at 1.8: 1.25 + 0.8 × 1.75 = 2.65
 * Per week: W13 0.5, 0.75, 2, 4   → median (0.75 + 2) / 2 = 1.375; p90 at 2.7: 2 + 0.7 × 2 = 3.4
 *           W14 = Monday           → median 1.25; p90 2.65
 * The three days (Sat–Mon): 0.1, 0.5, 0.75, 1.25, 2, 3, 4 → median (position 3) 1.25; p90 at 5.4: 3 + 0.4 × 1 = 3.4.
 *   Not the median of the daily medians (1.25, 2.375, 1.25 → 1.25 by luck) nor their mean: the p90 of the daily p90s
 *   (1.85, 2.65, 3.675) would be 3.48.
 * By priority over the three days: HIGH 0.5, 0.75, 1.25 → median 0.75, p90 at 1.8: 0.75 + 0.8 × 0.5 = 1.15;
 *   NORMAL 2, 3, 4 → median 3, p90 3.8; URGENT 0.1 → 0.1 and 0.1.
 * Targets (seed): median ≤ 1 h, p90 ≤ 1 h, 10 % tolerance: Monday's median 1.25 is OFF_TRACK (beyond 1.1).
 */
const SAT = { from: '2026-03-27T23:00:00Z', to: '2026-03-28T23:00:00Z' };
const SUN = { from: '2026-03-28T23:00:00Z', to: '2026-03-29T22:00:00Z' };
const MON = { from: '2026-03-29T22:00:00Z', to: '2026-03-30T22:00:00Z' };
const THREE_DAYS = { from: SAT.from, to: MON.to };
const TWO_WEEKS = { from: '2026-03-22T23:00:00Z', to: '2026-04-05T22:00:00Z' };
const MEDIAN = 'cs.ticket_first_response_median';
const P90 = 'cs.ticket_first_response_p90';

const CREATE = `mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id } }`;
const MOVE = `mutation ($id: ID!, $input: MoveWorkflowRecordInput!) { moveWorkflowRecord(id: $id, input: $input) { id } }`;

let app: TestApp;
const ids: Record<string, string> = {};

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await app.gql(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

const minutesAfter = (at: string, minutes: number) => new Date(new Date(at).getTime() + minutes * 60_000).toISOString();

/** A ticket opened at `opened`, categorised and assigned within its first minutes, first answered at `answered`. */
async function ticket(name: string, priority: string, category: string, opened: string, answered: string): Promise<string> {
  const { createWorkflowRecord } = await gql<{ createWorkflowRecord: { id: string } }>(CREATE, { input: { workflow: 'TICKET', externalId: `pct-${name}`, priority, openedAt: opened } });
  const id = (ids[name] = createWorkflowRecord.id);
  await gql(MOVE, { id, input: { to: 'CATEGORISED', at: minutesAfter(opened, 1), category } });
  await gql(MOVE, { id, input: { to: 'ASSIGNED', at: minutesAfter(opened, 2), owner: 'ana' } });
  await gql(MOVE, { id, input: { to: 'ANSWERED', at: answered } });
  return id;
}

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'Europe/Madrid' } });
  await app.services.slaMonitor.stop();
  await ticket('A', 'HIGH', 'billing', '2026-03-28T10:00:00Z', '2026-03-28T10:30:00Z');
  await ticket('B', 'NORMAL', 'billing', '2026-03-28T20:00:00Z', '2026-03-28T22:00:00Z');
  await ticket('C', 'HIGH', 'access', '2026-03-28T22:30:00Z', '2026-03-28T23:15:00Z');
  const d = await ticket('D', 'NORMAL', 'access', '2026-03-29T08:00:00Z', '2026-03-29T12:00:00Z');
  await gql(MOVE, { id: d, input: { to: 'ASSIGNED', at: '2026-03-29T13:00:00Z' } });
  await gql(MOVE, { id: d, input: { to: 'ANSWERED', at: '2026-03-29T18:00:00Z' } });
  await ticket('E', 'HIGH', 'billing', '2026-03-29T21:00:00Z', '2026-03-29T22:15:00Z');
  await ticket('F', 'NORMAL', 'billing', '2026-03-30T08:00:00Z', '2026-03-30T11:00:00Z');
  await ticket('G', 'URGENT', 'access', '2026-03-30T09:00:00Z', '2026-03-30T09:06:00Z');
  app.services.slaMonitor.start();
});
afterAll(() => app.close());

interface KpiResult {
  value: number | null;
  comparisonValue: number | null;
  status: string | null;
  target: { value: number } | null;
  trend: Array<{ at: string; value: number | null }>;
}

async function kpi(key: string, range: { from: string; to: string }, filter?: Array<{ dimension: string; values: string[] }>): Promise<KpiResult> {
  const data = await gql<{ kpi: KpiResult }>(`query ($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!]) {
    kpi(key: $key, range: $range, filter: $filter) { value comparisonValue status target { value } trend { at value } } }`, { key, range, filter });
  return data.kpi;
}

interface SeriesResult {
  groups: Array<{ key: string | null; total: number | null; points: Array<{ at: string; value: number | null }> }>;
  comparison: Array<{ at: string; value: number | null }> | null;
}

async function series(key: string, range: { from: string; to: string }, granularity: string, groupBy?: string, compare?: string): Promise<SeriesResult> {
  const data = await gql<{ series: SeriesResult }>(`query ($key: ID!, $range: RangeInput, $granularity: Granularity, $groupBy: String, $compare: Comparison) {
    series(key: $key, range: $range, granularity: $granularity, groupBy: $groupBy, compare: $compare) { groups { key total points { at value } } comparison { at value } } }`,
  { key, range, granularity, groupBy, compare });
  return data.series;
}

const values = (points: Array<{ value: number | null }>) => points.map((p) => p.value);
const close = (list: Array<number | null>) => list.map((v) => (v === null ? null : expect.closeTo(v, 9)));

describe('first-response percentiles', () => {
  it('per Madrid day, across the day the clocks go forward', async () => {
    const median = await series(MEDIAN, THREE_DAYS, 'DAY');
    expect(median.groups[0].points.map((p) => p.at)).toEqual([SAT.from, SUN.from, MON.from].map((at) => new Date(at).toISOString()));
    expect(values(median.groups[0].points)).toEqual(close([1.25, 2.375, 1.25]));
    expect(median.groups[0].total).toBeCloseTo(1.25, 9);
    const p90 = await series(P90, THREE_DAYS, 'DAY');
    expect(values(p90.groups[0].points)).toEqual(close([1.85, 3.675, 2.65]));
    // The whole period from every case, not from the days' p90s (which would give 3.48).
    expect(p90.groups[0].total).toBeCloseTo(3.4, 9);
  });

  it('per Madrid week: E, answered at 00:15 CEST on Monday, is in the second week', async () => {
    expect(values((await series(MEDIAN, TWO_WEEKS, 'WEEK')).groups[0].points)).toEqual(close([1.375, 1.25]));
    expect(values((await series(P90, TWO_WEEKS, 'WEEK')).groups[0].points)).toEqual(close([3.4, 2.65]));
  });

  it('a KPI over a period: value, comparison with the previous day, sparkline, target and status', async () => {
    const monday = await kpi(MEDIAN, MON);
    expect(monday.value).toBeCloseTo(1.25, 9);
    expect(monday.comparisonValue).toBeCloseTo(2.375, 9); // Sunday, the previous local day (23 hours long)
    expect(monday.target?.value).toBe(1);
    expect(monday.status).toBe('OFF_TRACK');
    const p90 = await kpi(P90, THREE_DAYS);
    expect(p90.value).toBeCloseTo(3.4, 9);
    expect(values(p90.trend)).toEqual(close([1.85, 3.675, 2.65]));
    // No answer on the Friday before: no value, not 0.
    expect((await kpi(P90, { from: '2026-03-26T23:00:00Z', to: SAT.from })).value).toBeNull();
    const compared = await series(P90, MON, 'DAY', undefined, 'PREVIOUS_PERIOD');
    expect(values(compared.comparison!)).toEqual(close([3.675]));
  });

  it('a day without cases is a gap in the trend, never 0 h, so the forecast is not fitted on it', async () => {
    const FRI_TO_MON = { from: '2026-03-26T23:00:00Z', to: MON.to };
    const data = await gql<{ kpi: { trend: Array<{ value: number | null }>; forecast: unknown } }>(`query ($key: ID!, $range: RangeInput) {
      kpi(key: $key, range: $range) { trend { value } forecast(periods: 2) { points { value } } } }`, { key: P90, range: FRI_TO_MON });
    expect(values(data.kpi.trend)).toEqual(close([null, 1.85, 3.675, 2.65]));
    // Three days with cases: fewer than the four complete buckets a forecast needs (a 0 for Friday would have made four).
    expect(data.kpi.forecast).toBeNull();
  });

  it('broken down by priority, and filtered by it', async () => {
    for (const [key, expected] of [[MEDIAN, { HIGH: 0.75, NORMAL: 3, URGENT: 0.1 }], [P90, { HIGH: 1.15, NORMAL: 3.8, URGENT: 0.1 }]] as const) {
      const { groups } = await series(key, THREE_DAYS, 'DAY', 'priority');
      expect(Object.fromEntries(groups.map((g) => [g.key, g.total]))).toEqual({
        HIGH: expect.closeTo(expected.HIGH, 9), NORMAL: expect.closeTo(expected.NORMAL, 9), URGENT: expect.closeTo(expected.URGENT, 9),
      });
      expect((await kpi(key, THREE_DAYS, [{ dimension: 'priority', values: ['HIGH'] }])).value).toBeCloseTo(expected.HIGH, 9);
    }
    // HIGH per day: Sat A 0.5; Sun C 0.75; Mon E 1.25.
    const high = (await series(P90, THREE_DAYS, 'DAY', 'priority')).groups.find((g) => g.key === 'HIGH')!;
    expect(values(high.points)).toEqual(close([0.5, 0.75, 1.25]));
  });

  it('drills through to the tickets behind a day and a priority', async () => {
    const behind = async (range: { from: string; to: string }, filter?: Array<{ dimension: string; values: string[] }>) => {
      const data = await gql<{ workflowRecords: Array<{ id: string }> }>(`query ($metric: MetricSliceInput) { workflowRecords(workflow: TICKET, metric: $metric) { id } }`,
        { metric: { key: P90, range, filter } });
      return data.workflowRecords.map((r) => r.id).sort();
    };
    expect(await behind(SUN)).toEqual([ids.C, ids.D].sort());
    expect(await behind(SUN, [{ dimension: 'priority', values: ['HIGH'] }])).toEqual([ids.C]);
    expect(await behind(MON)).toEqual([ids.E, ids.F, ids.G].sort());
  });

  it('reads the same as the raw rows through the rollup read path, which skips its rollups for percentiles', async () => {
    const request = { metricKeys: [MEDIAN, P90, 'cs.tickets_answered'], range: { from: new Date(TWO_WEEKS.from), to: new Date(TWO_WEEKS.to) }, timeZone: 'Europe/Madrid' };
    const key = (r: StatsRow) => `${r.metricKey}|${r.bucket?.toISOString()}|${r.group}|${r.series}`;
    const sorted = (rows: StatsRow[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    for (const extra of [{ granularity: 'DAY' as const }, { granularity: 'WEEK' as const, groupBy: 'priority' }, {}]) {
      const [rollup, raw] = await Promise.all([queryStats(app.db, { ...request, ...extra }), queryRawStats(app.db, { ...request, ...extra })]);
      expect(sorted(rollup)).toEqual(sorted(raw));
    }
    const whole = await queryStats(app.db, { ...request, metricKeys: [MEDIAN] });
    expect(whole.map((row) => row.values)).toEqual([[0.1, 0.5, 0.75, 1.25, 2, 3, 4].map((v) => expect.closeTo(v, 9))]);
  });
});

describe('the catalog percentiles', () => {
  it('carry their seed targets, and the workflow KPIs that had none now have one', async () => {
    const keys = [
      'cs.onboarding_time_median', 'cs.onboarding_time_p90', MEDIAN, P90, 'cs.ticket_resolution_median', 'cs.ticket_resolution_p90',
      'cs.ticket_resolution_time', 'cs.renewal_rate', 'cs.renewal_expansion',
    ];
    const data = await gql<{ kpis: Array<{ metric: { key: string; aggregation: string; unit: { kind: string } }; target: { value: number } | null }> }>(
      `query ($keys: [ID!]!, $range: RangeInput) { kpis(keys: $keys, range: $range) { metric { key aggregation unit { kind } } target { value } } }`, { keys, range: THREE_DAYS });
    expect(data.kpis.map((k) => [k.metric.key, k.metric.aggregation, k.metric.unit.kind, k.target?.value])).toEqual([
      ['cs.onboarding_time_median', 'P50', 'HOURS', 24], ['cs.onboarding_time_p90', 'P90', 'HOURS', 24],
      [MEDIAN, 'P50', 'HOURS', 1], [P90, 'P90', 'HOURS', 1],
      ['cs.ticket_resolution_median', 'P50', 'HOURS', 24], ['cs.ticket_resolution_p90', 'P90', 'HOURS', 72],
      ['cs.ticket_resolution_time', 'AVG', 'HOURS', 24], ['cs.renewal_rate', 'AVG', 'PERCENT', 0.95], ['cs.renewal_expansion', 'SUM', 'CURRENCY', 250_000],
    ]);
  });

  it('refuses a percentile on a derived metric, naming the aggregation', async () => {
    const create = `mutation ($input: MetricInput!) { createMetric(input: $input) { key aggregation } }`;
    const input = {
      key: 'cs.pct_check', name: 'Percentile check', department: 'CUSTOMER_SUCCESS', unit: { kind: 'HOURS' }, direction: 'LOWER_IS_BETTER', aggregation: 'P90',
    };
    const derived = await app.gql(create, { input: { ...input, formula: 'cs.ticket_response_hours_total / cs.tickets_answered' } });
    expect(derived.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aggregation' });
    expect((await app.gql(`{ metric(key: "cs.pct_check") { key } }`)).data.metric).toBeNull();
    const base = await app.gql(create, { input });
    expect(base.data.createMetric).toEqual({ key: 'cs.pct_check', aggregation: 'P90' });
    const toDerived = await app.gql(`mutation { updateMetric(key: "cs.ticket_first_response_time", input: { aggregation: P50 }) { key } }`);
    expect(toDerived.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aggregation' });
  });
});

describe('an installation from before the percentile KPIs', () => {
  it('gets them on its next start, with the history of the tickets already journaled', async () => {
    const keys = ['cs.onboarding_time_median', 'cs.onboarding_time_p90', MEDIAN, P90, 'cs.ticket_resolution_median', 'cs.ticket_resolution_p90'];
    const migration = new WorkflowDurationSamples1796662800000();
    const runner = app.db.createQueryRunner();
    try {
      // As it stood: no such metrics (their series and observations go with them), events without their facts.
      await app.db.query('DELETE FROM metric WHERE key = ANY($1)', [keys]);
      await migration.down(runner);
      const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM workflow_event WHERE facts ? $1`, [P90]);
      expect(count).toBe(0);
      // The upgrade: the migration, then the start-up seed and the observations of what it added.
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const added = await seedCatalog(app.db, new Date(), 'Europe/Madrid');
    expect(added.sort()).toEqual([...keys].sort());
    // One observation per first answer (7) for each of the two first-response KPIs; none for onboarding or resolution here.
    expect(await observeAddedWorkflowMetrics(app.services, added)).toBe(14);
    expect((await kpi(P90, THREE_DAYS)).value).toBeCloseTo(3.4, 9);
    expect(values((await series(MEDIAN, THREE_DAYS, 'DAY')).groups[0].points)).toEqual(close([1.25, 2.375, 1.25]));
    // A second start adds nothing and writes nothing.
    expect(await seedCatalog(app.db, new Date(), 'Europe/Madrid')).toEqual([]);
    expect(await observeAddedWorkflowMetrics(app.services, [])).toBe(0);
  });
});
