import { createTestApp, nextResults, type Credentials, type TestApp } from '../../testing/test-app';
import { CS_WORKFLOW_SECTIONS, OPERATIONS_WORKFLOW_SECTIONS } from '../../seed/dashboards.seed';
import { WorkflowDashboards1796659200000 } from '../../database/migrations/1796659200000-workflow-dashboards';

/**
 * The workflows scorecard and workflow breach lists, worked out by hand over March 2026 (UTC):
 * O1: signed 03-02 09:00Z, live 03-02 20:00Z (11 h): met. O2: signed 03-10 09:00Z, live 03-12 09:00Z: its 24-hour
 *   deadline, 03-11 09:00Z, breached → onboarding attainment 1 − 1/2 = 50 %.
 * T1 answered 45 min after it came in, T3 after 30 min, T4 after 59 min: met; T2 after 2 h: breached at 03-03 10:00Z
 *   → ticket attainment 1 − 1/4 = 75 %.
 * Breaches of March, latest first: O2 (due 03-11 09:00Z), then T2 (due 03-03 10:00Z).
 */
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const CREATE = `mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id } }`;
const MOVE = `mutation ($id: ID!, $input: MoveWorkflowRecordInput!) { moveWorkflowRecord(id: $id, input: $input) { id } }`;
const CREATE_BOARD = `mutation ($input: DashboardInput!, $department: Department) { createDashboard(input: $input, department: $department) { slug } }`;
const READ_BOARD = `query ($slug: ID!, $range: RangeInput) {
  dashboard(slug: $slug, range: $range) {
    kpis { metric { key } value }
    widgets {
      id type workflows
      workflowScorecard { workflow metricKey target deadlines { key durationSeconds name(locale: "es") } }
      workflowSlaBreaches { dueAt policy { key } record { id workflow title owner externalId } }
      slaBreaches { id }
    }
  }
}`;

const WIDGETS = [
  {
    id: 'scorecard', type: 'WORKFLOW_SCORECARD', title: 'Workflows', workflows: ['ONBOARDING', 'TICKET'],
    metricKeys: ['cs.onboarding_sla_attainment', 'cs.ticket_sla_attainment'], x: 0, y: 0, w: 7, h: 8,
  },
  { id: 'breaches', type: 'SLA_BREACHES', title: 'Missed', workflows: ['TICKET', 'ONBOARDING'], x: 7, y: 0, w: 5, h: 8 },
];

let app: TestApp;
let slug: string;
const ids: Record<string, string> = {};

async function gql(query: string, variables: Record<string, unknown>, as?: Credentials) {
  const response = await app.gql(query, variables, as);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function journey(name: string, input: Record<string, unknown>, steps: Array<[string, string, Record<string, unknown>?]>): Promise<void> {
  ids[name] = (await gql(CREATE, { input: { externalId: name, title: name, owner: 'ana', ...input } })).createWorkflowRecord.id;
  for (const [to, at, extra] of steps) await gql(MOVE, { id: ids[name], input: { to, at, ...extra } });
}

function ticket(name: string, openedAt: string, answeredAt: string) {
  return journey(name, { workflow: 'TICKET', priority: 'HIGH', openedAt }, [
    ['CATEGORISED', openedAt, { category: 'billing' }], ['ASSIGNED', openedAt, { owner: 'ana' }], ['ANSWERED', answeredAt],
  ]);
}

const board = async (as?: Credentials) => (await app.gql(READ_BOARD, { slug, range: MARCH }, as));
const widget = (data: any, id: string) => data.dashboard.widgets.find((w: { id: string }) => w.id === id);

beforeAll(async () => {
  app = await createTestApp();
  // These deadlines passed long ago: with the scan running, one could be breached between a ticket's creation and its answer.
  await app.services.slaMonitor.stop();
  await journey('O1', { workflow: 'ONBOARDING', account: 'O1', openedAt: '2026-03-02T09:00:00Z' }, [['ACCOUNT_LIVE', '2026-03-02T20:00:00Z']]);
  await journey('O2', { workflow: 'ONBOARDING', account: 'O2', openedAt: '2026-03-10T09:00:00Z' }, [['ACCOUNT_LIVE', '2026-03-12T09:00:00Z']]);
  await ticket('T1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z');
  await ticket('T2', '2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z');
  await ticket('T3', '2026-03-05T09:00:00Z', '2026-03-05T09:30:00Z');
  await ticket('T4', '2026-03-06T09:00:00Z', '2026-03-06T09:59:00Z');
  app.services.slaMonitor.start();
  slug = (await gql(CREATE_BOARD, { input: { title: 'Workflow board', widgets: WIDGETS }, department: 'OPERATIONS' })).createDashboard.slug;
}, 120_000);
afterAll(() => app.close());

it('shows each workflow with its deadline, hand-computed attainment and target, and its breaches latest first', async () => {
  const response = await board();
  expect(response.errors).toBeUndefined();
  const kpis = Object.fromEntries(response.data.dashboard.kpis.map((kpi: { metric: { key: string }; value: number }) => [kpi.metric.key, kpi.value]));
  expect(kpis['cs.onboarding_sla_attainment']).toBeCloseTo(0.5, 10);
  expect(kpis['cs.ticket_sla_attainment']).toBeCloseTo(0.75, 10);
  expect(widget(response.data, 'scorecard').workflowScorecard).toEqual([
    {
      workflow: 'ONBOARDING', metricKey: 'cs.onboarding_sla_attainment', target: 0.9,
      deadlines: [{ key: 'onboarding_account_live', durationSeconds: 86_400, name: 'Cuenta en producción en 24 horas desde el contrato' }],
    },
    { workflow: 'TICKET', metricKey: 'cs.ticket_sla_attainment', target: 0.85, deadlines: [{ key: 'ticket_first_answer', durationSeconds: 3600, name: 'Ticket nuevo respondido en 1 hora' }] },
  ]);
  const breaches = widget(response.data, 'breaches');
  expect(breaches.slaBreaches).toBeNull();
  expect(breaches.workflowSlaBreaches).toEqual([
    { dueAt: '2026-03-11T09:00:00.000Z', policy: { key: 'onboarding_account_live' }, record: { id: ids.O2, workflow: 'ONBOARDING', title: 'O2', owner: 'ana', externalId: 'O2' } },
    { dueAt: '2026-03-03T10:00:00.000Z', policy: { key: 'ticket_first_answer' }, record: { id: ids.T2, workflow: 'TICKET', title: 'T2', owner: 'ana', externalId: 'T2' } },
  ]);
});

it('gives a reader of the dashboard who may not read customer-success records none of them, over HTTP and WebSocket', async () => {
  const opsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
  const http = await board(opsHead);
  expect(http.errors).toBeUndefined();
  const [ws] = await nextResults(app.wsClient(opsHead), READ_BOARD, { slug, range: MARCH }, 1);
  for (const data of [http.data, ws]) {
    // Like the KPI cards beside it, the scorecard's deadlines and targets are the dashboard's; the records are not.
    expect(widget(data, 'scorecard').workflowScorecard.map((row: { workflow: string }) => row.workflow)).toEqual(['ONBOARDING', 'TICKET']);
    expect(widget(data, 'breaches').workflowSlaBreaches).toBeNull();
  }
  // Nor live: workflowSlaBreached refuses them (the permission matrix's rows).
  const opsCsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS', 'CUSTOMER_SUCCESS']);
  expect(widget((await board(opsCsHead)).data, 'breaches').workflowSlaBreaches.map((b: { record: { id: string } }) => b.record.id)).toEqual([ids.O2, ids.T2]);
});

it('refuses to let a saver show workflows whose records they may not read, naming the workflow', async () => {
  const opsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
  const response = await app.gql(CREATE_BOARD, { input: { title: 'Mine', widgets: [WIDGETS[1]] }, department: 'OPERATIONS' }, opsHead);
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'input.widgets[0].workflows[0]' } });
  expect(response.data?.createDashboard ?? null).toBeNull();
});

it('shows a share link only what the list shows of each record', async () => {
  const link = await gql(`mutation ($input: ShareLinkInput!) { createShareLink(input: $input) { token } }`, {
    input: { dashboardSlug: slug, expiresAt: new Date(Date.now() + 3600_000).toISOString(), label: 'wall' },
  });
  const response = await board({ shareToken: link.createShareLink.token });
  expect(response.errors).toBeUndefined();
  expect(widget(response.data, 'breaches').workflowSlaBreaches.map((b: { record: object }) => b.record)).toEqual([
    { id: ids.O2, workflow: 'ONBOARDING', title: 'O2', owner: null, externalId: null },
    { id: ids.T2, workflow: 'TICKET', title: 'T2', owner: null, externalId: null },
  ]);
  const record = await app.gql(`query ($id: ID!) { workflowRecord(id: $id) { id } }`, { id: ids.T2 }, { shareToken: link.createShareLink.token });
  expect(record.data?.workflowRecord ?? null).toBeNull();
  expect(record.errors?.length).toBeGreaterThan(0);
});

it('seeds the workflow KPIs on the customer-success dashboard and all four workflows on the operations scorecard, lead deadlines included', async () => {
  const seeded = await gql(`{ customer: dashboard(slug: "customer-success") { widgets { id type metricKeys workflows } }
    operations: dashboard(slug: "operations") { widgets { id type workflows workflowScorecard { workflow deadlines { durationSeconds } target } } } }`, {});
  expect(seeded.customer.widgets.slice(-2)).toEqual([
    { id: 'workflows', type: 'KPI_GROUP', metricKeys: CS_WORKFLOW_SECTIONS[0].metricKeys, workflows: null },
    { id: 'workflow-breaches', type: 'SLA_BREACHES', metricKeys: [], workflows: ['ONBOARDING', 'TICKET', 'RENEWAL'] },
  ]);
  const [scorecard, breaches] = seeded.operations.widgets.slice(-2);
  expect(breaches).toMatchObject({ id: 'workflow-breaches', type: 'SLA_BREACHES', workflows: ['LEAD', 'ONBOARDING', 'TICKET', 'RENEWAL'] });
  expect(scorecard.workflowScorecard).toEqual([
    { workflow: 'LEAD', target: null, deadlines: [{ durationSeconds: 300 }, { durationSeconds: 86_400 }] },
    { workflow: 'ONBOARDING', target: 0.9, deadlines: [{ durationSeconds: 86_400 }] },
    { workflow: 'TICKET', target: 0.85, deadlines: [{ durationSeconds: 3600 }] },
    { workflow: 'RENEWAL', target: 0.8, deadlines: [{ durationSeconds: 604_800 }, { durationSeconds: 604_800 }, { durationSeconds: 604_800 }] },
  ]);
});

it('adds the workflow widgets to an installation seeded before them, once, as a new version', async () => {
  const ids = [...CS_WORKFLOW_SECTIONS, ...OPERATIONS_WORKFLOW_SECTIONS].map((section) => section.key);
  await app.db.query(`UPDATE dashboard SET widgets = (SELECT jsonb_agg(w) FROM jsonb_array_elements(widgets) w WHERE NOT (w->>'id' = ANY($1)))
                       WHERE slug IN ('customer-success', 'operations')`, [ids]);
  const before = await app.db.query(`SELECT slug, version, widgets FROM dashboard WHERE slug IN ('customer-success', 'operations') ORDER BY slug`);
  const runner = app.db.createQueryRunner();
  try {
    await new WorkflowDashboards1796659200000().up(runner);
    await new WorkflowDashboards1796659200000().up(runner);
  } finally {
    await runner.release();
  }
  const after = await app.db.query(`SELECT slug, version, widgets FROM dashboard WHERE slug IN ('customer-success', 'operations') ORDER BY slug`);
  after.forEach((row: { slug: string; version: number; widgets: Array<{ id: string; y: number; x: number }> }, i: number) => {
    const old = before[i].widgets as Array<{ id: string; y: number; h: number }>;
    expect(row.version).toBe(before[i].version + 1);
    expect(row.widgets.slice(0, old.length)).toEqual(old);
    const bottom = Math.max(...old.map((w) => w.y + w.h));
    const added = row.widgets.slice(old.length);
    expect(added.map((w) => w.id)).toEqual(['workflows', 'workflow-breaches']);
    expect(added[0].y).toBe(bottom);
  });
  const versions = await app.db.query(`SELECT dashboard_slug, summary FROM dashboard_version WHERE created_by = 'system' AND version > 1 ORDER BY dashboard_slug`);
  expect(versions.map((v: { dashboard_slug: string }) => v.dashboard_slug)).toEqual(['customer-success', 'operations']);
});
