import { MAX_BATCH_SIZE } from '@opshub/metrics';
import { createTestApp, nextResults, subscription, type TestApp } from '../../testing/test-app';

const CREATE = `mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id created record { state } } }`;
const IMPORT = `mutation ($input: [WorkflowRecordInput!]!, $options: ImportWorkflowRecordsOptions) {
  importWorkflowRecords(input: $input, options: $options) { created existing records { index id created } rejected { index field reason } }
}`;
const MOVE = `mutation ($id: ID!, $input: MoveWorkflowRecordInput!) { moveWorkflowRecord(id: $id, input: $input) { id record { state lastEventAt } } }`;
const HOUR = 3600_000;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return (await app.db.query(sql, params))[0].n;
}

describe('workflow records', () => {
  it('open in their first state and journal each dated move: who, when, from → to, why', async () => {
    const opened = new Date(Date.now() - 2 * HOUR).toISOString();
    const created = await app.gql(CREATE, { input: { workflow: 'TICKET', title: 'Invoice wrong', priority: 'HIGH', openedAt: opened, actor: 'portal' } });
    expect(created.data.createWorkflowRecord).toMatchObject({ created: true, record: { state: 'NEW' } });
    const id = created.data.createWorkflowRecord.id;
    const at = new Date(Date.now() - HOUR).toISOString();
    const moved = await app.gql(MOVE, { id, input: { to: 'CATEGORISED', category: 'billing', at, actor: 'triage-bot', reason: 'keyword: invoice' } });
    expect(moved.data.moveWorkflowRecord.record).toEqual({ state: 'CATEGORISED', lastEventAt: at });
    const { data } = await app.gql(`query ($id: ID!) { workflowRecord(id: $id) { category journey { kind at actor fromState toState reason } } }`, { id });
    expect(data.workflowRecord).toEqual({
      category: 'billing',
      journey: [
        { kind: 'CREATED', at: opened, actor: 'portal', fromState: null, toState: 'NEW', reason: null },
        { kind: 'TRANSITIONED', at, actor: 'triage-bot', fromState: 'NEW', toState: 'CATEGORISED', reason: 'keyword: invoice' },
      ],
    });
  });

  it('refuse bad input with errors naming the item and field, writing nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM workflow_record`);
    const { data: { createWorkflowRecord: { id } } } = await app.gql(CREATE, { input: { workflow: 'TICKET', openedAt: new Date(Date.now() - HOUR / 2).toISOString() } });
    const lastEvent = (await app.gql(`{ workflowRecord(id: "${id}") { lastEventAt } }`)).data.workflowRecord.lastEventAt;
    const refused = async (input: Record<string, unknown>) => (await app.gql(MOVE, { id, input })).errors?.[0];

    expect(await refused({ to: 'ANSWERED' })).toMatchObject({
      message: 'A TICKET record in NEW cannot move to ANSWERED; from NEW it can only move to CATEGORISED', extensions: { code: 'BAD_USER_INPUT', field: 'input.to' },
    });
    expect((await refused({ to: 'WON' }))?.message).toBe('TICKET has no state WON; its states are NEW, CATEGORISED, ASSIGNED, ANSWERED, RESOLVED');
    expect(await refused({ to: 'CATEGORISED' })).toMatchObject({ extensions: { field: 'input.category' } });
    expect(await refused({ to: 'CATEGORISED', category: 'x', at: new Date(Date.parse(lastEvent) - 1000).toISOString() })).toMatchObject({
      message: `at lies before the record's latest event (${lastEvent})`, extensions: { field: 'input.at' },
    });
    expect(await refused({ to: 'CATEGORISED', category: 'x', at: new Date(Date.now() + 24 * HOUR).toISOString() })).toMatchObject({ extensions: { field: 'input.at' } });
    expect(await refused({ to: 'CATEGORISED', category: 'x', amount: 5 })).toMatchObject({ extensions: { field: 'input.amount' } });

    const unknownWorkflow = await app.gql(IMPORT, { input: [{ workflow: 'TICKET' }, { workflow: 'INVOICE' }] });
    expect(unknownWorkflow.errors?.[0].message).toMatch(/input\[1\]\.workflow/);
    const far = await app.gql(IMPORT, { input: [{ workflow: 'RENEWAL', renewalDate: new Date(Date.now() + 200 * 24 * HOUR).toISOString() }] });
    expect(far.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input[0].renewalDate' });
    const misplaced = await app.gql(IMPORT, { input: [{ workflow: 'TICKET' }, { workflow: 'ONBOARDING', priority: 'HIGH' }] });
    expect(misplaced.errors?.[0].extensions).toMatchObject({ field: 'input[1].priority' });
    const oversized = await app.gql(IMPORT, { input: Array.from({ length: MAX_BATCH_SIZE + 1 }, () => ({ workflow: 'TICKET' })) });
    expect(oversized.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });

    const state = (await app.gql(`{ workflowRecord(id: "${id}") { state } }`)).data.workflowRecord.state;
    expect(state).toBe('NEW');
    // Only its opening was journaled (the SLA monitor may add its breach), and no record but it was created.
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE record_id = $1 AND kind NOT LIKE 'SLA_%'`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM workflow_record`)).toBe(before + 1);
  });

  it('import idempotently on workflow and externalId: a retried batch never double-counts', async () => {
    const openedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const batch = [
      { workflow: 'TICKET', externalId: 'zd-1', title: 'Login fails', priority: 'URGENT', openedAt },
      { workflow: 'TICKET', externalId: 'zd-2', title: 'Export slow', openedAt },
      // The same id in another workflow is another record.
      { workflow: 'ONBOARDING', externalId: 'zd-1', account: 'Acme', openedAt },
      // A repeat of item 0 with the same content: the same record.
      { workflow: 'TICKET', externalId: 'zd-1', title: 'Login fails', priority: 'URGENT', openedAt, actor: 'retry' },
    ];
    const first = await app.gql(IMPORT, { input: batch });
    expect(first.data.importWorkflowRecords).toMatchObject({ created: 3, existing: 1, rejected: [] });
    const records = first.data.importWorkflowRecords.records;
    expect(records[3].id).toBe(records[0].id);
    const ids = records.map((r: { id: string }) => r.id);
    const clocks = await count(`SELECT count(*)::int AS n FROM workflow_sla_clock WHERE record_id = ANY($1)`, [ids]);
    const events = await count(`SELECT count(*)::int AS n FROM workflow_event WHERE record_id = ANY($1)`, [ids]);
    expect([clocks, events]).toEqual([3, 3]);

    const retried = await app.gql(IMPORT, { input: batch });
    expect(retried.data.importWorkflowRecords).toMatchObject({ created: 0, existing: 4 });
    expect(retried.data.importWorkflowRecords.records.map((r: { id: string }) => r.id)).toEqual(records.map((r: { id: string }) => r.id));
    expect(await count(`SELECT count(*)::int AS n FROM workflow_sla_clock WHERE record_id = ANY($1)`, [ids])).toBe(clocks);
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE record_id = ANY($1)`, [ids])).toBe(events);

    const conflicting = await app.gql(IMPORT, { input: [
      { workflow: 'TICKET', externalId: 'zd-3', title: 'A', openedAt },
      { workflow: 'TICKET', externalId: 'zd-3', title: 'B', openedAt },
    ] });
    expect(conflicting.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input[1].title', rejected: [{ index: 1, field: 'title', reason: 'differs from input[0], which has the same workflow and externalId' }],
    });
    expect(await count(`SELECT count(*)::int AS n FROM workflow_record WHERE external_id = 'zd-3'`)).toBe(0);
  });
});

describe('workflow SLA breaches', () => {
  it('are detected when the deadline passes, with nobody reading, pushed live and counted', async () => {
    const breaches = subscription(app.wsClient(), `subscription { workflowSlaBreached { policy { key target } record { id workflow } state dueAt } }`, {});
    // The 1-hour deadline of a ticket filed 59 min 58 s ago passes in two seconds.
    const openedAt = new Date(Date.now() - HOUR + 2000).toISOString();
    const { data } = await app.gql(CREATE, { input: { workflow: 'TICKET', openedAt } });
    // Tickets of earlier tests that are already late may breach first; this one's breach is the one awaited.
    const pushed = await breaches.next((value) => value.workflowSlaBreached.record.id === data.createWorkflowRecord.id).finally(breaches.dispose);
    expect(pushed.workflowSlaBreached).toMatchObject({
      policy: { key: 'ticket_first_answer', target: 0.85 }, record: { id: data.createWorkflowRecord.id, workflow: 'TICKET' }, state: 'BREACHED',
      dueAt: new Date(Date.parse(openedAt) + HOUR).toISOString(),
    });
    const listed = await app.gql(`{ workflowSlaBreaches(workflows: [TICKET], range: { preset: LAST_7_DAYS }) { record { id } } }`);
    expect(listed.data.workflowSlaBreaches.map((b: { record: { id: string } }) => b.record.id)).toContain(data.createWorkflowRecord.id);
  });

  it('are raised exactly once with two servers scanning one database', async () => {
    await app.services.slaMonitor.stop();
    const replica = await createTestApp({ replicaOf: app });
    await replica.services.slaMonitor.stop();
    try {
      const breachesCounted = () => count(`SELECT coalesce(sum(o.value), 0)::int AS n FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = 'cs.ticket_sla_breaches'`);
      const [before, counted] = [await count(`SELECT count(*)::int AS n FROM workflow_sla_clock WHERE state = 'BREACHED'`), await breachesCounted()];
      const openedAt = new Date(Date.now() - 2 * HOUR).toISOString();
      await app.gql(IMPORT, { input: Array.from({ length: 40 }, (_, i) => ({ workflow: 'TICKET', externalId: `late-${i}`, openedAt })) });
      const scans = await Promise.all([app.services.workflowSla.breachDue(), replica.services.workflowSla.breachDue(), app.services.workflowSla.breachDue()]);
      expect(scans.reduce((sum, n) => sum + n, 0)).toBe(40);
      expect(await count(`SELECT count(*)::int AS n FROM workflow_sla_clock WHERE state = 'BREACHED'`)).toBe(before + 40);
      expect(await count(`SELECT count(*)::int AS n FROM workflow_event e JOIN workflow_record r ON r.id = e.record_id
                           WHERE e.kind = 'SLA_BREACHED' AND r.external_id LIKE 'late-%'`)).toBe(40);
      expect(await breachesCounted()).toBe(counted + 40);
      expect(await app.services.workflowSla.anyDue()).toBe(false);
    } finally {
      await replica.close();
      app.services.slaMonitor.start();
    }
  });
});

describe('access to workflow records', () => {
  it('belongs to the department that runs the workflow', async () => {
    const sales = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const cs = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const input = { workflow: 'ONBOARDING', account: 'Globex' };
    const refused = await app.gql(CREATE, { input }, sales);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', department: 'CUSTOMER_SUCCESS' });
    expect((await app.gql(`{ workflowRecords(workflow: TICKET) { id } }`, {}, sales)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ workflowSlaBreaches { id } }`, {}, sales)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await app.gql(CREATE, { input }, cs);
    expect(created.data.createWorkflowRecord).toMatchObject({ created: true, record: { state: 'CONTRACT_SIGNED' } });
    const id = created.data.createWorkflowRecord.id;
    expect((await app.gql(MOVE, { id, input: { to: 'ACCOUNT_LIVE' } }, sales)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ workflowRecord(id: "${id}") { id } }`, {}, sales)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const key = await app.apiKey(['INGEST'], 'CUSTOMER_SUCCESS');
    const pushed = await app.gql(`mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id created } }`, { input: { workflow: 'TICKET' } }, key);
    expect(pushed.data).toEqual({ createWorkflowRecord: { id: expect.any(String), created: true } });
  });
});

describe('every workflow operation', () => {
  it('is refused to a head of another department, over HTTP and WebSocket, and open to customer success', async () => {
    const sales = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const cs = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const { data } = await app.gql(CREATE, { input: { workflow: 'RENEWAL', renewalDate: new Date(Date.now() + 80 * 24 * HOUR).toISOString() } });
    const id = data.createWorkflowRecord.id;
    const operations: Array<[string, string]> = [
      ['workflowRecords', '{ workflowRecords(workflow: RENEWAL) { id } }'],
      ['workflowRecord', `{ workflowRecord(id: "${id}") { id journey { kind } slaClocks { state } } }`],
      ['workflowSlaPolicies', '{ workflowSlaPolicies { key } }'],
      ['workflowSlaBreaches', '{ workflowSlaBreaches(workflows: [RENEWAL]) { id } }'],
      ['workflowSlaAttainment', '{ workflowSlaAttainment { workflow } }'],
      ['workflowDurations', '{ workflowDurations(metricKey: "cs.onboarding_hours_total") { count } }'],
      ['createWorkflowRecord', 'mutation { createWorkflowRecord(input: { workflow: TICKET }) { id } }'],
      ['importWorkflowRecords', 'mutation { importWorkflowRecords(input: [{ workflow: TICKET }]) { created } }'],
      ['moveWorkflowRecord', `mutation { moveWorkflowRecord(id: "${id}", input: { to: "HEALTH_CHECKED" }) { id } }`],
    ];
    for (const [name, query] of operations) {
      const refused = await app.gql(query, {}, sales);
      expect({ name, code: refused.errors?.[0].extensions?.code }).toEqual({ name, code: 'FORBIDDEN' });
      const allowed = await app.gql(query, {}, cs);
      expect({ name, errors: allowed.errors }).toEqual({ name, errors: undefined });
    }
    for (const query of ['subscription { workflowRecordChanged { id } }', 'subscription { workflowSlaBreached { id } }']) {
      await expect(nextResults(app.wsClient(sales), query, {}, 1, 10_000)).rejects.toBeTruthy();
    }
  });
});
