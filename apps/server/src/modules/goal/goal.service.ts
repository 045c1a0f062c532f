import { sql } from 'kysely';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import {
  DEFAULT_PACING_TOLERANCE, evaluatePacing, expectedAt, goalInForce, trajectoryPoints, validateGoalTrajectory, type GoalTrajectory,
  type TrajectoryPoint,
} from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import type { Catalog } from '../metric/catalog';
import type { MetricService } from '../metric/metric.service';
import type { KpiService } from '../kpi/kpi.service';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { Kpi } from '../kpi/kpi.type';
import { GoalEntity } from './goal.entity';
import type { GoalInput } from './goal.input';
import { GoalProgress, GoalTrajectoryPoint, KpiPacing, toGoal } from './goal.type';

const MAX_NAME_LENGTH = 200;

export function trajectoryOf(goal: GoalEntity): GoalTrajectory {
  return {
    shape: goal.shape,
    startValue: goal.startValue,
    startAt: goal.startAt,
    endValue: goal.endValue,
    endAt: goal.endAt,
    milestones: goal.milestones.map((milestone) => ({ at: new Date(milestone.at), value: milestone.value })),
  };
}

/** Groups rows by a key, keeping one (possibly empty) list per requested key in request order. */
function groupedBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row) ?? '')?.push(row);
  return keys.map((key) => groups.get(key)!);
}

export class GoalService {
  constructor(
    private readonly db: DataSource, private readonly metrics: MetricService, private readonly kpis: KpiService, private readonly audit: AuditService,
  ) {}

  private repo() {
    return this.db.getRepository(GoalEntity);
  }

  /** Runs in the caller's transaction when given (so a change and its audit record commit together), else in its own. */
  private inTransaction<T>(tx: EntityManager | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.db.transaction(work);
  }

  /** The goals on the given metrics (every goal with null), company goals first, then by start and name. */
  plan(metricKeys: readonly string[] | null): Promise<GoalEntity[]> {
    return this.repo().find({
      where: metricKeys === null ? {} : { metricKey: In([...metricKeys]) },
      order: { startAt: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  listGoals(metricKey: string): Promise<GoalEntity[]> {
    return this.repo().find({ where: { metricKey }, order: { startAt: 'ASC', name: 'ASC' } });
  }

  /** In a transaction the row is locked, so what was checked is what changes. */
  async getGoal(id: string, tx?: EntityManager): Promise<GoalEntity> {
    const goal = !UUID_PATTERN.test(id) ? null
      : tx ? await tx.getRepository(GoalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.repo().findOneBy({ id });
    if (!goal) throw notFound('Goal', id);
    return goal;
  }

  /** The goals of many metrics in one query, one list per key. */
  async goalsOfMetrics(metricKeys: readonly string[]): Promise<GoalEntity[][]> {
    const rows = await this.repo().find({ where: { metricKey: In([...new Set(metricKeys)]) }, order: { startAt: 'ASC', name: 'ASC' } });
    return groupedBy(metricKeys, rows, (goal) => goal.metricKey);
  }

  /** Goals by id in one query; null for an id that does not exist. */
  async goalsById(ids: readonly string[]): Promise<(GoalEntity | null)[]> {
    const valid = [...new Set(ids.filter((id) => UUID_PATTERN.test(id)))];
    const rows = valid.length > 0 ? await this.repo().findBy({ id: In(valid) }) : [];
    return groupedBy(ids, rows, (goal) => goal.id).map((found) => found[0] ?? null);
  }

  /** The direct sub-goals of many goals in one query. */
  async childrenOf(ids: readonly string[]): Promise<GoalEntity[][]> {
    const rows = await this.repo().find({ where: { parentId: In([...new Set(ids)]) }, order: { startAt: 'ASC', name: 'ASC' } });
    return groupedBy(ids, rows, (goal) => goal.parentId);
  }

  async setGoal(input: GoalInput, actor: AuditActor, tx?: EntityManager): Promise<GoalEntity> {
    return this.inTransaction(tx, (manager) => this.save(manager, input, actor));
  }

  private async save(tx: EntityManager, input: GoalInput, actor: AuditActor): Promise<GoalEntity> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) throw badUserInput(`name must be 1 to ${MAX_NAME_LENGTH} characters`, { field: 'name' });
    const metric = await this.metrics.getMetric(input.metricKey);
    const milestones = (input.milestones ?? []).map(({ at, value }) => ({ at, value }));
    const [error] = validateGoalTrajectory({ ...input, milestones });
    if (error) throw badUserInput(error.reason, { field: error.field });
    const repo = tx.getRepository(GoalEntity);
    const existing = input.id ? await this.getGoal(input.id, tx) : null;
    if (input.parentId) await this.checkParent(tx, input.parentId, existing?.id ?? null);

    const before = existing && auditSnapshot(existing);
    const saved = await repo.save(repo.merge(existing ?? repo.create(), {
      name,
      metricKey: input.metricKey,
      parentId: input.parentId ?? null,
      department: input.department ?? null,
      owner: input.owner?.trim() || null,
      shape: input.shape,
      startValue: input.startValue,
      startAt: input.startAt,
      endValue: input.endValue,
      endAt: input.endAt,
      milestones: [...milestones].sort((a, b) => a.at.getTime() - b.at.getTime()).map(({ at, value }) => ({ at: at.toISOString(), value })),
    }));
    await this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'GOAL', objectId: saved.id, objectLabel: saved.name,
      department: saved.department ?? metric.department, metricKey: saved.metricKey, before, after: auditSnapshot(saved),
    });
    return saved;
  }

  /** The parent must exist and must not be the goal itself or one of its sub-goals, which would close a cycle. */
  private async checkParent(tx: EntityManager, parentId: string, id: string | null): Promise<void> {
    const parent = UUID_PATTERN.test(parentId) ? await tx.getRepository(GoalEntity).findOneBy({ id: parentId }) : null;
    if (!parent) throw badUserInput(`parent goal "${parentId}" does not exist`, { field: 'parentId' });
    if (id === null) return;
    const ancestors = await runSql(tx, sql<{ id: string }>`
      WITH RECURSIVE up AS (SELECT id, parent_id FROM goal WHERE id = ${parentId}
        UNION ALL SELECT g.id, g.parent_id FROM goal g JOIN up ON g.id = up.parent_id)
      SELECT id FROM up`);
    if (ancestors.some((ancestor) => ancestor.id === id)) {
      throw badUserInput('parentId would make the goal a sub-goal of itself', { field: 'parentId' });
    }
  }

  async deleteGoal(id: string, actor: AuditActor, tx?: EntityManager): Promise<boolean> {
    return this.inTransaction(tx, async (manager) => {
      const goal = await this.getGoal(id, manager);
      const repo = manager.getRepository(GoalEntity);
      const children = await repo.find({ where: { parentId: goal.id }, order: { name: 'ASC' } });
      if (children.length > 0) {
        throw badUserInput(`goal has ${children.length} sub-goal(s); delete or move them first`, { field: 'id', children: children.map((child) => child.id) });
      }
      await repo.delete({ id: goal.id });
      const metric = await this.metrics.getMetric(goal.metricKey);
      await this.audit.record(manager, {
        actor, action: 'DELETE', objectType: 'GOAL', objectId: goal.id, objectLabel: goal.name,
        department: goal.department ?? metric.department, metricKey: goal.metricKey, before: auditSnapshot(goal), after: null,
      });
      return true;
    });
  }

  /**
   * The goal judged now (at its end date once it has ended): the expected value, the metric over the goal's period
   * so far (its running total for a summed metric, the figure a cumulative goal is about) and pacing against it.
   */
  async progress(catalog: Catalog, goal: GoalEntity, now: Date = new Date()): Promise<GoalProgress> {
    const metric = catalog.find(goal.metricKey);
    if (!metric) throw notFound('Metric', goal.metricKey);
    const trajectory = trajectoryOf(goal);
    const at = new Date(Math.min(now.getTime(), goal.endAt.getTime()));
    const points = (list: readonly TrajectoryPoint[]) => list.map((point) => Object.assign(new GoalTrajectoryPoint(), point));
    const progress = Object.assign(new GoalProgress(), {
      at, expected: expectedAt(trajectory, at), actual: null, projectedAtEnd: null, status: null, trajectory: points(trajectoryPoints(trajectory)), actuals: [],
    });
    if (at.getTime() <= goal.startAt.getTime()) return progress;
    const [kpi] = await this.kpis.computeKpis(catalog, [goal.metricKey], { from: goal.startAt, to: at }, 'PREVIOUS_PERIOD', now);
    let total = 0;
    const actuals = kpi!.trend.flatMap((point) => {
      if (point.value === null) return [];
      total += point.value;
      return [{ at: point.at, value: metric.aggregation === 'SUM' ? total : point.value }];
    });
    if (kpi!.value === null) return Object.assign(progress, { actuals: points(actuals) });
    const pacing = evaluatePacing(trajectory, kpi!.value, at, metric.direction, DEFAULT_PACING_TOLERANCE, kpi!.domain);
    return Object.assign(progress, { actual: pacing.actual, projectedAtEnd: pacing.projectedAtEnd, status: pacing.status, actuals: points(actuals) });
  }

  /**
   * The KPI's pacing against its goal in force: among the goals of the metric, those at the top for it (no parent
   * on the same metric, so a company goal rather than the departments' shares of it), judged at the end of the
   * KPI period or now if it is still running. null without a value or a goal.
   */
  pacing(kpi: Kpi, goals: readonly GoalEntity[], now: Date = new Date()): KpiPacing | null {
    if (kpi.value === null) return null;
    const onMetric = new Set(goals.map((goal) => goal.id));
    const top = goals.filter((goal) => goal.parentId === null || !onMetric.has(goal.parentId));
    const at = new Date(Math.min(now.getTime(), kpi.period.to.getTime()));
    const goal = goalInForce(top, at);
    if (!goal) return null;
    const trajectory = trajectoryOf(goal);
    const pacing = evaluatePacing(trajectory, kpi.value, at, kpi.metric.direction, DEFAULT_PACING_TOLERANCE, kpi.domain);
    // As far ahead as the period looks back: the span the forecast covers by default, so both lines end together.
    const span = kpi.period.to.getTime() - kpi.period.from.getTime();
    const window = { from: kpi.period.from, to: new Date(kpi.period.to.getTime() + span) };
    return Object.assign(new KpiPacing(), {
      goal: toGoal(goal),
      at,
      ...pacing,
      trajectory: trajectoryPoints(trajectory, window).map((point) => Object.assign(new GoalTrajectoryPoint(), point)),
    });
  }
}
