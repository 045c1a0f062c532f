import { add, userGrant } from '@opshub/metrics';
import { record } from '../../testing/fixtures';
import { createTestApp, waitFor, type TestApp } from '../../testing/test-app';
import { GOAL_SEEDS, OPERATIONS_GOAL_ID, PROJECTION_GOAL_IDS, rebaseGoal } from '../../seed/goals.seed';
import { CHECKLIST_SEEDS, RACI_SEEDS, seedPlan } from '../../seed/plan.seed';
import { planStart, seedDemoUsers } from '../../seed/seed.service';

// A zone that is not UTC, so a due day ends at 05:00 UTC in winter.
const ZONE = 'America/New_York';
let app: TestApp;
let executive: Awaited<ReturnType<TestApp['signIn']>>;
let goalId: string;
beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: ZONE, ALERT_TICK_MS: '20' } });
  await seedPlan(app.db, planStart(new Date(), ZONE), ZONE);
  executive = await app.signIn('EXECUTIVE');
  // A goal of this file's own on the automation rate, from 1 January 2026 in New York.
  const goal = await app.gql(`mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
    input: { name: 'Automation 2026', metricKey: 'ops.automation_rate', department: 'OPERATIONS', shape: 'LINEAR', startValue: 0.2, startAt: '2026-01-01T05:00:00Z', endValue: 0.9, endAt: '2027-01-01T05:00:00Z' },
  });
  expect(goal.errors).toBeUndefined();
  goalId = goal.data.setGoal.id;
}, 120_000);
afterAll(() => app.close());

const count = async (table: string, where = 'true'): Promise<number> => (await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n;

describe('three-year projection', () => {
  it("is seed 004's table as goals with yearly milestones, under the company goal, with fixed ids", async () => {
    const { data, errors } = await app.gql(`{ planProjection { id metricKey parentId shape startValue endValue milestones { value } startAt endAt } }`);
    expect(errors).toBeUndefined();
    expect(data.planProjection.map((g: any) => [g.metricKey, g.startValue, ...g.milestones.map((m: any) => m.value), g.endValue])).toEqual([
      ['finance.arr', 1_000_000, 5_000_000, 10_000_000, 20_000_000],
      ['finance.gross_margin', 0.7, 0.8, 0.85, 0.9],
      ['finance.operating_margin', 0.2, 0.3, 0.4, 0.5],
      ['ops.cost_per_customer', 1_000, 1_000, 500, 250],
      ['ops.process_efficiency', 0.4, 0.6, 0.75, 0.9],
    ]);
    expect(data.planProjection.map((g: any) => g.id)).toEqual([...PROJECTION_GOAL_IDS]);
    expect(data.planProjection.every((g: any) => g.shape === 'MILESTONES' && g.parentId === GOAL_SEEDS[0].id)).toBe(true);
  });

  it('restates each line from the demo value at the plan start: revenue as multiples, the others the same share of the way', () => {
    const line = (id: string) => GOAL_SEEDS.find((goal) => goal.id === id)!;
    // Revenue $1M → 5×, 10×, 20×: from $8M, $40M, $80M, $160M.
    const revenue = rebaseGoal(line(PROJECTION_GOAL_IDS[0]), 8_000_000);
    expect([revenue.startValue, ...revenue.milestones.map((m) => m.value), revenue.endValue]).toEqual([8_000_000, 40_000_000, 80_000_000, 160_000_000]);
    // Gross margin 70 → 80 → 85 → 90 % is ½ and ¾ of the way to 90 %: from 84 %, 87 % and 88.5 %, ending at 90 %.
    const margin = rebaseGoal(line(PROJECTION_GOAL_IDS[1]), 0.84);
    expect([margin.startValue, ...margin.milestones.map((m) => m.value), margin.endValue].map((v) => Math.round(v * 10_000) / 10_000)).toEqual([0.84, 0.87, 0.885, 0.9]);
    // Cost per customer $1,000 → $1,000 → $500 → $250: none, ⅔ and all of the way; from $640: $640, $380, $250.
    const cost = rebaseGoal(line(PROJECTION_GOAL_IDS[3]), 640);
    expect([cost.startValue, ...cost.milestones.map((m) => m.value), cost.endValue].map((v) => Math.round(v * 100) / 100)).toEqual([640, 640, 380, 250]);
  });

  it('paces a line by hand-computed figures', async () => {
    // The efficiency line, as seeded (40 % → 60 % a year later), started on 1 October 2026 in New York (04:00 UTC).
    const start = new Date('2026-10-01T04:00:00Z');
    await app.db.query(`UPDATE goal SET start_at = $2, end_at = $3, milestones = $4 WHERE id = $1`, [PROJECTION_GOAL_IDS[4], start, new Date('2029-10-01T04:00:00Z'),
      JSON.stringify([{ at: '2027-10-01T04:00:00.000Z', value: 0.6 }, { at: '2028-10-01T04:00:00.000Z', value: 0.75 }])]);
    // 60 of 100 workflow runs within their SLA since: 60 %.
    await record(app, [{ metricKey: 'ops.process_runs', value: 100, at: '2026-10-03T12:00:00Z' }, { metricKey: 'ops.process_runs_on_sla', value: 60, at: '2026-10-03T12:00:00Z' }]);
    const goal = (await app.services.goals.goalsById([PROJECTION_GOAL_IDS[4]]))[0]!;
    // Judged on 1 April 2027 (04:00 UTC, EDT again): 182 of the year's 365 days → 40 % + 20 % × 182/365 = 49.97 %.
    const progress = await app.services.goals.progress(await app.services.metrics.loadCatalog(), goal, new Date('2027-04-01T04:00:00Z'));
    expect(progress.expected).toBeCloseTo(0.4 + (0.2 * 182) / 365, 10);
    expect(progress.actual).toBeCloseTo(0.6, 10);
    // 60 % against 49.97 % is beyond the 5 % band: ahead.
    expect(progress.status).toBe('AHEAD');
    // At the rate since the start (+20 points in 182 days) it would pass 100 % by 2029: a share stops at 100 %.
    expect(progress.projectedAtEnd).toBe(1);
  });
});

const ITEM = `id goalId title es: title(locale: "es") owner { id name } dueDate target metricKey metricValue progress complete overdue editable doneAt`;
const CREATE = `mutation ($input: ChecklistItemInput!) { createChecklistItem(input: $input) { ${ITEM} } }`;

describe('milestone checklists', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    goalId, title: '80 % of processes automated', ownerUserId: executive.userId, dueDate: '2026-03-01', metricKey: 'ops.automation_rate', target: 0.8, ...overrides,
  });

  it("seeds seed 004's 30/60/90-day milestones on the 90-day plan, some read from metrics, some ticked by hand", async () => {
    const { data, errors } = await app.gql(`query ($goalId: ID) { checklistItems(goalId: $goalId) { ${ITEM} } }`, { goalId: OPERATIONS_GOAL_ID });
    expect(errors).toBeUndefined();
    expect(data.checklistItems.map((i: any) => i.id).sort()).toEqual(CHECKLIST_SEEDS.map((s) => s.id).sort());
    const automated = data.checklistItems.find((i: any) => i.id === CHECKLIST_SEEDS[4].id);
    expect(automated).toMatchObject({ title: '80 % of processes automated', es: '80 % de los procesos automatizados', metricKey: 'ops.automation_rate', target: 0.8 });
    expect(data.checklistItems.filter((i: any) => i.metricKey === null)).toHaveLength(6);
    // The 90-day plan is the operations department's: its head reads it, the sales head does not.
    const opsHead = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
    const salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const listed = async (as: typeof opsHead) => (await app.gql(`query ($goalId: ID) { checklistItems(goalId: $goalId) { id editable } }`, { goalId: OPERATIONS_GOAL_ID }, as)).data.checklistItems;
    expect(await listed(opsHead)).toHaveLength(CHECKLIST_SEEDS.length);
    expect((await listed(opsHead)).every((i: any) => i.editable === false)).toBe(true);
    expect(await listed(salesHead)).toEqual([]);
  });

  it('reads progress from a metric over the goal so far: 6 of 10 tasks automated is 60 %, 75 % of an 80 % target', async () => {
    const created = await app.gql(CREATE, { input: input() }, executive);
    expect(created.errors).toBeUndefined();
    await record(app, [{ metricKey: 'ops.automated_tasks', value: 6, at: '2026-02-01T12:00:00Z' }, { metricKey: 'ops.tasks', value: 10, at: '2026-02-01T12:00:00Z' }]);
    const [item] = (await app.gql(`query ($goalId: ID) { checklistItems(goalId: $goalId) { ${ITEM} } }`, { goalId })).data.checklistItems;
    expect(item).toMatchObject({ metricValue: 0.6, complete: false, owner: { id: executive.userId } });
    expect(item.progress).toBeCloseTo(0.75, 10);
    // Past its due day and short of its target: overdue.
    expect(item.overdue).toBe(true);
    expect(await count('audit_event', `object_type = 'CHECKLIST_ITEM' AND object_id = '${item.id}' AND action = 'CREATE'`)).toBe(1);
  });

  it("flags an item overdue once its due day is over in the organisation's zone, not in UTC's", async () => {
    const created = await app.gql(CREATE, { input: input({ title: 'Tools set up', metricKey: null, target: null, dueDate: '2026-01-10' }) }, executive);
    const { id } = created.data.createChecklistItem;
    const catalog = await app.services.metrics.loadCatalog();
    const at = async (now: string) => (await app.services.checklists.list(catalog, userGrant('EXECUTIVE', []), goalId, new Date(now))).find((i) => i.id === id)!;
    // 23:59 on 10 January in New York is already the 11th in UTC: not overdue yet.
    expect((await at('2026-01-11T04:59:00Z')).overdue).toBe(false);
    expect((await at('2026-01-11T05:00:00Z')).overdue).toBe(true);
    // Ticked by hand: complete, never overdue, and audited.
    const ticked = await app.gql(`mutation ($id: ID!) { tickChecklistItem(id: $id, done: true) { progress complete overdue doneAt } }`, { id }, executive);
    expect(ticked.data.tickChecklistItem).toMatchObject({ progress: 1, complete: true, overdue: false, doneAt: expect.any(String) });
    expect(await count('audit_event', `object_type = 'CHECKLIST_ITEM' AND object_id = '${id}' AND action = 'UPDATE'`)).toBe(1);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a due day before its goal starts', { dueDate: '2025-12-31' }, 'input.dueDate', /before its goal starts \(2026-01-01\)/],
    ['no owner', { ownerUserId: null }, 'input.ownerUserId', /ownerUserId is required/],
    ['no due day', { dueDate: null }, 'input.dueDate', /dueDate is required/],
    ['a due day that is no day', { dueDate: '2026-02-30' }, 'input.dueDate', /YYYY-MM-DD/],
    ['a metric without a target', { target: null }, 'input.target', /target is required/],
    ['an unknown metric', { metricKey: 'nope.nothing' }, 'input.metricKey', /unknown metric/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, field, message) => {
    const [items, events] = [await count('plan_checklist_item'), await count('audit_event')];
    const response = await app.gql(CREATE, { input: input(overrides) }, executive);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', field } });
    expect([await count('plan_checklist_item'), await count('audit_event')]).toEqual([items, events]);
  });

  it('is changed by executives and deleted with an audit record', async () => {
    const { id } = (await app.gql(CREATE, { input: input({ title: 'Doomed' }) }, executive)).data.createChecklistItem;
    const updated = await app.gql(`mutation ($id: ID!, $input: ChecklistItemInput!) { updateChecklistItem(id: $id, input: $input) { title target } }`, { id, input: input({ title: 'Renamed', target: 0.7 }) }, executive);
    expect(updated.data.updateChecklistItem).toEqual({ title: 'Renamed', target: 0.7 });
    const head = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
    const refused = await app.gql(`mutation ($id: ID!) { deleteChecklistItem(id: $id) }`, { id }, head);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`mutation ($id: ID!) { deleteChecklistItem(id: $id) }`, { id }, executive)).data.deleteChecklistItem).toBe(true);
    expect(await count('plan_checklist_item', `id = '${id}'`)).toBe(0);
    expect(await count('audit_event', `object_type = 'CHECKLIST_ITEM' AND object_id = '${id}' AND action = 'DELETE'`)).toBe(1);
  });
});

const MATRIX = `process accountableOwner { id name } steps { id step responsible { id } accountable { id } consulted { id } informed { id } } editable`;

describe('RACI', () => {
  it("seeds the four workflows and seed 000's campaign workflow step by step", async () => {
    const { data, errors } = await app.gql(`{ raciMatrices { ${MATRIX} } }`);
    expect(errors).toBeUndefined();
    expect(data.raciMatrices.map((m: any) => m.process)).toEqual(['LEAD_MANAGEMENT', 'ONBOARDING', 'TICKET', 'RENEWAL', 'CAMPAIGN']);
    expect(data.raciMatrices.at(-1).steps.map((s: any) => s.step)).toEqual(['request', 'validation', 'prioritisation', 'build', 'qa', 'execution', 'reporting']);
    expect(data.raciMatrices.flatMap((m: any) => m.steps.map((s: any) => s.id))).toEqual(RACI_SEEDS.map((s) => s.id));
  });

  it('shows a department head only the processes of its departments', async () => {
    const csHead = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const { data } = await app.gql(`{ raciMatrices { process editable } }`, undefined, csHead);
    expect(data.raciMatrices).toEqual([{ process: 'ONBOARDING', editable: false }, { process: 'TICKET', editable: false }, { process: 'RENEWAL', editable: false }]);
  });

  it("sends a campaign metric's alerts to the campaign's accountable owner when the rule names no owner", async () => {
    const accountable = await app.signIn('DEPARTMENT_HEAD', ['MARKETING']);
    const consulted = await app.signIn('VIEWER', ['MARKETING']);
    const request = RACI_SEEDS.find((s) => s.process === 'CAMPAIGN' && s.step === 'request')!;
    const UPDATE = `mutation ($id: ID!, $input: RaciStepInput!) { updateRaciStep(id: $id, input: $input) { ${MATRIX} } }`;
    // Bad input first: no accountable user, and one user both consulted and informed; nothing changes.
    const events = await count('audit_event');
    const missing = await app.gql(UPDATE, { id: request.id, input: { responsibleUserId: consulted.userId } }, executive);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountableUserId' });
    const both = await app.gql(UPDATE, { id: request.id, input: { responsibleUserId: consulted.userId, accountableUserId: accountable.userId, consultedUserIds: [executive.userId], informedUserIds: [executive.userId] } }, executive);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consultedUserIds[0]' });
    expect(await count('audit_event')).toBe(events);

    const updated = await app.gql(UPDATE, { id: request.id, input: { responsibleUserId: consulted.userId, accountableUserId: accountable.userId, informedUserIds: [executive.userId] } }, executive);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateRaciStep.accountableOwner.id).toBe(accountable.userId);
    expect(await count('audit_event', `object_type = 'RACI_STEP' AND object_id = '${request.id}'`)).toBe(1);
    const owner = await app.services.raci.accountableOwnerOf({ metricKey: 'marketing.spend' });
    expect(owner?.id).toBe(accountable.userId);

    const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id owner } }`, {
      input: { name: 'campaign spend', metricKey: 'marketing.spend', kind: 'THRESHOLD', granularity: 'HOUR', params: { threshold: 1_000 } },
    });
    expect(rule.data.createAlertRule.owner).toBeNull();
    await record(app, [{ metricKey: 'marketing.spend', value: 5_000, at: new Date(Date.now() - 60_000).toISOString(), dimensions: { channel: 'paid_search' } }]);
    const alertsOf = async () => (await app.gql(`{ alerts(first: 50) { owner rule { id } } }`)).data.alerts.filter((a: any) => a.rule.id === rule.data.createAlertRule.id);
    await waitFor(async () => (await alertsOf()).length === 1);
    const [user] = await app.db.query('SELECT name FROM app_user WHERE id = $1', [accountable.userId]);
    expect((await alertsOf())[0].owner).toBe(user.name);
  });
});

describe('the demo checklist', () => {
  it("has the owners' past hand-ticked items done two days before they were due, and the workflows item left overdue", async () => {
    await seedDemoUsers(app.db);
    const ids = CHECKLIST_SEEDS.map((seed) => seed.id);
    await app.db.query('DELETE FROM plan_checklist_item WHERE id = ANY($1)', [ids]);
    // 45 days into the plan: the day-30 items are past, the day-60 and day-90 ones to come.
    const start = planStart(new Date(), ZONE);
    await seedPlan(app.db, start, ZONE, add(start, 'DAY', 45, ZONE));
    const rows: Array<{ id: string; done_at: Date | null; done_by: string | null }> = await app.db.query(
      'SELECT id, done_at, done_by FROM plan_checklist_item WHERE id = ANY($1)', [ids]);
    const done = new Map(rows.map((row) => [row.id, row]));
    const dayBeforeLast = add(start, 'DAY', 27, ZONE); // day 28 of the plan; day 30 is the due day
    for (const seed of CHECKLIST_SEEDS.slice(0, 3)) expect(done.get(seed.id)).toMatchObject({ done_at: dayBeforeLast, done_by: expect.any(String) });
    for (const seed of CHECKLIST_SEEDS.slice(3)) expect(done.get(seed.id)).toMatchObject({ done_at: null, done_by: null });
  });
});
