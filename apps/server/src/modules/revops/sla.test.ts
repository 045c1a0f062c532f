import { createTestApp, nextResults, waitFor, type TestApp } from '../../testing/test-app';
import { assign, createLead, insertReps, logContact, transition } from '../../testing/lead-fixtures';

const UPDATE_POLICY = `mutation ($key: ID!, $input: SlaPolicyUpdateInput!) { updateSlaPolicy(key: $key, input: $input) { key durationSeconds active } }`;

let app: TestApp;
beforeAll(async () => {
  // The race below runs nine operations of one user at once: above the default cap on running operations.
  app = await createTestApp({ env: { MAX_CONCURRENT_OPERATIONS: '16' } });
  await insertReps(app, [{ key: 'sam', territories: ['SOUTH'], specialisations: [], capacity: 10 }]);
  const short = await app.gql(UPDATE_POLICY, { key: 'new_lead_processing', input: { durationSeconds: 1 } });
  expect(short.data.updateSlaPolicy).toEqual({ key: 'new_lead_processing', durationSeconds: 1, active: true });
});
afterAll(() => app.close());

async function breachedClocks(): Promise<number> {
  return (await app.db.query(`SELECT count(*)::int AS n FROM sla_clock WHERE state = 'BREACHED'`))[0].n;
}

describe('SLA breaches', () => {
  it('are detected by the server when the deadline passes, with nobody reading, and pushed live', async () => {
    const breaches = nextResults(app.wsClient(), `subscription { slaBreached { policy { key } lead { id owner { key } } startedAt dueAt state } }`, {}, 1, 8000);
    const kpis = nextResults(app.wsClient(), `subscription { kpiUpdated(keys: ["marketing.sla_attainment"]) { value } }`, {}, 1, 8000);
    await waitFor(() => app.services.live.subscriberCount() === 1);
    // No rep covers NORTH: the lead waits in the unassigned queue and nobody processes it.
    const lead = await createLead(app, { region: 'NORTH' });

    const [pushed] = await breaches;
    expect(pushed.slaBreached).toMatchObject({ policy: { key: 'new_lead_processing' }, lead: { id: lead.id, owner: null }, state: 'BREACHED' });
    expect(Date.parse(pushed.slaBreached.dueAt) - Date.parse(pushed.slaBreached.startedAt)).toBe(1000);
    expect((await kpis)[0].kpiUpdated.value).toBe(0);

    const { data } = await app.gql(`query ($id: ID!) { lead(id: $id) { slaClocks { state } journey { kind at reason contributions { metricKey value } } } }`, { id: lead.id });
    expect(data.lead.slaClocks).toEqual([{ state: 'BREACHED' }]);
    const breach = data.lead.journey.find((e: any) => e.kind === 'SLA_BREACHED');
    expect(breach).toMatchObject({ at: pushed.slaBreached.dueAt, reason: 'New lead processed within 5 minutes: deadline passed' });
    expect(breach.contributions).toEqual(expect.arrayContaining([{ metricKey: 'marketing.sla_breaches', value: 1 }]));
    const listed = await app.gql(`{ slaBreaches(range: { preset: LAST_7_DAYS }) { lead { id } policy { name(locale: "es") } } }`);
    expect(listed.data.slaBreaches).toEqual([{ lead: { id: lead.id }, policy: { name: 'Lead nuevo procesado en 5 minutos' } }]);
  });

  it('are not raised for a deadline met in time', async () => {
    // The scan runs below, once the deadlines have passed: a background scan cannot race a slow request.
    await app.services.slaMonitor.stop();
    const before = await breachedClocks();
    const routed = await createLead(app, { region: 'SOUTH' });
    const queued = await createLead(app, { region: 'NORTH' });
    // Assigned as of its creation: inside the 1 s deadline however long the requests take.
    await assign(app, queued.id, { repKey: 'sam', at: queued.createdAt });
    await waitFor(() => Date.now() > Date.parse(queued.createdAt) + 1000);
    await app.services.sla.breachDue();
    app.services.slaMonitor.start();
    expect(await breachedClocks()).toBe(before);
    const { data } = await app.gql(`{ a: lead(id: "${routed.id}") { slaClocks { state } } b: lead(id: "${queued.id}") { slaClocks { state metAt } } }`);
    expect(data.a.slaClocks).toEqual([{ state: 'MET' }]);
    expect(data.b.slaClocks).toEqual([{ state: 'MET', metAt: expect.any(String) }]);
  });

  it('are raised exactly once when several instances scan at the same time', async () => {
    await app.services.slaMonitor.stop();
    const before = await breachedClocks();
    const [{ total: countedBefore }] = await app.db.query(
      `SELECT coalesce(sum(o.value), 0)::int AS total FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = 'marketing.sla_breaches'`,
    );
    const createdAt = new Date(Date.now() - 3600_000).toISOString();
    await app.gql(`mutation ($input: [LeadInput!]!) { importLeads(input: $input) { created } }`, {
      input: Array.from({ length: 40 }, (_, i) => ({ channel: 'events', region: 'NORTH', segment: 'SMB', createdAt, externalId: `late-${i}` })),
    });
    const scans = await Promise.all([app.services.sla.breachDue(), app.services.sla.breachDue(), app.services.sla.breachDue()]);
    expect(scans.reduce((sum, n) => sum + n, 0)).toBe(40);
    expect(await breachedClocks()).toBe(before + 40);
    const [{ events }] = await app.db.query(`SELECT count(*)::int AS events FROM lead_event WHERE kind = 'SLA_BREACHED'`);
    expect(events).toBe(before + 40);
    const [{ total }] = await app.db.query(
      `SELECT sum(o.value)::int AS total FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = 'marketing.sla_breaches'`,
    );
    expect(total).toBe(countedBefore + 40);
    app.services.slaMonitor.start();
  });
});

describe('the breach scan job', () => {
  it('waits once however many instances queue it, and ADMINs see it run', async () => {
    await app.services.slaMonitor.stop();
    await app.services.jobs.stop();
    try {
      const before = await breachedClocks();
      const createdAt = new Date(Date.now() - 3600_000).toISOString();
      await app.gql(`mutation ($input: [LeadInput!]!) { importLeads(input: $input) { created } }`, {
        input: [{ channel: 'events', region: 'NORTH', segment: 'SMB', createdAt, externalId: 'scan-job-1' }],
      });
      expect(await app.services.sla.anyDue()).toBe(true);
      // Three instances' checks in the same second: one scan waits, the others are refused.
      const offered = await Promise.all([1, 2, 3].map(() => app.services.jobs.offer('sla.scan', {}, { key: 'scan' })));
      expect(offered.filter((id) => id !== null)).toHaveLength(1);
      const id = offered.find((id) => id !== null)!;
      expect(await breachedClocks()).toBe(before);

      await app.services.jobs.start();
      await waitFor(async () => (await app.services.jobs.find('sla.scan', id))?.state === 'completed');
      expect(await breachedClocks()).toBe(before + 1);
      expect(await app.services.sla.anyDue()).toBe(false);
      const { data } = await app.gql(`{ backgroundJobs(first: 200) { id name key state error } }`);
      expect(data.backgroundJobs.find((job: any) => job.id === id)).toEqual({ id, name: 'sla.scan', key: 'scan', state: 'COMPLETED', error: null });
    } finally {
      await app.services.jobs.start();
      app.services.slaMonitor.start();
    }
  });
});

describe('lead changes racing the breach scan', () => {
  const ROUNDS = 50;
  const LEADS = 8;
  const DAY = 24 * 3600_000;

  it('never deadlock: contacts and disqualifications of overdue leads while the scan claims their clocks', async () => {
    await app.services.slaMonitor.stop();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const now = Date.now();
        // Overdue, unassigned leads (nobody covers NORTH): half of them MQL for two days, so both their clocks are due.
        const imported = await app.gql(`mutation ($input: [LeadInput!]!) { importLeads(input: $input) { leads { id } } }`, {
          input: Array.from({ length: LEADS }, (_, i) => ({
            channel: 'race', region: 'NORTH', segment: 'SMB', createdAt: new Date(now - 3 * DAY).toISOString(), externalId: `race-${round}-${i}`,
          })),
        });
        const ids: string[] = imported.data.importLeads.leads.map((lead: { id: string }) => lead.id);
        const contacted = ids.slice(0, LEADS / 2);
        const disqualified = ids.slice(LEADS / 2);
        await Promise.all(contacted.map((id) => transition(app, id, { to: 'MQL', at: new Date(now - 2 * DAY).toISOString() })));

        // The scan starts 0–9 ms after the requests, a different moment each round, so that it lands inside their transactions.
        const scan = new Promise<number>((resolve, reject) => setTimeout(() => app.services.sla.breachDue().then(resolve, reject), round % 10));
        const outcomes = await Promise.allSettled([
          ...contacted.map((id) => logContact(app, id, { kind: 'CALL' })),
          ...disqualified.map((id) => transition(app, id, { to: 'DISQUALIFIED' })),
          scan,
        ]);
        expect({ round, failures: outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : [])) }).toEqual({ round, failures: [] });
        // A lead the scan found busy is left to the next scan.
        await app.services.sla.breachDue();

        // Every clock was overdue when its lead moved: breached, whoever got there first, and journaled exactly once.
        const clocks = await app.db.query(
          `SELECT l.status, c.policy_key, c.state,
                  (SELECT count(*)::int FROM lead_event e WHERE e.kind = 'SLA_BREACHED' AND e.details ->> 'clockId' = c.id::text) AS breaches
             FROM sla_clock c JOIN lead l ON l.id = c.lead_id WHERE l.id = ANY($1) ORDER BY l.external_id, c.policy_key`,
          [ids],
        );
        expect({ round, clocks }).toEqual({
          round,
          clocks: [
            ...contacted.flatMap(() => [
              { status: 'MQL', policy_key: 'mql_first_contact', state: 'BREACHED', breaches: 1 },
              { status: 'MQL', policy_key: 'new_lead_processing', state: 'BREACHED', breaches: 1 },
            ]),
            ...disqualified.map(() => ({ status: 'DISQUALIFIED', policy_key: 'new_lead_processing', state: 'BREACHED', breaches: 1 })),
          ],
        });
      }
      const [{ counted }] = await app.db.query(
        `SELECT sum(o.value)::int AS counted FROM observation o JOIN series s ON s.id = o.series_id
          WHERE s.metric_key = 'marketing.sla_breaches' AND s.dimensions ->> 'channel' = 'race'`,
      );
      expect(counted).toBe(ROUNDS * (LEADS / 2) * 3);
    } finally {
      app.services.slaMonitor.start();
    }
    // Fifty rounds of a dozen requests: a minute alone, several on a machine busy with the other suites.
  }, 600_000);
});

describe('updateSlaPolicy', () => {
  it('validates the duration and knows its policies', async () => {
    const zero = await app.gql(UPDATE_POLICY, { key: 'mql_first_contact', input: { durationSeconds: 0 } });
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.durationSeconds' });
    const unknown = await app.gql(UPDATE_POLICY, { key: 'nope', input: { active: false } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const policies = await app.gql(`{ slaPolicies { key startsOn metBy durationSeconds } }`);
    expect(policies.data.slaPolicies).toEqual([
      { key: 'mql_first_contact', startsOn: 'MQL', metBy: 'CONTACT', durationSeconds: 86400 },
      { key: 'new_lead_processing', startsOn: 'NEW', metBy: 'ASSIGNMENT', durationSeconds: 1 },
    ]);
  });
});
