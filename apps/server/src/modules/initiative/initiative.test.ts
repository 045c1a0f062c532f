import { DAYS_PER_MONTH, userGrant } from '@opshub/metrics';
import { record } from '../../testing/fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { planStart } from '../../seed/seed.service';
import { INITIATIVE_SEEDS, seedInitiatives } from '../../seed/initiatives.seed';
import { startInstant } from './initiative.service';

let app: TestApp;
let executive: Awaited<ReturnType<TestApp['signIn']>>;
beforeAll(async () => {
  app = await createTestApp();
  const timeZone = app.services.organization.current().timeZone;
  await seedInitiatives(app.db, planStart(new Date(), timeZone), timeZone);
  executive = await app.signIn('EXECUTIVE');
}, 120_000);
afterAll(() => app.close());

const FIGURES = 'roi { value reason } paybackMonths { value reason }';
const FIELDS = `id key name department owner { id name } costCategory startDate plannedInvestment expectedAnnualSaving metricKeys spentToDate savedToDate
  planned { ${FIGURES} } actual { ${FIGURES} } editable`;
const LIST = `{ initiatives { ${FIELDS} } }`;
const CREATE = `mutation ($input: InitiativeInput!) { createInitiative(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { ${FIELDS} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Invoice automation', department: 'FINANCE', ownerUserId: executive.userId, costCategory: 'PROCESSES', startDate: '2026-01-01',
  plannedInvestment: 30_000, expectedAnnualSaving: 60_000, metricKeys: ['ops.automation_rate'], ...overrides,
});

async function count(table: string): Promise<number> {
  const [row] = await app.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

describe('initiatives', () => {
  it("are seeded from seed 004 with fixed ids, the plan's ROI and payback and the portfolio's", async () => {
    const response = await app.gql(LIST);
    expect(response.errors).toBeUndefined();
    const byId = new Map(response.data.initiatives.map((i: any) => [i.id, i]));
    // Seed 004: automation $200K → $500K a year (250 %, 4.8 months, "5"), processes $100K → $300K (300 %, 4),
    // technology $150K → $400K (267 %, 4.5, "5"), training $50K → $200K (400 %, 3).
    const expected: Array<[string, number, number]> = [[INITIATIVE_SEEDS[0].id, 2.5, 4.8], [INITIATIVE_SEEDS[1].id, 3, 4], [INITIATIVE_SEEDS[2].id, 400 / 150, 4.5], [INITIATIVE_SEEDS[3].id, 4, 3]];
    for (const [id, roi, payback] of expected) {
      const initiative: any = byId.get(id);
      expect(initiative.planned.roi.value).toBeCloseTo(roi, 10);
      expect(initiative.planned.paybackMonths.value).toBeCloseTo(payback, 10);
      // No demo users in tests: the seeded initiatives have no owner rather than a dangling one.
      expect(initiative.owner).toBeNull();
    }
    const portfolio = (await app.gql(`{ initiativePortfolio { totalInvestment totalExpectedSaving roi { value } paybackMonths { value } } }`)).data.initiativePortfolio;
    expect(portfolio.totalInvestment).toBe(500_000);
    expect(portfolio.totalExpectedSaving).toBe(1_400_000);
    expect(portfolio.roi.value).toBeCloseTo(2.8, 10);
    expect(portfolio.paybackMonths.value).toBeCloseTo(500 / (1400 / 12), 10);
  });

  it('read their actual spend and saving from the metrics, by the initiative dimension, and compute the actual ROI and payback', async () => {
    const created = await app.gql(CREATE, { input: input() }, executive);
    expect(created.errors).toBeUndefined();
    const { id, key } = created.data.createInitiative;
    expect(key).toBe('invoice_automation');
    await record(app, [
      { metricKey: 'finance.initiative_spend', value: 20_000, at: '2026-01-10T12:00:00Z', dimensions: { initiative: key } },
      { metricKey: 'finance.initiative_spend', value: 10_000, at: '2026-01-20T12:00:00Z', dimensions: { initiative: key } },
      { metricKey: 'finance.initiative_saving', value: 5_000, at: '2026-02-10T12:00:00Z', dimensions: { initiative: key } },
      { metricKey: 'finance.initiative_saving', value: 7_000, at: '2026-03-10T12:00:00Z', dimensions: { initiative: key } },
      // Another initiative's books are not this one's.
      { metricKey: 'finance.initiative_saving', value: 99_000, at: '2026-03-10T12:00:00Z', dimensions: { initiative: 'someone_else' } },
    ]);
    // Exactly three average months after the start: $12K saved is $48K a year on $30K spent → ROI 1.6, payback 30 / 4 = 7.5 months.
    const now = new Date(startInstant('2026-01-01', app.services.organization.current().timeZone).getTime() + 3 * DAYS_PER_MONTH * 86_400_000);
    const initiative = await app.services.initiatives.find(userGrant('EXECUTIVE', []), id, now);
    expect(initiative).toMatchObject({ spentToDate: 30_000, savedToDate: 12_000 });
    expect(initiative!.actual.roi.value).toBeCloseTo(1.6, 10);
    expect(initiative!.actual.paybackMonths.value).toBeCloseTo(7.5, 10);
    // Planned: $60K a year on $30K → 2, payback 6 months.
    expect(initiative!.planned).toEqual({ roi: { value: 2, reason: null }, paybackMonths: { value: 6, reason: null } });
  });

  it('that save nothing never pay back, and say so', async () => {
    const created = await app.gql(CREATE, { input: input({ name: 'Nothing yet', startDate: '2026-02-01', expectedAnnualSaving: 0 }) }, executive);
    expect(created.errors).toBeUndefined();
    await record(app, [{ metricKey: 'finance.initiative_spend', value: 8_000, at: '2026-02-05T12:00:00Z', dimensions: { initiative: created.data.createInitiative.key } }]);
    const initiative = (await app.gql(LIST)).data.initiatives.find((i: any) => i.name === 'Nothing yet');
    expect(initiative.planned.paybackMonths).toEqual({ value: null, reason: 'NO_SAVING' });
    expect(initiative.actual.paybackMonths).toEqual({ value: null, reason: 'NO_SAVING' });
    expect(initiative.actual.roi).toEqual({ value: 0, reason: null });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative investment', { plannedInvestment: -1 }, 'input.plannedInvestment'],
    ['a negative saving', { expectedAnnualSaving: -5 }, 'input.expectedAnnualSaving'],
    ['an unknown metric', { metricKeys: ['ops.automation_rate', 'nope.nope'] }, 'input.metricKeys[1]'],
    ['no owner', { ownerUserId: null }, 'input.ownerUserId'],
    ['an owner who is no user', { ownerUserId: '00000000-0000-4000-8000-0000000000ff' }, 'input.ownerUserId'],
    ['an impossible start date', { startDate: '2026-02-30' }, 'input.startDate'],
    ['an empty name', { name: '  ' }, 'input.name'],
  ])('reject %s, naming the field, and save nothing', async (_case, overrides, field) => {
    const [initiatives, events] = [await count('initiative'), await count('audit_event')];
    const response = await app.gql(CREATE, { input: input(overrides) }, executive);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const update = await app.gql(UPDATE, { id: INITIATIVE_SEEDS[0].id, input: input(overrides) }, executive);
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect([await count('initiative'), await count('audit_event')]).toEqual([initiatives, events]);
    expect((await app.gql(LIST)).data.initiatives.find((i: any) => i.id === INITIATIVE_SEEDS[0].id).name).toBe('Workflow automation');
  });

  it('are changed by executives and ADMIN only, read by heads for their departments, and audited', async () => {
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const seen = (await app.gql(LIST, {}, head)).data.initiatives;
    expect(seen.map((i: any) => i.key)).toEqual(['training']);
    expect(seen[0].editable).toBe(false);
    const denied = await app.gql(CREATE, { input: input({ department: 'SALES' }) }, head);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(UPDATE, { id: INITIATIVE_SEEDS[3].id, input: input({ department: 'SALES' }) }, head)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ initiativeOwnerChoices { id } }`, {}, head)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A head of another department neither lists nor finds it.
    const ops = await app.signIn('DEPARTMENT_HEAD', ['OPERATIONS']);
    expect((await app.gql(`query ($id: ID!) { initiative(id: $id) { id } }`, { id: INITIATIVE_SEEDS[3].id }, ops)).data.initiative).toBeNull();
    const portfolio = (await app.gql(`{ initiativePortfolio { totalInvestment } }`, {}, ops)).data.initiativePortfolio;
    // Operations runs automation ($200K) and processes ($100K).
    expect(portfolio.totalInvestment).toBe(300_000);

    const updated = await app.gql(UPDATE, { id: INITIATIVE_SEEDS[3].id, input: input({ name: 'Sales training', department: 'SALES', plannedInvestment: 60_000 }) }, executive);
    expect(updated.errors).toBeUndefined();
    // The key stays, so the books posted under it stay the initiative's; a new name drops the Spanish one.
    expect(updated.data.updateInitiative).toMatchObject({ key: 'training', name: 'Sales training', plannedInvestment: 60_000, editable: true });
    expect((await app.gql(`query ($id: ID!) { initiative(id: $id) { name(locale: "es") } }`, { id: INITIATIVE_SEEDS[3].id })).data.initiative.name).toBe('Sales training');
    const audit = await app.gql(`query ($id: ID!) { auditEvents(filter: { objectType: "INITIATIVE", objectId: $id }) { edges { node { action actorId department before after } } } }`, { id: INITIATIVE_SEEDS[3].id });
    expect(audit.data.auditEvents.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ action: 'UPDATE', actorId: executive.userId, department: 'SALES', before: expect.objectContaining({ plannedInvestment: 50_000 }), after: expect.objectContaining({ plannedInvestment: 60_000 }) }),
    ]);

    const removed = await app.gql(`mutation ($id: ID!) { deleteInitiative(id: $id) }`, { id: INITIATIVE_SEEDS[3].id }, head);
    expect(removed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`mutation ($id: ID!) { deleteInitiative(id: $id) }`, { id: INITIATIVE_SEEDS[3].id })).data.deleteInitiative).toBe(true);
    expect((await app.gql(LIST, {}, head)).data.initiatives).toEqual([]);
  });
});
