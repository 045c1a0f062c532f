/**
 * The operating plan's governance, seeded with fixed ids (after the users, whom they name; a role or owner is empty
 * where demo users are off):
 * - seed 004's 30/60/90-day milestones as checklist items of the operations department's 90-day plan: day 30 ticked
 *   by hand (processes audited, tools, team trained, workflows in place); days 60 and 90 read from metrics where one
 *   measures them (processes automated from the automation rate, costs reduced as the share of the plan's $950K
 *   saving, efficiency from the efficiency gain) and by hand where none does (metrics optimised);
 * - RACI on the four workflows and seed 000's campaign workflow, with plausible demo users.
 */
import { add, localDay, type RaciProcess } from '@opshub/metrics';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../modules/auth/auth.entity';
import { ChecklistItemEntity, RaciAssignmentEntity } from '../modules/plan/plan.entity';
import { OPERATIONS_GOAL_ID } from './goals.seed';

const ADMIN = '00000000-0000-4000-8000-00000000a001';
const EXECUTIVE = '00000000-0000-4000-8000-00000000a002';
const SALES_HEAD = '00000000-0000-4000-8000-00000000a003';
const CS_HEAD = '00000000-0000-4000-8000-00000000a004';
const VIEWER = '00000000-0000-4000-8000-00000000a005';

/** The plan's cost saving ($3M → $2.05M): "50 % of costs reduced" is half of it. */
const PLANNED_SAVING = 950_000;

export interface ChecklistSeed {
  id: string;
  title: string;
  es: string;
  owner: string;
  /** The plan day it is due (day 30 is the 30th day from the start). */
  day: 30 | 60 | 90;
  metricKey: string | null;
  target: number | null;
}

const item = (n: number, day: 30 | 60 | 90, title: string, es: string, owner: string, metricKey: string | null = null, target: number | null = null): ChecklistSeed => ({
  id: `d5c3a8e1-7f2b-4a6d-8e90-1b2c000000${String(n).padStart(2, '0')}`, title, es, owner, day, metricKey, target,
});

export const CHECKLIST_SEEDS: readonly ChecklistSeed[] = [
  item(1, 30, '100 % of processes audited', '100 % de los procesos auditados', EXECUTIVE),
  item(2, 30, 'Tools set up', 'Herramientas configuradas', ADMIN),
  item(3, 30, 'Team trained', 'Equipo formado', SALES_HEAD),
  item(4, 30, 'Workflows in place', 'Flujos de trabajo implantados', CS_HEAD),
  item(5, 60, '80 % of processes automated', '80 % de los procesos automatizados', EXECUTIVE, 'ops.automation_rate', 0.8),
  item(6, 60, '60 % of metrics optimised', '60 % de las métricas optimizadas', ADMIN),
  item(7, 60, '50 % of the planned cost reduction', '50 % de la reducción de costes prevista', EXECUTIVE, 'finance.cost_saving', 0.5 * PLANNED_SAVING),
  item(8, 60, 'Efficiency 40 % better', 'Eficiencia un 40 % mejor', CS_HEAD, 'exec.operational_efficiency', 0.4),
  item(9, 90, '90 % of processes automated', '90 % de los procesos automatizados', EXECUTIVE, 'ops.automation_rate', 0.9),
  item(10, 90, '80 % of metrics optimised', '80 % de las métricas optimizadas', ADMIN),
  item(11, 90, '60 % of the planned cost reduction', '60 % de la reducción de costes prevista', EXECUTIVE, 'finance.cost_saving', 0.6 * PLANNED_SAVING),
  item(12, 90, 'Efficiency 70 % better', 'Eficiencia un 70 % mejor', CS_HEAD, 'exec.operational_efficiency', 0.7),
];

export interface RaciSeed {
  id: string;
  process: RaciProcess;
  step: string;
  position: number;
  responsible: string;
  accountable: string;
  consulted: string[];
  informed: string[];
}

type Roles = [responsible: string, accountable: string, consulted: string[], informed: string[]];

/** Step by step, in RACI_DEFINITIONS' order. */
const RACI_TABLE: ReadonlyArray<[RaciProcess, string, Roles]> = [
  ['LEAD_MANAGEMENT', 'welcome_email', [VIEWER, SALES_HEAD, [], [EXECUTIVE]]],
  ['LEAD_MANAGEMENT', 'assign_rep', [SALES_HEAD, SALES_HEAD, [VIEWER], [EXECUTIVE]]],
  ['LEAD_MANAGEMENT', 'schedule_demo', [SALES_HEAD, SALES_HEAD, [CS_HEAD], [VIEWER]]],
  ['ONBOARDING', 'account_setup', [ADMIN, CS_HEAD, [SALES_HEAD], [EXECUTIVE]]],
  ['ONBOARDING', 'training', [CS_HEAD, CS_HEAD, [VIEWER], [SALES_HEAD]]],
  ['ONBOARDING', 'success_plan', [CS_HEAD, CS_HEAD, [SALES_HEAD], [EXECUTIVE]]],
  ['TICKET', 'categorisation', [ADMIN, CS_HEAD, [], [VIEWER]]],
  ['TICKET', 'assignment', [CS_HEAD, CS_HEAD, [ADMIN], []]],
  ['TICKET', 'sla_tracking', [CS_HEAD, CS_HEAD, [], [EXECUTIVE]]],
  ['RENEWAL', 'health_check', [CS_HEAD, CS_HEAD, [SALES_HEAD], [EXECUTIVE]]],
  ['RENEWAL', 'expansion_opportunity', [SALES_HEAD, CS_HEAD, [EXECUTIVE], [VIEWER]]],
  ['RENEWAL', 'renewal', [SALES_HEAD, EXECUTIVE, [CS_HEAD], [ADMIN]]],
  ['CAMPAIGN', 'request', [SALES_HEAD, VIEWER, [], [EXECUTIVE]]],
  ['CAMPAIGN', 'validation', [VIEWER, EXECUTIVE, [SALES_HEAD], []]],
  ['CAMPAIGN', 'prioritisation', [EXECUTIVE, EXECUTIVE, [SALES_HEAD, VIEWER], [CS_HEAD]]],
  ['CAMPAIGN', 'build', [VIEWER, EXECUTIVE, [ADMIN], [SALES_HEAD]]],
  ['CAMPAIGN', 'qa', [ADMIN, VIEWER, [SALES_HEAD], []]],
  ['CAMPAIGN', 'execution', [VIEWER, EXECUTIVE, [], [SALES_HEAD, CS_HEAD]]],
  ['CAMPAIGN', 'reporting', [VIEWER, EXECUTIVE, [SALES_HEAD], [ADMIN]]],
];

export const RACI_SEEDS: readonly RaciSeed[] = RACI_TABLE.map(([process, step, [responsible, accountable, consulted, informed]], i) => ({
  id: `c8e4b1f2-3a5d-4e7c-9b06-2d4e000000${String(i + 1).padStart(2, '0')}`, process, step, position: i, responsible, accountable, consulted, informed,
}));

/** The checklist item's due day: the plan's day N (day 1 is the start day), in the organisation's zone. */
export function checklistDueDate(day: number, planStart: Date, timeZone: string): string {
  return localDay(add(planStart, 'DAY', day - 1, timeZone), timeZone);
}

/**
 * Hand-ticked items the demo's owners have done by `now` (ticked by their name, as a tick in the app is): two days
 * before they were due, except one left overdue (the workflows, late).
 */
function demoDone(seed: ChecklistSeed, planStart: Date, timeZone: string, now: Date, ownerName: string | undefined): { doneAt: Date | null; doneBy: string | null } {
  const doneAt = add(planStart, 'DAY', seed.day - 3, timeZone);
  return seed.metricKey === null && seed.id !== CHECKLIST_SEEDS[3].id && doneAt <= now && ownerName ? { doneAt, doneBy: ownerName } : { doneAt: null, doneBy: null };
}

/** Inserts the items and RACI steps that do not exist yet (edited ones stay as edited); after the users and goals. */
export async function seedPlan(db: DataSource, planStart: Date, timeZone: string, now = new Date()): Promise<void> {
  const everyone = [ADMIN, EXECUTIVE, SALES_HEAD, CS_HEAD, VIEWER];
  const names = new Map((await db.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In(everyone) } })).map((u) => [u.id, u.name]));
  const user = (id: string) => (names.has(id) ? id : null);
  const goal = await db.query('SELECT 1 FROM goal WHERE id = $1', [OPERATIONS_GOAL_ID]);
  if (goal.length > 0) {
    await db.createQueryBuilder().insert().into(ChecklistItemEntity).values(CHECKLIST_SEEDS.map((seed) => ({
      id: seed.id, goalId: OPERATIONS_GOAL_ID, title: seed.title, i18n: { es: { name: seed.es } }, ownerUserId: user(seed.owner),
      dueDate: checklistDueDate(seed.day, planStart, timeZone), target: seed.target, metricKey: seed.metricKey, ...demoDone(seed, planStart, timeZone, now, names.get(seed.owner)),
    }))).orIgnore().execute();
  }
  await db.createQueryBuilder().insert().into(RaciAssignmentEntity).values(RACI_SEEDS.map((seed) => ({
    id: seed.id, process: seed.process, step: seed.step, position: seed.position, responsibleUserId: user(seed.responsible), accountableUserId: user(seed.accountable),
    consultedUserIds: seed.consulted.flatMap((id) => user(id) ?? []), informedUserIds: seed.informed.flatMap((id) => user(id) ?? []),
  }))).orIgnore().execute();
}
