import { In, type DataSource, type EntityManager } from 'typeorm';
import { canEditPlan, canReadDepartment, checklistProgress, isOverdue, localDay, type Department, type Grant } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/auth.entity';
import { GoalEntity } from '../goal/goal.entity';
import { calendarDay } from '../initiative/initiative.service';
import type { KpiService } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import { ChecklistItemEntity } from './plan.entity';
import type { ChecklistItemInput } from './plan.input';
import { ChecklistItem, PlanUser } from './plan.type';

const MAX_TITLE_LENGTH = 200;

type Fields = Pick<ChecklistItemEntity, 'goalId' | 'title' | 'ownerUserId' | 'dueDate' | 'target' | 'metricKey'>;

/** An enabled user by id, else an error naming `field` (none at all too). */
export async function activeUser(tx: EntityManager, id: string | null | undefined, field: string, what: string): Promise<UserEntity> {
  if (!id) throw badUserInput(`${what} is required`, { field });
  const user = UUID_PATTERN.test(id) ? await tx.getRepository(UserEntity).findOneBy({ id }) : null;
  if (!user || user.disabledAt) throw badUserInput(`${what} "${id}" is not an active user`, { field });
  return user;
}

/** Users by id as {id, name}, in one query. */
export async function planUsers(db: DataSource | EntityManager, ids: ReadonlyArray<string | null>): Promise<Map<string, PlanUser>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length > 0 ? await db.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In(wanted) } }) : [];
  return new Map(rows.map((user) => [user.id, Object.assign(new PlanUser(), { id: user.id, name: user.name })]));
}

/**
 * The milestone checklists of the plan's goals (seed 004's 30/60/90 days). An item is read by whoever reads its
 * goal's department and changed by executives and ADMIN, as the initiatives are; every change is audited in its
 * transaction.
 */
export class ChecklistService {
  constructor(private readonly db: DataSource, private readonly kpis: KpiService, private readonly audit: AuditService, private readonly timeZone: () => string) {}

  /** The items `grant` may read (of one goal, or of all), by due day, with their progress at `now`. */
  async list(catalog: Catalog, grant: Grant, goalId: string | null, now: Date = new Date()): Promise<ChecklistItem[]> {
    if (goalId !== null && !UUID_PATTERN.test(goalId)) return [];
    const rows = await this.db.getRepository(ChecklistItemEntity).find({ where: goalId ? { goalId } : {}, order: { dueDate: 'ASC', title: 'ASC', id: 'ASC' } });
    const goals = await this.goals(this.db.manager, rows.map((row) => row.goalId));
    const readable = rows.filter((row) => {
      const goal = goals.get(row.goalId);
      return goal !== undefined && canReadDepartment(grant, departmentOf(catalog, goal));
    });
    return this.view(catalog, grant, readable, goals, now);
  }

  async create(catalog: Catalog, grant: Grant, input: ChecklistItemInput, actor: AuditActor, now: Date = new Date()): Promise<ChecklistItem> {
    const saved = await this.db.transaction(async (tx) => {
      const fields = await this.validated(tx, catalog, input);
      const repository = tx.getRepository(ChecklistItemEntity);
      const row = await repository.save(repository.create({ ...fields, i18n: {}, doneAt: null, doneBy: null }));
      await this.recordChange(tx, catalog, actor, null, row);
      return row;
    });
    return this.one(catalog, grant, saved, now);
  }

  /** Replaces what was planned; a tick stays. A new title drops the old translations. */
  async update(catalog: Catalog, grant: Grant, id: string, input: ChecklistItemInput, actor: AuditActor, now: Date = new Date()): Promise<ChecklistItem> {
    const saved = await this.db.transaction(async (tx) => {
      const existing = await this.locked(tx, id);
      const before = { ...existing };
      const fields = await this.validated(tx, catalog, input);
      const i18n = fields.title === existing.title ? existing.i18n : {};
      const row = await tx.getRepository(ChecklistItemEntity).save(tx.getRepository(ChecklistItemEntity).merge(existing, { ...fields, i18n }));
      await this.recordChange(tx, catalog, actor, before, row);
      return row;
    });
    return this.one(catalog, grant, saved, now);
  }

  /** Ticks an item done by hand, or takes the tick back. */
  async tick(catalog: Catalog, grant: Grant, id: string, done: boolean, actor: AuditActor, now: Date = new Date()): Promise<ChecklistItem> {
    const saved = await this.db.transaction(async (tx) => {
      const existing = await this.locked(tx, id);
      const before = { ...existing };
      const row = await tx.getRepository(ChecklistItemEntity).save(tx.getRepository(ChecklistItemEntity).merge(existing, {
        doneAt: done ? (existing.doneAt ?? now) : null, doneBy: done ? (existing.doneBy ?? actor.name) : null,
      }));
      await this.recordChange(tx, catalog, actor, before, row);
      return row;
    });
    return this.one(catalog, grant, saved, now);
  }

  /** false when there was none. */
  async remove(catalog: Catalog, id: string, actor: AuditActor): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const existing = UUID_PATTERN.test(id) ? await tx.getRepository(ChecklistItemEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) return false;
      await tx.getRepository(ChecklistItemEntity).delete({ id });
      await this.recordChange(tx, catalog, actor, existing, null);
      return true;
    });
  }

  private async locked(tx: EntityManager, id: string): Promise<ChecklistItemEntity> {
    const existing = UUID_PATTERN.test(id) ? await tx.getRepository(ChecklistItemEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!existing) throw notFound('ChecklistItem', id);
    return existing;
  }

  /** Checked in the order of the form, each error naming its field; nothing is written before all pass. */
  private async validated(tx: EntityManager, catalog: Catalog, input: ChecklistItemInput): Promise<Fields> {
    const goal = UUID_PATTERN.test(input.goalId) ? await tx.getRepository(GoalEntity).findOneBy({ id: input.goalId }) : null;
    if (!goal) throw badUserInput(`goal "${input.goalId}" does not exist`, { field: 'input.goalId' });
    const title = input.title.trim();
    if (!title || title.length > MAX_TITLE_LENGTH) throw badUserInput(`title must have 1 to ${MAX_TITLE_LENGTH} characters`, { field: 'input.title' });
    const owner = await activeUser(tx, input.ownerUserId, 'input.ownerUserId', 'ownerUserId');
    if (!input.dueDate?.trim()) throw badUserInput('dueDate is required', { field: 'input.dueDate' });
    const dueDate = calendarDay(input.dueDate, 'input.dueDate');
    const goalStart = localDay(goal.startAt, this.timeZone());
    if (dueDate < goalStart) throw badUserInput(`dueDate ${dueDate} is before its goal starts (${goalStart})`, { field: 'input.dueDate', goalStart });
    const metricKey = input.metricKey?.trim() || null;
    if (metricKey !== null && !catalog.find(metricKey)) throw badUserInput(`unknown metric "${metricKey}"`, { field: 'input.metricKey' });
    const target = input.target ?? null;
    if (target !== null && !Number.isFinite(target)) throw badUserInput('target must be a number', { field: 'input.target' });
    if (metricKey !== null && target === null) throw badUserInput('target is required to read progress from a metric', { field: 'input.target' });
    return { goalId: goal.id, title, ownerUserId: owner.id, dueDate, target, metricKey };
  }

  private async recordChange(tx: EntityManager, catalog: Catalog, actor: AuditActor, before: ChecklistItemEntity | null, after: ChecklistItemEntity | null): Promise<void> {
    const item = (after ?? before)!;
    const goal = (await this.goals(tx, [item.goalId])).get(item.goalId);
    await this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'CHECKLIST_ITEM', objectId: item.id, objectLabel: item.title,
      department: goal ? departmentOf(catalog, goal) : null, metricKey: item.metricKey, before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
  }

  private async goals(db: EntityManager, ids: readonly string[]): Promise<Map<string, GoalEntity>> {
    const wanted = [...new Set(ids)];
    const rows = wanted.length > 0 ? await db.getRepository(GoalEntity).findBy({ id: In(wanted) }) : [];
    return new Map(rows.map((goal) => [goal.id, goal]));
  }

  private async one(catalog: Catalog, grant: Grant, row: ChecklistItemEntity, now: Date): Promise<ChecklistItem> {
    return (await this.view(catalog, grant, [row], await this.goals(this.db.manager, [row.goalId]), now))[0];
  }

  /** Each item with its owner and progress: a metric read over its goal's period so far, one query per goal start. */
  private async view(catalog: Catalog, grant: Grant, rows: ChecklistItemEntity[], goals: Map<string, GoalEntity>, now: Date): Promise<ChecklistItem[]> {
    const timeZone = this.timeZone();
    const owners = await planUsers(this.db, rows.map((row) => row.ownerUserId));
    const values = new Map<string, number | null>();
    const byStart = new Map<number, Set<string>>();
    for (const row of rows) {
      const start = goals.get(row.goalId)!.startAt.getTime();
      if (row.metricKey && catalog.find(row.metricKey) && start < now.getTime()) byStart.set(start, (byStart.get(start) ?? new Set()).add(row.metricKey));
    }
    for (const [start, keys] of byStart) {
      const kpis = await this.kpis.computeKpis(catalog, [...keys], { from: new Date(start), to: now }, 'PREVIOUS_PERIOD', now);
      for (const kpi of kpis) values.set(`${start}|${kpi.metric.key}`, kpi.value);
    }
    return rows.map((row) => {
      const goal = goals.get(row.goalId)!;
      const metric = row.metricKey ? catalog.find(row.metricKey) : null;
      const metricValue = row.metricKey ? (values.get(`${goal.startAt.getTime()}|${row.metricKey}`) ?? null) : null;
      const { progress, complete } = checklistProgress({ done: row.doneAt !== null, target: row.target, value: metricValue, direction: metric?.direction ?? null });
      return Object.assign(new ChecklistItem(), {
        id: row.id, goalId: row.goalId, goalName: goal.name, defaultTitle: row.title, i18n: row.i18n, department: departmentOf(catalog, goal),
        owner: (row.ownerUserId && owners.get(row.ownerUserId)) || null, dueDate: row.dueDate, target: row.target, metricKey: row.metricKey, metricValue,
        progress, complete, doneAt: row.doneAt, overdue: isOverdue(row.dueDate, complete, now, timeZone), editable: canEditPlan(grant),
      });
    });
  }
}

/** A goal's department, or its metric's when it has none. */
export function departmentOf(catalog: Catalog, goal: GoalEntity): Department {
  return goal.department ?? catalog.find(goal.metricKey)?.department ?? 'EXECUTIVE';
}
