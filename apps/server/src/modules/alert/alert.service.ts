import type { RaciService } from '../plan/raci.service';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { qb, run, runOne, runSql } from '../../database/sql';
import {
  add, ageMinutes, ALERT_RULE_KINDS, departmentsOf, alertInputAt, ANOMALY_HISTORY_BUCKETS, backtestAlertRule, clearAfterOf, evaluateCondition, MAX_FUTURE_SKEW_MS,
  startOf, stepAlertState, targetInForce, userGrant, validateAlertParams, type AlertCondition, type AlertRuleParams as Params, type Department, type RuleBucket,
} from '@opshub/metrics';
import { checkDimensionFilters } from '../../common/dimension-filters';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { inTransaction } from '../../common/transaction';
import { localized } from '../../common/localized';
import { checkPageSize } from '../../common/pagination';
import type { EventBus } from '../bus/event-bus';
import type { AnnotationService } from '../annotation/annotation.service';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { KpiService } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import type { MetricService } from '../metric/metric.service';
import type { WebhookService } from '../webhook/webhook.service';
import { changeBreakdowns, explainInAll } from './alert-explanation';
import { AlertEntity, AlertRuleEntity, type AlertState } from './alert.entity';
import type { AlertRuleInput } from './alert.input';
import {
  Alert, AlertBacktest, AlertBacktestEvent, AlertBacktestPoint, AlertContribution, AlertFilter, AlertRule, AlertRuleParams, RuleOwnerCandidate,
  type AlertChange,
} from './alert.type';

export const MAX_ALERT_PAGE = 200;
/** How far back a backtest replays a rule. */
export const BACKTEST_DAYS = 90;

export function toAlertRule(entity: AlertRuleEntity): AlertRule {
  const { id, name, metricKey, kind, granularity, owner, ownerUserId, channelIds, active, firing, lastEvaluatedAt } = entity;
  return Object.assign(new AlertRule(), {
    id, name, metricKey, kind, granularity, owner, ownerUserId, channelIds, active, firing, lastEvaluatedAt,
    filter: entity.filter.map((f) => Object.assign(new AlertFilter(), f)),
    params: Object.assign(new AlertRuleParams(), entity.params),
  });
}

function toAlert(entity: AlertEntity, rule: AlertRuleEntity): Alert {
  const { explanation, ...rest } = entity;
  return Object.assign(new Alert(), {
    ...rest,
    defaultExplanation: explanation,
    rule: toAlertRule(rule),
    // Alerts raised before `others` was stored: it follows from the delta and its share of the total.
    contributions: entity.contributions.map((c) => Object.assign(new AlertContribution(), { others: c.share === 0 ? 0 : c.delta / c.share - c.delta }, c)),
  });
}

/** Drops nulls so stored params read back as given. */
function compactParams(params: Params | null | undefined): Params {
  return Object.fromEntries(Object.entries(params ?? {}).filter(([, value]) => value !== null && value !== undefined)) as Params;
}

interface Judged {
  bucketStart: Date;
  condition: AlertCondition;
  previousValue: number | null;
  target: { value: number; tolerance: number } | null;
  /** A digest of the inputs: the same inputs evaluated again change nothing. */
  digest: string;
}

interface Evaluated {
  alert: AlertEntity;
  change: AlertChange;
}

/**
 * Alert rules and alerts. `evaluate` runs a rule on the latest data (called by the AlertEvaluator when data
 * arrives, never by a read): the rule's row is locked while its state steps, so instances evaluating the
 * same write one after the other raise one alert between them.
 */
/**
 * An alert's owner for a reader: the metric owner's title it was raised with, in the reader's language when the
 * catalog translates it; any other owner (a rule's own) as written.
 */
export function alertOwner(alert: Alert, catalog: Catalog, locale: string | null | undefined): string | null {
  const metric = catalog.find(alert.metricKey);
  if (alert.owner === null || !metric || alert.owner !== metric.owner) return alert.owner;
  return localized(alert.owner, metric.i18n, locale, 'owner');
}

export class AlertService {
  /** Open alertRaised / alertChanged subscriptions on this instance. */
  feedSubscribers = 0;

  constructor(
    private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly metrics: MetricService,
    private readonly kpis: KpiService,
    private readonly webhooks: WebhookService,
    private readonly annotations: AnnotationService,
    private readonly timeZone: () => string,
    private readonly audit: AuditService,
    /** Whom a workflow metric's alerts go to when the rule names no owner: the process's accountable owner (RACI). */
    private readonly raci?: Pick<RaciService, 'accountableOwnerOf'>,
  ) {}

  /** The rule's metric, kind, params and filter, checked the way evaluation uses them. */
  private checkRule(catalog: Catalog, input: AlertRuleInput) {
    const metric = catalog.find(input.metricKey);
    if (!metric) throw badUserInput(`unknown metric "${input.metricKey}"`, { field: 'input.metricKey' });
    if (!ALERT_RULE_KINDS.includes(input.kind)) throw badUserInput(`unknown kind "${input.kind}"`, { field: 'input.kind' });
    const params = compactParams(input.params);
    const problem = validateAlertParams(input.kind, params);
    if (problem) throw badUserInput(`params.${problem.field} ${problem.reason}`, { field: `input.params.${problem.field}` });
    const filter = (input.filter ?? []).map((f) => ({ dimension: f.dimension, values: f.values }));
    checkDimensionFilters(filter, 'input.filter');
    return { metric, params, filter, granularity: input.granularity ?? 'DAY' };
  }

  /** Everything of a rule but its state, checked: owner (a user who reads the metric's details) and channels (ADMIN ones or of the metric's department). */
  private async ruleColumns(tx: EntityManager, catalog: Catalog, input: AlertRuleInput) {
    const { metric, params, filter, granularity } = this.checkRule(catalog, input);
    if (!input.name.trim()) throw badUserInput('name must not be empty', { field: 'input.name' });
    let owner = input.owner?.trim() || null;
    const ownerUserId = input.ownerUserId ?? null;
    if (ownerUserId) {
      const candidate = (await this.ownerCandidates(catalog, metric.key, tx)).find((user) => user.id === ownerUserId);
      if (!candidate) throw badUserInput(`owner must be an enabled user who reads ${metric.key} in detail`, { field: 'input.ownerUserId' });
      owner = candidate.name;
    }
    const channelIds = [...new Set(input.channelIds ?? [])];
    if (channelIds.some((id) => !UUID_PATTERN.test(id))) throw badUserInput('unknown channel', { field: 'input.channelIds' });
    const usable = channelIds.length === 0 ? [] : await runSql(tx, sql<{ id: string }>`
      SELECT id FROM webhook_endpoint WHERE id = ANY(${channelIds}::uuid[]) AND (department IS NULL OR department = ANY(${departmentsOf(metric)}::text[]))`);
    if (usable.length !== channelIds.length) throw badUserInput(`channels must be ADMIN channels or ${departmentsOf(metric).join(' or ')} channels`, { field: 'input.channelIds' });
    return { name: input.name.trim(), metricKey: metric.key, filter, kind: input.kind, params, granularity, owner, ownerUserId, channelIds };
  }

  async createRule(catalog: Catalog, input: AlertRuleInput, actor: AuditActor, tx?: EntityManager): Promise<AlertRule> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(AlertRuleEntity);
      const saved = await repository.save(repository.create({ ...await this.ruleColumns(manager, catalog, input), active: true }));
      await this.recordRule(manager, catalog, actor, null, saved);
      return toAlertRule(saved);
    });
  }

  /** Only the rule's configuration: its evaluation state (firing, streaks) is not a change anyone made. */
  private recordRule(tx: EntityManager, catalog: Catalog, actor: AuditActor, before: AlertRuleEntity | null, after: AlertRuleEntity | null): Promise<void> {
    const config = ({ id, name, metricKey, filter, kind, params, granularity, owner, ownerUserId, channelIds, active }: AlertRuleEntity) =>
      ({ id, name, metricKey, filter, kind, params, granularity, owner, ownerUserId, channelIds, active });
    const rule = (after ?? before)!;
    const department: Department | null = catalog.find(rule.metricKey)?.department ?? null;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'ALERT_RULE', objectId: rule.id, objectLabel: rule.name,
      department, metricKey: rule.metricKey, before: before && config(before), after: after && config(after),
    });
  }

  /**
   * Replaces a rule's definition. Its alerts stay; its state starts over (not firing) when what it evaluates
   * changed, so the next data is judged by the new definition from scratch.
   */
  async updateRule(catalog: Catalog, id: string, input: AlertRuleInput, actor: AuditActor, tx?: EntityManager): Promise<AlertRule> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(AlertRuleEntity);
      const rule = UUID_PATTERN.test(id) ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!rule) throw notFound('AlertRule', id);
      if (input.metricKey !== rule.metricKey) throw badUserInput('a rule stays on its metric; create a new rule for another one', { field: 'input.metricKey' });
      const columns = await this.ruleColumns(manager, catalog, input);
      const evaluated = (r: Pick<AlertRuleEntity, 'filter' | 'kind' | 'params' | 'granularity'>) => JSON.stringify([r.filter, r.kind, r.params, r.granularity]);
      const before = { ...rule };
      if (evaluated(columns) !== evaluated(rule)) Object.assign(rule, { firing: false, clearStreak: 0, lastInput: null });
      const saved = await repository.save(Object.assign(rule, columns));
      await this.recordRule(manager, catalog, actor, before, saved);
      return toAlertRule(saved);
    });
  }

  /** Deletes a rule and its alerts (the alerts' annotations stay on the chart). */
  async deleteRule(catalog: Catalog, id: string, actor: AuditActor, tx?: EntityManager): Promise<AlertRule> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(AlertRuleEntity);
      const rule = UUID_PATTERN.test(id) ? await repository.findOneBy({ id }) : null;
      if (!rule) throw notFound('AlertRule', id);
      await repository.delete({ id });
      await this.recordRule(manager, catalog, actor, rule, null);
      return toAlertRule(rule);
    });
  }

  /** Enabled users who may own a rule of the metric: those who read its details (and so its alerts). */
  async ownerCandidates(catalog: Catalog, metricKey: string, tx?: EntityManager): Promise<RuleOwnerCandidate[]> {
    const rows = await run(tx ?? this.db, qb.selectFrom('app_user').select(['id', 'name', 'email', 'role', 'departments'])
      .where('disabled_at', 'is', null).orderBy('name').orderBy('id'));
    return rows
      .filter((user) => catalog.access(userGrant(user.role as Parameters<typeof userGrant>[0], user.departments as Parameters<typeof userGrant>[1]), metricKey) === 'DETAIL')
      .map(({ id, name, email }) => Object.assign(new RuleOwnerCandidate(), { id, name, email }));
  }

  /**
   * Replays a rule (saved or not) over the last BACKTEST_DAYS of its metric's buckets, with the same input per
   * bucket and the same state machine as the live evaluator.
   */
  async backtest(catalog: Catalog, input: AlertRuleInput, now: Date = new Date()): Promise<AlertBacktest> {
    const { metric, params, filter, granularity: g } = this.checkRule(catalog, input);
    if (input.kind === 'FRESHNESS' || input.kind === 'SYNC_FAILURE') {
      // Observations keep when they happened, not when they arrived, nor how syncs went: neither can be replayed.
      throw badUserInput(`${input.kind} rules cannot be backtested: their history is not kept with the data`, { field: 'input.kind' });
    }
    const from = startOf(add(now, 'DAY', -BACKTEST_DAYS, this.timeZone()), g, this.timeZone());
    const to = add(startOf(now, g, this.timeZone()), g, 1, this.timeZone());
    const history = input.kind === 'ANOMALY' ? ANOMALY_HISTORY_BUCKETS : 1;
    const series = await this.kpis.series(catalog, metric.key, { range: { from: add(from, g, -history, this.timeZone()), to }, granularity: g, filters: filter }, now);
    const points = series.groups[0]?.points ?? [];
    const targets = catalog.targets(metric.key);
    const buckets: RuleBucket[] = points.map((point, i) => {
      const end = points[i + 1]?.at ?? to;
      const target = targetInForce(targets, new Date(end.getTime() - 1));
      return { start: point.at, value: point.value, target: target && { value: target.value, tolerance: target.tolerance } };
    });
    const result = backtestAlertRule(input.kind, params, buckets, from);
    return Object.assign(new AlertBacktest(), {
      from, to, granularity: g, fired: result.fired, firingAtEnd: result.firingAtEnd,
      events: result.events.map((event) => Object.assign(new AlertBacktestEvent(), event)),
      points: buckets.filter((b) => b.start >= from).map((b) => Object.assign(new AlertBacktestPoint(), { at: b.start, value: b.value })),
    });
  }

  /** Rules, optionally of one metric; `readable`: only of these metrics (null: of any). */
  async rules(metricKey?: string | null, readable: readonly string[] | null = null): Promise<AlertRule[]> {
    const query = this.db.getRepository(AlertRuleEntity).createQueryBuilder('r').orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC');
    if (metricKey) query.andWhere('r.metric_key = :key', { key: metricKey });
    if (readable) query.andWhere('r.metric_key = ANY(:readable)', { readable });
    return (await query.getMany()).map(toAlertRule);
  }

  async rule(id: string): Promise<AlertRule | null> {
    const rule = UUID_PATTERN.test(id) ? await this.db.getRepository(AlertRuleEntity).findOneBy({ id }) : null;
    return rule && toAlertRule(rule);
  }

  async setRuleActive(catalog: Catalog, id: string, active: boolean, actor: AuditActor): Promise<AlertRule> {
    if (!UUID_PATTERN.test(id)) throw notFound('AlertRule', id);
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(AlertRuleEntity);
      const rule = await repository.findOneBy({ id });
      if (!rule) throw notFound('AlertRule', id);
      const before = repository.create({ ...rule });
      rule.active = active;
      const saved = await repository.save(rule);
      await this.recordRule(tx, catalog, actor, before, saved);
      return toAlertRule(saved);
    });
  }

  /** Alerts newest first, optionally only in some states or of one metric; `readable`: only of these metrics (null: of any). */
  async alerts(
    filter: { states?: readonly AlertState[] | null; metricKey?: string | null; ids?: readonly string[]; readable?: readonly string[] | null },
    first: number,
  ): Promise<Alert[]> {
    checkPageSize(first, MAX_ALERT_PAGE);
    const query = this.db.getRepository(AlertEntity).createQueryBuilder('a').orderBy('a.raised_at', 'DESC').addOrderBy('a.id', 'DESC').limit(first);
    if (filter.states?.length) query.andWhere('a.state IN (:...states)', { states: filter.states });
    if (filter.metricKey) query.andWhere('a.metric_key = :key', { key: filter.metricKey });
    if (filter.readable) query.andWhere('a.metric_key = ANY(:readable)', { readable: filter.readable });
    if (filter.ids) query.andWhere('a.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000'] });
    const alerts = await query.getMany();
    if (alerts.length === 0) return [];
    const rules = await this.db.getRepository(AlertRuleEntity).findBy(alerts.map((a) => ({ id: a.ruleId })));
    const ruleOf = new Map(rules.map((r) => [r.id, r]));
    return alerts.map((a) => toAlert(a, ruleOf.get(a.ruleId)!));
  }

  async alert(id: string): Promise<Alert | null> {
    if (!UUID_PATTERN.test(id)) return null;
    return (await this.alerts({ ids: [id] }, 1))[0] ?? null;
  }

  /** OPEN → ACKNOWLEDGED, with who and when; `annotate` also puts it on the time axis of its metric. */
  async acknowledge(catalog: Catalog, id: string, actor: AuditActor, options: { note?: string | null; annotate?: boolean }): Promise<Alert> {
    const by = actor.name;
    return this.transition(id, by, 'ACKNOWLEDGED', async (tx, alert) => {
      alert.acknowledgedBy = by;
      alert.acknowledgedAt = new Date();
      if (options.note) alert.note = options.note;
      if (options.annotate) {
        const metric = catalog.find(alert.metricKey);
        // Annotations are drawn for everyone who reads the metric's chart, alerts only for those who read its
        // records: the alert's explanation (values by dimension) stays on the alert; the note is written for the annotation.
        const annotation = await this.annotations.create(catalog, {
          title: `${metric?.name ?? alert.metricKey}: alert acknowledged`,
          description: options.note ?? '',
          at: alert.bucketStart,
          metricKeys: [alert.metricKey],
          createdBy: by,
        }, actor, { tx, alertId: alert.id });
        alert.annotationId = annotation.id;
      }
    });
  }

  /** OPEN or ACKNOWLEDGED → RESOLVED, with who and when. */
  async resolve(id: string, by: string, note?: string | null): Promise<Alert> {
    return this.transition(id, by, 'RESOLVED', async (_tx, alert) => {
      alert.resolvedBy = by;
      alert.resolvedAt = new Date();
      if (note) alert.note = note;
    });
  }

  private async transition(id: string, by: string, to: 'ACKNOWLEDGED' | 'RESOLVED', apply: (tx: EntityManager, alert: AlertEntity) => Promise<void>): Promise<Alert> {
    if (!by.trim()) throw badUserInput('by must name who did it', { field: 'by' });
    if (!UUID_PATTERN.test(id)) throw notFound('Alert', id);
    const alert = await this.db.transaction(async (tx) => {
      const row = await tx.getRepository(AlertEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Alert', id);
      const allowed = to === 'ACKNOWLEDGED' ? row.state === 'OPEN' : row.state !== 'RESOLVED';
      if (!allowed) throw badUserInput(`An alert in state ${row.state} cannot become ${to}`, { field: 'id', state: row.state });
      row.state = to;
      await apply(tx, row);
      const saved = await tx.getRepository(AlertEntity).save(row);
      const rule = await tx.getRepository(AlertRuleEntity).findOneByOrFail({ id: row.ruleId });
      await this.webhooks.enqueue(tx, 'ALERT_CHANGED', { change: to, alert: webhookAlert(saved, rule.name) }, { channelIds: rule.channelIds });
      return saved;
    });
    this.announce([{ alert, change: to }]);
    return (await this.alert(alert.id))!;
  }

  /**
   * Evaluates one rule on the latest data and steps its state: FIRED raises an alert with its explanation,
   * CLEARED resolves the rule's open alert. Returns what changed (nothing when the data was already evaluated).
   */
  async evaluate(catalog: Catalog, ruleId: string, now: Date = new Date()): Promise<Evaluated[]> {
    const rule = await this.db.getRepository(AlertRuleEntity).findOneBy({ id: ruleId });
    const metric = rule && rule.active ? catalog.find(rule.metricKey) : null;
    if (!rule || !metric) return [];
    const g = rule.granularity;
    const judged = rule.kind === 'FRESHNESS' ? await this.judgeFreshness(catalog, rule, now)
      : rule.kind === 'SYNC_FAILURE' ? await this.judgeSyncFailures(rule)
      : await this.judgeBucket(catalog, rule, now);
    if (!judged) return [];
    const { bucketStart, condition, previousValue, target, digest } = judged;
    const to = add(bucketStart, g, 1, this.timeZone());

    const changes = await this.db.transaction(async (tx): Promise<Evaluated[]> => {
      const locked = await runOne(tx, qb.selectFrom('alert_rule').select(['firing', 'clear_streak', 'last_input', 'owner']).where('id', '=', rule.id).forUpdate());
      if (!locked || locked.last_input === digest) return [];
      const step = stepAlertState({ firing: locked.firing, clearStreak: locked.clear_streak }, condition, clearAfterOf(rule.kind, rule.params));
      await run(tx, qb.updateTable('alert_rule')
        .set({ firing: step.state.firing, clear_streak: step.state.clearStreak, last_input: digest, last_evaluated_at: now })
        .where('id', '=', rule.id));
      if (step.transition === 'FIRED') {
        // A quiet metric has no new values to break down.
        const breakdowns = rule.kind === 'FRESHNESS' || rule.kind === 'SYNC_FAILURE' ? [] : await changeBreakdowns(this.kpis, {
          catalog, metric, filters: rule.filter, granularity: g, range: { from: add(bucketStart, g, -1, this.timeZone()), to },
          dimensions: (await this.metrics.dimensionNames(catalog, [metric.key]))[0].filter((d) => !rule.filter.some((f) => f.dimension === d)),
        });
        const explanation = explainInAll({ metric, kind: rule.kind, params: rule.params, condition, granularity: g, previousValue, target, breakdowns });
        // A rule without its own owner on a workflow's metric alerts the workflow's accountable owner, else the metric's owner.
        const owner = locked.owner ?? (await this.raci?.accountableOwnerOf({ metricKey: metric.key }, tx))?.name ?? metric.owner;
        const alert = await tx.getRepository(AlertEntity).save(tx.getRepository(AlertEntity).create({
          ruleId: rule.id, metricKey: metric.key, kind: rule.kind, state: 'OPEN', owner,
          value: condition.value, reference: condition.reference, bucketStart, explanation: explanation.text,
          explanationI18n: { es: explanation.texts.es }, contributions: explanation.contributions, raisedAt: now,
        }));
        await this.webhooks.enqueue(tx, 'ALERT_RAISED', { change: 'RAISED', alert: webhookAlert(alert, rule.name) }, { channelIds: rule.channelIds });
        return [{ alert, change: 'RAISED' }];
      }
      if (step.transition === 'CLEARED') {
        const resolved = await run(tx, qb.updateTable('alert')
          .set((eb) => ({ state: 'RESOLVED', resolved_by: 'system', resolved_at: now, note: eb.fn.coalesce('note', eb.val('Condition cleared')) }))
          .where('rule_id', '=', rule.id).where('state', '<>', 'RESOLVED')
          .returning('id'));
        const rows = await tx.getRepository(AlertEntity).findBy(resolved.map((r) => ({ id: r.id })));
        for (const alert of rows) await this.webhooks.enqueue(tx, 'ALERT_CHANGED', { change: 'RESOLVED', alert: webhookAlert(alert, rule.name) }, { channelIds: rule.channelIds });
        return rows.map((alert) => ({ alert, change: 'RESOLVED' as const }));
      }
      return [];
    });
    this.announce(changes);
    return changes;
  }

  /** The latest bucket of the rule's metric, the input the rule kind reads from it and the condition it gives. */
  private async judgeBucket(catalog: Catalog, rule: AlertRuleEntity, now: Date): Promise<Judged | null> {
    const g = rule.granularity;
    const anchor = rule.kind === 'SLA_BREACH' ? now : await this.latestAt(catalog, rule.metricKey, now);
    if (!anchor) return null;
    const bucketStart = startOf(anchor, g, this.timeZone());
    const to = add(bucketStart, g, 1, this.timeZone());
    const from = add(bucketStart, g, rule.kind === 'ANOMALY' ? -ANOMALY_HISTORY_BUCKETS : -1, this.timeZone());
    const series = await this.kpis.series(catalog, rule.metricKey, { range: { from, to }, granularity: g, filters: rule.filter }, now);
    const points = series.groups[0]?.points ?? [];
    if (points.length === 0) return null;
    const targetRow = targetInForce(catalog.targets(rule.metricKey), new Date(to.getTime() - 1));
    const target = targetRow ? { value: targetRow.value, tolerance: targetRow.tolerance } : null;
    const buckets: RuleBucket[] = points.map((p, i) => ({ start: p.at, value: p.value, target: i === points.length - 1 ? target : null }));
    const input = alertInputAt(buckets, buckets.length - 1);
    const digest = createHash('sha1').update(JSON.stringify([bucketStart.toISOString(), input])).digest('hex');
    return { bucketStart, condition: evaluateCondition(rule.kind, rule.params, input), previousValue: input.comparisonValue ?? null, target, digest };
  }

  /**
   * FRESHNESS: the minutes since the metric last received data against its expected interval, at `now`. The
   * alert's bucket is the one the data went stale in. Nothing to judge without data or without an interval.
   */
  private async judgeFreshness(catalog: Catalog, rule: AlertRuleEntity, now: Date): Promise<Judged | null> {
    const [lastDataAt] = await this.metrics.lastDataAt(catalog, [rule.metricKey]);
    const expectedMinutes = catalog.expectedIntervalMinutes(rule.metricKey);
    if (!lastDataAt || !expectedMinutes) return null;
    const condition = evaluateCondition('FRESHNESS', rule.params, { value: Math.round(ageMinutes(lastDataAt, now)), expectedMinutes });
    const dueBy = new Date(lastDataAt.getTime() + expectedMinutes * 60_000);
    // The same arrival judged the same way twice is one evaluation; a new arrival or crossing the interval is another.
    const digest = createHash('sha1').update(JSON.stringify(['FRESHNESS', lastDataAt.toISOString(), expectedMinutes, condition.breached])).digest('hex');
    return { bucketStart: startOf(dueBy, rule.granularity, this.timeZone()), condition, previousValue: null, target: null, digest };
  }

  /** SYNC_FAILURE: the failed syncs in a row of the metric's SQL source, as of its last sync. */
  private async judgeSyncFailures(rule: AlertRuleEntity): Promise<Judged | null> {
    const [source] = await runSql(this.db, sql<{ consecutive_failures: number; last_sync_at: Date | null }>`
      SELECT consecutive_failures, last_sync_at FROM sql_source WHERE metric_key = ${rule.metricKey}`);
    if (!source?.last_sync_at) return null;
    const condition = evaluateCondition('SYNC_FAILURE', rule.params, { value: source.consecutive_failures });
    const digest = createHash('sha1').update(JSON.stringify(['SYNC_FAILURE', new Date(source.last_sync_at).toISOString(), source.consecutive_failures])).digest('hex');
    return { bucketStart: startOf(new Date(source.last_sync_at), rule.granularity, this.timeZone()), condition, previousValue: null, target: null, digest };
  }

  /** Active rules on any of the metrics, or every active rule of a kind. */
  async activeRuleIds(filter: { metricKeys?: Iterable<string>; kind?: string }): Promise<string[]> {
    const rows = await runSql(this.db, sql<{ id: string }>`
      SELECT id FROM alert_rule WHERE active AND (metric_key = ANY(${[...(filter.metricKeys ?? [])]}::text[]) OR kind = ${filter.kind ?? null}) ORDER BY id`);
    return rows.map((row) => row.id);
  }

  /** The newest observation of the metric's base metrics, not after `now` + the allowed future skew. */
  private async latestAt(catalog: Catalog, key: string, now: Date): Promise<Date | null> {
    // Per series through the (series_id, at) index, instead of scanning every point of the metric.
    const [row] = await runSql(this.db, sql<{ at: Date | null }>`
      SELECT max(latest.at) AS at FROM series s
        CROSS JOIN LATERAL (SELECT o.at FROM observation o WHERE o.series_id = s.id AND o.at <= ${new Date(now.getTime() + MAX_FUTURE_SKEW_MS)} ORDER BY o.at DESC LIMIT 1) latest
       WHERE s.metric_key = ANY(${catalog.leaves(key)})`);
    return row?.at ?? null;
  }

  private announce(changes: readonly Evaluated[]): void {
    if (changes.length === 0) return;
    this.webhooks.onEnqueued();
    for (const { alert, change } of changes) this.bus.publish('alertChanged', { alertId: alert.id, change });
  }
}

/** The alert as webhook receivers get it. */
function webhookAlert(alert: AlertEntity, ruleName?: string) {
  return {
    id: alert.id, ruleId: alert.ruleId, ruleName, metricKey: alert.metricKey, kind: alert.kind, state: alert.state, owner: alert.owner,
    value: alert.value, reference: alert.reference, bucketStart: alert.bucketStart, explanation: alert.explanation,
    // E-mail and Slack channels write in their own language.
    explanations: { ...alert.explanationI18n, en: alert.explanation },
    contributions: alert.contributions, raisedAt: alert.raisedAt, acknowledgedBy: alert.acknowledgedBy, acknowledgedAt: alert.acknowledgedAt,
    resolvedBy: alert.resolvedBy, resolvedAt: alert.resolvedAt,
  };
}

