import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Onboarding cases, tickets and renewals with known journeys, in Madrid time (CET, UTC+1, until the DST change of
 * 2026-03-29 01:00Z; CEST, UTC+2, after). Every expected number is worked out by hand from these journeys.
 *
 * February in Madrid is [01-31 23:00Z, 02-28 23:00Z); March is [02-28 23:00Z, 03-31 22:00Z).
 *
 * O1: signed 02-27 10:00Z, live 02-28 08:00Z: 22 h, met (February).
 * O2: signed 02-28 20:00Z, live 02-28 23:30Z: 3.5 h, met — 00:30 on March 1 in Madrid, so March (February in UTC).
 * O3: signed 03-28 11:00Z (12:00 CET), live 03-29 10:30Z (12:30 CEST): 23.5 h, met. The deadline is 24 elapsed hours,
 *     03-29 11:00Z (13:00 CEST); the same wall-clock time a day later (12:00 CEST = 10:00Z) would have breached it.
 * O4: signed 03-10 09:00Z, live 03-12 09:00Z: 48 h; breached at 03-11 09:00Z (found by the move).
 * O5: signed 03-20 09:00Z; breached by the scan at 03-21 09:00Z; live 03-22 09:00Z (48 h): still a breach.
 * → February: 1 live, 22 h, 1 deadline met. March: 4 live, 3.5 + 23.5 + 48 + 48 = 123 h (mean 30.75 h), 4 deadlines, 2 breached.
 *
 * T1 HIGH:   new 03-02 09:00Z, categorised billing 09:10, assigned 09:20, answered 09:45 (0.75 h, met), resolved 12:00 (3 h).
 * T2 NORMAL: new 03-03 09:00Z, categorised billing 09:30, assigned 10:00, answered 11:00 (2 h; breached at 10:00), resolved 03-04 09:00 (24 h).
 * T3 HIGH:   new 03-05 09:00Z, categorised access 09:05, assigned 09:10, answered 09:30 (0.5 h, met), reopened 10:00,
 *            answered again 11:00 (not a first response), resolved 13:00 (4 h).
 * → March: 3 answered in 3.25 h (HIGH: 2 in 1.25 h; NORMAL: 1 in 2 h); 3 resolved in 31 h (billing: 2 in 27 h; access: 1 in 4 h);
 *   3 deadlines, 1 breached.
 *
 * R1: renews 06-01 00:00Z, so opened 03-03 00:00Z; health check 03-05 (met), expansion review 03-10 (met), renewed 03-20 with
 *     $5,000 expansion: decision due 03-17, breached.
 * R2: renews 06-10 00:00Z, so opened 03-12 00:00Z; health check 03-13, review 03-14, churned 03-15: all met.
 * → March: 2 decided, 1 renewed; $5,000 expansion; 6 step deadlines, 1 breached.
 */
const FEBRUARY = { from: '2026-01-31T23:00:00Z', to: '2026-02-28T23:00:00Z' };
const MARCH = { from: '2026-02-28T23:00:00Z', to: '2026-03-31T22:00:00Z' };

const CREATE = `mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id created } }`;
const MOVE = `mutation ($id: ID!, $input: MoveWorkflowRecordInput!) { moveWorkflowRecord(id: $id, input: $input) { id } }`;

let app: TestApp;
const ids: Record<string, string> = {};

async function open(name: string, input: Record<string, unknown>): Promise<string> {
  const response = await app.gql(CREATE, { input });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  ids[name] = response.data.createWorkflowRecord.id;
  return ids[name];
}

async function move(id: string, to: string, at: string, extra: Record<string, unknown> = {}): Promise<void> {
  const response = await app.gql(MOVE, { id, input: { to, at, ...extra } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'Europe/Madrid' } });
  // Built with the breach timer off: the scan below is the only one, run when the fixture says.
  await app.services.slaMonitor.stop();
  const onboarding = (name: string, at: string) => open(name, { workflow: 'ONBOARDING', account: name, segment: 'SMB', openedAt: at });
  await move(await onboarding('O1', '2026-02-27T10:00:00Z'), 'ACCOUNT_LIVE', '2026-02-28T08:00:00Z');
  await move(await onboarding('O2', '2026-02-28T20:00:00Z'), 'ACCOUNT_LIVE', '2026-02-28T23:30:00Z');
  await move(await onboarding('O3', '2026-03-28T11:00:00Z'), 'ACCOUNT_LIVE', '2026-03-29T10:30:00Z');
  await move(await onboarding('O4', '2026-03-10T09:00:00Z'), 'ACCOUNT_LIVE', '2026-03-12T09:00:00Z');

  const ticket = async (name: string, priority: string, category: string, steps: Array<[string, string]>) => {
    const id = await open(name, { workflow: 'TICKET', priority, openedAt: steps[0][1] });
    for (const [to, at] of steps.slice(1)) {
      await move(id, to, at, to === 'CATEGORISED' ? { category } : to === 'ASSIGNED' ? { owner: 'ana' } : {});
    }
  };
  await ticket('T1', 'HIGH', 'billing', [['NEW', '2026-03-02T09:00:00Z'], ['CATEGORISED', '2026-03-02T09:10:00Z'], ['ASSIGNED', '2026-03-02T09:20:00Z'],
    ['ANSWERED', '2026-03-02T09:45:00Z'], ['RESOLVED', '2026-03-02T12:00:00Z']]);
  await ticket('T2', 'NORMAL', 'billing', [['NEW', '2026-03-03T09:00:00Z'], ['CATEGORISED', '2026-03-03T09:30:00Z'], ['ASSIGNED', '2026-03-03T10:00:00Z'],
    ['ANSWERED', '2026-03-03T11:00:00Z'], ['RESOLVED', '2026-03-04T09:00:00Z']]);
  await ticket('T3', 'HIGH', 'access', [['NEW', '2026-03-05T09:00:00Z'], ['CATEGORISED', '2026-03-05T09:05:00Z'], ['ASSIGNED', '2026-03-05T09:10:00Z'],
    ['ANSWERED', '2026-03-05T09:30:00Z'], ['ASSIGNED', '2026-03-05T10:00:00Z'], ['ANSWERED', '2026-03-05T11:00:00Z'], ['RESOLVED', '2026-03-05T13:00:00Z']]);

  const r1 = await open('R1', { workflow: 'RENEWAL', account: 'R1', segment: 'ENTERPRISE', renewalDate: '2026-06-01T00:00:00Z' });
  await move(r1, 'HEALTH_CHECKED', '2026-03-05T00:00:00Z');
  await move(r1, 'EXPANSION_REVIEWED', '2026-03-10T00:00:00Z');
  await move(r1, 'RENEWED', '2026-03-20T00:00:00Z', { amount: 5000 });
  const r2 = await open('R2', { workflow: 'RENEWAL', account: 'R2', segment: 'ENTERPRISE', renewalDate: '2026-06-10T00:00:00Z' });
  await move(r2, 'HEALTH_CHECKED', '2026-03-13T00:00:00Z');
  await move(r2, 'EXPANSION_REVIEWED', '2026-03-14T00:00:00Z');
  await move(r2, 'CHURNED', '2026-03-15T00:00:00Z');

  const o5 = await onboarding('O5', '2026-03-20T09:00:00Z');
  expect(await app.services.workflowSla.breachDue()).toBe(1);
  await move(o5, 'ACCOUNT_LIVE', '2026-03-22T09:00:00Z');
  app.services.slaMonitor.start();
});
afterAll(() => app.close());

async function kpi(key: string, range: { from: string; to: string }, filter?: Array<{ dimension: string; values: string[] }>): Promise<number | null> {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!]) { kpi(key: $key, range: $range, filter: $filter) { value } }`,
    { key, range, filter });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi.value;
}

describe('onboarding KPIs', () => {
  it('count each case in the month of the Madrid day it went live', async () => {
    expect(await kpi('cs.onboardings_live', FEBRUARY)).toBe(1);
    expect(await kpi('cs.onboarding_time', FEBRUARY)).toBeCloseTo(22, 9);
    expect(await kpi('cs.onboardings_live', MARCH)).toBe(4);
    expect(await kpi('cs.onboarding_time', MARCH)).toBeCloseTo(123 / 4, 9);
  });

  it('median and p90 of onboarding time, beside the mean', async () => {
    const durations = `query ($range: RangeInput) { workflowDurations(metricKey: "cs.onboarding_hours_total", range: $range) { count meanHours medianHours p90Hours } }`;
    // March sorted: 3.5, 23.5, 48, 48. Median (23.5 + 48) / 2; p90 at rank 0.9 × 3 = 2.7, between 48 and 48.
    expect((await app.gql(durations, { range: MARCH })).data.workflowDurations).toEqual({ count: 4, meanHours: 30.75, medianHours: 35.75, p90Hours: 48 });
    expect((await app.gql(durations, { range: FEBRUARY })).data.workflowDurations).toEqual({ count: 1, meanHours: 22, medianHours: 22, p90Hours: 22 });
    const tickets = await app.gql(`query ($range: RangeInput) { workflowDurations(metricKey: "cs.ticket_response_hours_total", range: $range) { count medianHours p90Hours } }`, { range: MARCH });
    // 0.5, 0.75, 2: median 0.75; p90 at rank 1.8, 0.75 + 0.8 × 1.25 = 1.75.
    expect(tickets.data.workflowDurations).toEqual({ count: 3, medianHours: 0.75, p90Hours: expect.closeTo(1.75, 9) });
    // The catalog's percentile KPIs give the same numbers, from one observation per case.
    expect(await kpi('cs.onboarding_time_median', MARCH)).toBeCloseTo(35.75, 9);
    expect(await kpi('cs.onboarding_time_p90', MARCH)).toBeCloseTo(48, 9);
    expect(await kpi('cs.onboarding_time_p90', FEBRUARY)).toBeCloseTo(22, 9);
    expect(await kpi('cs.ticket_first_response_median', MARCH)).toBeCloseTo(0.75, 9);
    expect(await kpi('cs.ticket_first_response_p90', MARCH)).toBeCloseTo(1.75, 9);
    // Resolution 3, 4, 24: median 4; p90 at rank 1.8, 4 + 0.8 × 20 = 20. Billing alone (3, 24): p90 3 + 0.9 × 21 = 21.9.
    expect(await kpi('cs.ticket_resolution_median', MARCH)).toBeCloseTo(4, 9);
    expect(await kpi('cs.ticket_resolution_p90', MARCH)).toBeCloseTo(20, 9);
    expect(await kpi('cs.ticket_resolution_p90', MARCH, [{ dimension: 'category', values: ['billing'] }])).toBeCloseTo(21.9, 9);
    const unknown = await app.gql(`{ workflowDurations(metricKey: "cs.nps") { count } }`);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metricKey' });
  });

  it('measure the 24-hour deadline in elapsed time across the DST change, and keep a breach met later a breach', async () => {
    expect(await kpi('cs.onboarding_sla_attainment', FEBRUARY)).toBeCloseTo(1, 9);
    expect(await kpi('cs.onboarding_sla_attainment', MARCH)).toBeCloseTo(0.5, 9);
    const { data } = await app.gql(`query ($o3: ID!, $o5: ID!) {
      o3: workflowRecord(id: $o3) { slaClocks { dueAt state metAt } }
      o5: workflowRecord(id: $o5) { state slaClocks { dueAt state metAt } journey { kind at fromState toState } }
    }`, { o3: ids.O3, o5: ids.O5 });
    expect(data.o3.slaClocks).toEqual([{ dueAt: '2026-03-29T11:00:00.000Z', state: 'MET', metAt: '2026-03-29T10:30:00.000Z' }]);
    expect(data.o5.slaClocks).toEqual([{ dueAt: '2026-03-21T09:00:00.000Z', state: 'BREACHED', metAt: '2026-03-22T09:00:00.000Z' }]);
    expect(data.o5.journey).toEqual([
      { kind: 'CREATED', at: '2026-03-20T09:00:00.000Z', fromState: null, toState: 'CONTRACT_SIGNED' },
      { kind: 'SLA_BREACHED', at: '2026-03-21T09:00:00.000Z', fromState: null, toState: null },
      { kind: 'TRANSITIONED', at: '2026-03-22T09:00:00.000Z', fromState: 'CONTRACT_SIGNED', toState: 'ACCOUNT_LIVE' },
    ]);
  });
});

describe('ticket KPIs', () => {
  it('first-response and resolution time, overall and by priority and category', async () => {
    expect(await kpi('cs.tickets_answered', MARCH)).toBe(3);
    expect(await kpi('cs.ticket_first_response_time', MARCH)).toBeCloseTo(3.25 / 3, 9);
    expect(await kpi('cs.ticket_first_response_time', MARCH, [{ dimension: 'priority', values: ['HIGH'] }])).toBeCloseTo(0.625, 9);
    expect(await kpi('cs.ticket_first_response_time', MARCH, [{ dimension: 'priority', values: ['NORMAL'] }])).toBeCloseTo(2, 9);
    expect(await kpi('cs.ticket_resolution_time', MARCH)).toBeCloseTo(31 / 3, 9);
    expect(await kpi('cs.ticket_resolution_time', MARCH, [{ dimension: 'category', values: ['billing'] }])).toBeCloseTo(13.5, 9);
    expect(await kpi('cs.ticket_resolution_time', MARCH, [{ dimension: 'category', values: ['access'] }])).toBeCloseTo(4, 9);
  });

  it('SLA attainment', async () => {
    expect(await kpi('cs.ticket_sla_attainment', MARCH)).toBeCloseTo(2 / 3, 9);
    expect(await kpi('cs.ticket_sla_attainment', FEBRUARY)).toBeNull();
  });
});

describe('renewal KPIs', () => {
  it('renewal rate, expansion and step attainment', async () => {
    expect(await kpi('cs.renewal_rate', MARCH)).toBeCloseTo(0.5, 9);
    expect(await kpi('cs.renewal_expansion', MARCH)).toBe(5000);
    expect(await kpi('cs.renewal_sla_attainment', MARCH)).toBeCloseTo(5 / 6, 9);
  });
});

describe('the scorecard and the drill-through', () => {
  it('every workflow KPI with a seed 004 number carries it as its target', async () => {
    const keys = ['cs.onboarding_time', 'cs.onboarding_sla_attainment', 'cs.ticket_first_response_time', 'cs.ticket_sla_attainment', 'cs.renewal_sla_attainment'];
    const { data } = await app.gql(`query ($keys: [ID!]!, $range: RangeInput) { kpis(keys: $keys, range: $range) { metric { key } target { value } } }`, { keys, range: MARCH });
    expect(data.kpis.map((k: { metric: { key: string }; target: { value: number } | null }) => [k.metric.key, k.target?.value])).toEqual([
      ['cs.onboarding_time', 24], ['cs.onboarding_sla_attainment', 0.9], ['cs.ticket_first_response_time', 1], ['cs.ticket_sla_attainment', 0.85], ['cs.renewal_sla_attainment', 0.8],
    ]);
  });

  it('workflowSlaAttainment agrees with the attainment KPIs, against the seed 004 targets', async () => {
    const { data } = await app.gql(`query ($range: RangeInput) { workflowSlaAttainment(range: $range) { workflow resolved breached attainment target } }`, { range: MARCH });
    expect(data.workflowSlaAttainment).toEqual([
      { workflow: 'ONBOARDING', resolved: 4, breached: 2, attainment: 0.5, target: 0.9 },
      { workflow: 'RENEWAL', resolved: 6, breached: 1, attainment: expect.closeTo(5 / 6, 9), target: 0.8 },
      { workflow: 'TICKET', resolved: 3, breached: 1, attainment: expect.closeTo(2 / 3, 9), target: 0.85 },
    ]);
  });

  it('lists the records behind a KPI slice', async () => {
    const { data } = await app.gql(`query ($metric: MetricSliceInput) { workflowRecords(workflow: ONBOARDING, metric: $metric) { account } }`,
      { metric: { key: 'cs.onboarding_sla_attainment', range: FEBRUARY } });
    expect(data.workflowRecords).toEqual([{ account: 'O1' }]);
    const march = await app.gql(`query ($metric: MetricSliceInput) { workflowRecords(workflow: TICKET, metric: $metric) { id } }`,
      { metric: { key: 'cs.ticket_first_response_time', range: MARCH, filter: [{ dimension: 'priority', values: ['HIGH'] }] } });
    expect(march.data.workflowRecords.map((r: { id: string }) => r.id).sort()).toEqual([ids.T1, ids.T3].sort());
  });
});
