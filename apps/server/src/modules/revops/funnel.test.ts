import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';
import { createLead, insertReps, logContact, transition } from '../../testing/lead-fixtures';

/**
 * Six leads with known journeys in New York time (EST, UTC−5), across the January/February boundary. Every
 * expected number below is worked out by hand from these journeys, not by the code under test.
 *
 * L1 referral: created 01-10 14:00Z, MQL 15:00, call 17:00 (3 h), SQL 01-12 15:00, opportunity 01-13 15:00 ($10,000), WON 01-20 15:00.
 * L2 referral: created 01-15 14:00Z, MQL 16:00, SQL needs a contact: call 01-16 20:00 (30 h; 4 h after the MQL deadline),
 *              SQL 01-18 14:00, opportunity 01-19 14:00 ($5,000), LOST 01-25 14:00.
 * L3 social:   created 01-20 14:00Z, call 15:00 (1 h), MQL 01-21 14:00, never contacted again: MQL deadline breached 01-22 14:00.
 * L4 events:   created 02-01 03:00Z (January 31, 22:00 in New York), call 04:00 (1 h), MQL 02-01 06:00Z (February 1, 01:00 New York):
 *              its MQL deadline passes 02-02 06:00Z, in February.
 * L5 events:   created 02-03 15:00Z, MQL 16:00, call 19:00 (4 h), SQL 02-05 15:00.
 * L6 social:   created 01-25 14:00Z in a region no rep covers: queued, processing deadline breached 01-25 14:05.
 * Every lead but L6 is routed to fran on creation, which meets its processing SLA at once.
 */
const JANUARY = { from: '2026-01-01T05:00:00Z', to: '2026-02-01T05:00:00Z' };
const FEBRUARY = { from: '2026-02-01T05:00:00Z', to: '2026-03-01T05:00:00Z' };

let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'America/New_York' } });
  await insertReps(app, [{ key: 'fran', territories: ['NY'], specialisations: [], capacity: 100 }]);
  // Built with the breach timer off, so it cannot breach a deadline before the fixture logs the contact meeting it.
  await app.services.slaMonitor.stop();
  const lead = async (name: string, channel: string, createdAt: string, region = 'NY') => {
    ids[name] = (await createLead(app, { channel, region, segment: 'SMB', createdAt })).id;
    return ids[name];
  };
  const call = (id: string, at: string) => logContact(app, id, { kind: 'CALL', at });
  const move = (id: string, to: string, at: string, amount?: number) => transition(app, id, { to, at, ...(amount === undefined ? {} : { opportunity: { amount } }) });

  const l1 = await lead('L1', 'referral', '2026-01-10T14:00:00Z');
  await move(l1, 'MQL', '2026-01-10T15:00:00Z');
  await call(l1, '2026-01-10T17:00:00Z');
  await move(l1, 'SQL', '2026-01-12T15:00:00Z');
  await move(l1, 'OPPORTUNITY', '2026-01-13T15:00:00Z', 10_000);
  await move(l1, 'WON', '2026-01-20T15:00:00Z');

  const l2 = await lead('L2', 'referral', '2026-01-15T14:00:00Z');
  await move(l2, 'MQL', '2026-01-15T16:00:00Z');
  await call(l2, '2026-01-16T20:00:00Z');
  await move(l2, 'SQL', '2026-01-18T14:00:00Z');
  await move(l2, 'OPPORTUNITY', '2026-01-19T14:00:00Z', 5_000);
  await move(l2, 'LOST', '2026-01-25T14:00:00Z');

  const l3 = await lead('L3', 'social', '2026-01-20T14:00:00Z');
  await call(l3, '2026-01-20T15:00:00Z');
  await move(l3, 'MQL', '2026-01-21T14:00:00Z');

  const l4 = await lead('L4', 'events', '2026-02-01T03:00:00Z');
  await call(l4, '2026-02-01T04:00:00Z');
  await move(l4, 'MQL', '2026-02-01T06:00:00Z');

  const l5 = await lead('L5', 'events', '2026-02-03T15:00:00Z');
  await move(l5, 'MQL', '2026-02-03T16:00:00Z');
  await call(l5, '2026-02-03T19:00:00Z');
  await move(l5, 'SQL', '2026-02-05T15:00:00Z');

  await lead('L6', 'social', '2026-01-25T14:00:00Z', 'NOREP');

  // Back on, the timer catches up on every deadline that passed: L3's, L4's and L6's (L2's was found late by its contact).
  app.services.slaMonitor.start();
  await waitFor(async () => (await app.db.query(`SELECT count(*)::int AS n FROM sla_clock WHERE state = 'BREACHED'`))[0].n === 4);
});
afterAll(() => app.close());

async function kpi(key: string, range: { from: string; to: string }): Promise<number | null> {
  const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value } }`, { key, range });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi.value;
}

const FUNNEL = `query ($range: RangeInput, $groupBy: String) {
  funnel(range: $range, groupBy: $groupBy) {
    total { stages { status entered conversion medianHoursInStage } responseTime { contacted meanHours medianHours p90Hours } winRate }
    groups { key stages { status entered conversion } }
  }
}`;

describe('KPIs computed from the lead records (America/New_York)', () => {
  it.each<[string, number, number | null]>([
    ['marketing.leads', 5, 1],
    ['marketing.mql', 3, 2],
    ['marketing.sql', 2, 1],
    ['marketing.mql_to_sql', 2 / 3, 1 / 2],
    ['sales.sql_to_customer', 1 / 2, 0],
    ['sales.win_rate', 1 / 2, null],
    ['marketing.pipeline_generated', 15_000, null],
    ['sales.sales_cycle', 7, null],
    ['sales.conversion_time', 10 + 1 / 24, null],
    ['marketing.revenue_per_lead', 10_000 / 5, 0],
    ['sales.lead_response_time', (3 + 30 + 1 + 1) / 4, 4],
    ['marketing.sla_attainment', 1 - 3 / 8, 1 - 1 / 3],
  ])('%s is %p in January and %p in February', async (key, january, february) => {
    expect(await kpi(key, JANUARY)).toBeCloseTo(january, 10);
    const feb = await kpi(key, FEBRUARY);
    if (february === null) expect(feb).toBeNull();
    else expect(feb).toBeCloseTo(february, 10);
  });

  it('cuts the months in New York time, not UTC', async () => {
    expect(await kpi('marketing.leads', { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })).toBe(4);
    const series = await app.gql(`{ series(key: "marketing.leads", range: { from: "${JANUARY.from}", to: "${FEBRUARY.to}" }, granularity: MONTH) { groups { points { at value } } } }`);
    expect(series.data.series.groups[0].points).toEqual([{ at: JANUARY.from.replace('Z', '.000Z'), value: 5 }, { at: FEBRUARY.from.replace('Z', '.000Z'), value: 1 }]);
  });
});

describe('funnel', () => {
  it('counts stages, conversions, time in stage and response times by hand in January', async () => {
    const { data } = await app.gql(FUNNEL, { range: JANUARY });
    const { stages, responseTime, winRate } = data.funnel.total;
    expect(stages).toEqual([
      { status: 'NEW', entered: 5, conversion: null, medianHoursInStage: 2 },
      { status: 'MQL', entered: 3, conversion: 3 / 5, medianHoursInStage: (48 + 70) / 2 },
      { status: 'SQL', entered: 2, conversion: 2 / 3, medianHoursInStage: (24 + 24) / 2 },
      { status: 'OPPORTUNITY', entered: 2, conversion: 1, medianHoursInStage: (168 + 144) / 2 },
      { status: 'WON', entered: 1, conversion: 1 / 2, medianHoursInStage: null },
      { status: 'LOST', entered: 1, conversion: null, medianHoursInStage: null },
      { status: 'DISQUALIFIED', entered: 0, conversion: null, medianHoursInStage: null },
    ]);
    // First contacts 1, 1, 3 and 30 h: median between 1 and 3; p90 at 0.9 × 3 = 2.7 of the way: 3 + 0.7 × 27.
    expect(responseTime.contacted).toBe(4);
    expect(responseTime.meanHours).toBeCloseTo(8.75, 10);
    expect(responseTime.medianHours).toBeCloseTo(2, 10);
    expect(responseTime.p90Hours).toBeCloseTo(21.9, 10);
    expect(winRate).toBe(0.5);
  });

  it('groups by channel and agrees with the KPI of the same slice', async () => {
    const { data } = await app.gql(FUNNEL, { range: JANUARY, groupBy: 'channel' });
    const byChannel = Object.fromEntries(data.funnel.groups.map((g: any) => [g.key, g.stages.slice(0, 3).map((s: any) => s.entered)]));
    expect(byChannel).toEqual({ referral: [2, 2, 2], social: [2, 1, 0], events: [1, 0, 0] });
    const response = await app.gql(`query ($range: RangeInput) { kpi(key: "marketing.mql_to_sql", range: $range, filter: [{ dimension: "channel", values: ["referral"] }]) { value } }`, { range: JANUARY });
    expect(response.data.kpi.value).toBe(1);
  });

  it('rejects an unknown grouping dimension', async () => {
    const response = await app.gql(FUNNEL, { range: JANUARY, groupBy: 'colour' });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  });
});

describe('the leads behind a KPI', () => {
  const BEHIND = `query ($filter: LeadFilterInput) { leads(filter: $filter) { totalCount edges { node { id } } } }`;
  const behind = async (key: string, range: { from: string; to: string }, filter?: unknown[]) =>
    (await app.gql(BEHIND, { filter: { metric: { key, range, filter } } })).data.leads.edges.map((e: any) => e.node.id).sort();

  it('lists the leads whose events produced a KPI, in its period and slice', async () => {
    expect(await behind('marketing.mql_to_sql', JANUARY)).toEqual([ids.L1, ids.L2, ids.L3].sort());
    expect(await behind('marketing.mql_to_sql', FEBRUARY)).toEqual([ids.L4, ids.L5].sort());
    expect(await behind('marketing.mql_to_sql', JANUARY, [{ dimension: 'channel', values: ['referral'] }])).toEqual([ids.L1, ids.L2].sort());
    expect(await behind('sales.win_rate', JANUARY)).toEqual([ids.L1, ids.L2].sort());
    expect(await behind('marketing.sla_attainment', FEBRUARY)).toEqual([ids.L4, ids.L5].sort());
  });

  it('refuses a metric that is not computed from lead records', async () => {
    const response = await app.gql(BEHIND, { filter: { metric: { key: 'finance.gross_margin' } } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.metric.key' });
  });
});
