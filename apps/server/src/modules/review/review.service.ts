import { sql, type Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { dueReviewPeriod, isReviewOverdue, localDay, type Department, type ReviewCadence, type ReviewPeriod } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import type { LocalizedText } from '../../common/localized';
import type { Review as ReviewRow } from '../../database/schema';
import { qb, run, runOne } from '../../database/sql';
import { SYSTEM_ACTOR, type AuditActor, type AuditService } from '../audit/audit.service';
import type { DashboardService } from '../dashboard/dashboard.service';
import type { GoalService } from '../goal/goal.service';
import type { KpiService } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import type { MetricService } from '../metric/metric.service';
import type { RaciService } from '../plan/raci.service';
import type { ReviewNotifier } from './review-notice.service';
import { MetricOwner, toMetric } from '../metric/metric.type';
import type { ReviewActionItemInput } from './review.input';
import { ActionItemGroup, DashboardReviewSettings, Review, ReviewActionItem, ReviewBoard, ReviewKpi, type ReviewSubjectKind } from './review.type';

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_ACTION_TEXT_LENGTH = 500;
/** How far back the board lists completed reviews. */
export const RECENT_REVIEW_DAYS = 90;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** The most reviews, and action items, a digest lists. */
const AGENDA_LIMIT = 50;

/** A metric or dashboard with a review owner and cadence: what gets reviewed. */
export interface ReviewSubject {
  kind: ReviewSubjectKind;
  key: string;
  ownerUserId: string;
  cadence: ReviewCadence;
  department: Department | null;
  text: string;
  i18n: LocalizedText;
}

/** Who asks: reviews are scoped to their owner unless the asker oversees every one (executives and ADMINs). */
export interface ReviewReader {
  userId: string;
  seesAll: boolean;
}

type ItemRow = { id: string; review_id: string; metric_key: string; owner_user_id: string | null; due_date: string; text: string; done_at: Date | null; created_at: Date };

/**
 * KPI reviews on a cadence: opened for their owner once per period with a frozen scorecard (the KPI service's and
 * the goals' own figures), commented, given action items, completed. Opening is exactly once per subject and
 * period however many instances try: the review's unique key decides, and only the insert that wins writes the
 * scorecard and the audit event.
 */
export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly metrics: MetricService,
    private readonly kpis: KpiService,
    private readonly goals: GoalService,
    private readonly dashboards: DashboardService,
    private readonly audit: AuditService,
    private readonly timeZone: () => string,
    private readonly notices: ReviewNotifier,
    private readonly raci: Pick<RaciService, 'accountableOwnerOf'>,
  ) {}

  /**
   * Who reviews a metric: the accountable owner of the process it measures when the RACI names one (alerts go to
   * them too), else the metric's owner; null when neither.
   */
  private async metricReviewer(metricKey: string, metricOwner: string | null): Promise<string | null> {
    return (await this.raci.accountableOwnerOf({ metricKey }))?.id ?? metricOwner;
  }

  /** Every metric and dashboard with a review owner (a metric's accountable owner, else its owner) and a cadence. */
  async subjects(): Promise<ReviewSubject[]> {
    const [cadenced, dashboards] = await Promise.all([
      run(this.db, qb.selectFrom('metric').select(['key', 'owner_user_id', 'review_cadence', 'department', 'name', 'i18n'])
        .where('review_cadence', 'is not', null).orderBy('key')),
      run(this.db, qb.selectFrom('dashboard').select(['slug', 'review_owner_user_id', 'review_cadence', 'department', 'title', 'i18n'])
        .where('review_owner_user_id', 'is not', null).where('review_cadence', 'is not', null).orderBy('slug')),
    ]);
    const reviewers = await Promise.all(cadenced.map((row) => this.metricReviewer(row.key, row.owner_user_id)));
    const metrics = cadenced.flatMap((row, i) => (reviewers[i] ? [{ ...row, owner_user_id: reviewers[i] }] : []));
    return [
      ...metrics.map((row) => ({
        kind: 'METRIC' as const, key: row.key, ownerUserId: row.owner_user_id, cadence: row.review_cadence as ReviewCadence,
        department: row.department as Department, text: row.name, i18n: row.i18n as LocalizedText,
      })),
      ...dashboards.map((row) => ({
        kind: 'DASHBOARD' as const, key: row.slug, ownerUserId: row.review_owner_user_id!, cadence: row.review_cadence as ReviewCadence,
        department: row.department as Department | null, text: row.title, i18n: row.i18n as LocalizedText,
      })),
    ];
  }

  /** Opens every review due at `now` that is not open yet; returns how many this call opened. */
  async openDue(now: Date = new Date()): Promise<number> {
    const due = (await this.subjects()).map((subject) => ({ subject, period: dueReviewPeriod(subject.cadence, now, this.timeZone()) }));
    if (due.length === 0) return 0;
    const earliest = new Date(Math.min(...due.map(({ period }) => period.from.getTime())));
    const opened = new Set((await run(this.db, qb.selectFrom('review').select(['subject_kind', 'subject_key', 'cadence', 'period_from']).where('period_from', '>=', earliest)))
      .map((row) => `${row.subject_kind}|${row.subject_key}|${row.cadence}|${row.period_from.toISOString()}`));
    let count = 0;
    for (const { subject, period } of due) {
      if (opened.has(`${subject.kind}|${subject.key}|${subject.cadence}|${period.from.toISOString()}`)) continue;
      if (await this.open(subject, period, now, SYSTEM_ACTOR)) count++;
    }
    return count;
  }

  /**
   * Opens the review of a metric or dashboard due now (or returns it when it is open already): for an owner who
   * wants to start before the timer comes round. A subject without owner or cadence is refused, naming the field.
   */
  async openNow(kind: ReviewSubjectKind, key: string, actor: AuditActor, now: Date = new Date()): Promise<string> {
    const subject = await this.subjectOf(kind, key);
    const period = dueReviewPeriod(subject.cadence, now, this.timeZone());
    await this.open(subject, period, now, actor);
    const row = await runOne(this.db, qb.selectFrom('review').select('id').where('subject_kind', '=', kind).where('subject_key', '=', key)
      .where('cadence', '=', subject.cadence).where('period_from', '=', period.from));
    return row!.id;
  }

  private async subjectOf(kind: ReviewSubjectKind, key: string): Promise<ReviewSubject> {
    const what = kind === 'METRIC' ? 'Metric' : 'Dashboard';
    const row = kind === 'METRIC'
      ? await runOne(this.db, qb.selectFrom('metric').select(['key', 'owner_user_id as owner', 'review_cadence', 'department', 'name as text', 'i18n']).where('key', '=', key))
      : await runOne(this.db, qb.selectFrom('dashboard').select(['slug as key', 'review_owner_user_id as owner', 'review_cadence', 'department', 'title as text', 'i18n']).where('slug', '=', key));
    if (!row) throw notFound(what, key);
    if (kind === 'METRIC') row.owner = await this.metricReviewer(key, row.owner);
    if (!row.owner) throw badUserInput(`${what} "${key}" has no owner to review it: pick its owner first`, { field: 'ownerUserId', subjectKey: key });
    if (!row.review_cadence) throw badUserInput(`${what} "${key}" has no review cadence: pick one first`, { field: 'reviewCadence', subjectKey: key });
    return {
      kind, key, ownerUserId: row.owner, cadence: row.review_cadence as ReviewCadence, department: row.department as Department | null,
      text: row.text, i18n: row.i18n as LocalizedText,
    };
  }

  /** The KPIs a subject is reviewed on: the metric itself, or every metric a dashboard shows that is in the catalog. */
  private async keysOf(catalog: Catalog, subject: ReviewSubject): Promise<string[]> {
    if (subject.kind === 'METRIC') return catalog.find(subject.key) ? [subject.key] : [];
    return (await this.dashboards.metricKeys(subject.key)).filter((key) => catalog.find(key));
  }

  /** Freezes the scorecard and inserts the review unless another call did; true when this one opened it. */
  private async open(subject: ReviewSubject, period: ReviewPeriod, now: Date, actor: AuditActor): Promise<boolean> {
    const catalog = await this.metrics.loadCatalog();
    const keys = await this.keysOf(catalog, subject);
    if (keys.length === 0) return false;
    const [kpis, goals] = await Promise.all([
      this.kpis.computeKpis(catalog, keys, { from: period.from, to: period.to }, 'PREVIOUS_PERIOD', now),
      this.goals.goalsOfMetrics(keys),
    ]);
    const opened = await this.db.transaction(async (tx) => {
      const row = await runOne(tx, qb.insertInto('review').values({
        subject_kind: subject.kind, subject_key: subject.key, cadence: subject.cadence, owner_user_id: subject.ownerUserId,
        period_from: period.from, period_to: period.to, due_by: period.dueBy, opened_at: now,
      }).onConflict((conflict) => conflict.columns(['subject_kind', 'subject_key', 'cadence', 'period_from']).doNothing()).returning('id'));
      if (!row) return false;
      const scorecard = kpis.map((kpi, position) => {
        const pacing = this.goals.pacing(kpi, goals[position]!, now);
        return {
          review_id: row.id, metric_key: kpi.metric.key, position, value: kpi.value, target: kpi.target?.value ?? null, status: kpi.status,
          change: kpi.change, change_ratio: kpi.changeRatio, pace_status: pacing?.status ?? null, pace_expected: pacing?.expected ?? null,
        };
      });
      await run(tx, qb.insertInto('review_kpi').values(scorecard));
      await this.audit.record(tx, {
        actor, action: 'CREATE', objectType: 'REVIEW', objectId: row.id, objectLabel: `${subject.text} (${subject.cadence.toLowerCase()} review)`,
        department: subject.department, metricKey: subject.kind === 'METRIC' ? subject.key : null, before: null,
        after: { subjectKind: subject.kind, subjectKey: subject.key, periodFrom: period.from.toISOString(), periodTo: period.to.toISOString(), kpis: scorecard.length },
      });
      // Told in the same transaction: the insert that opened the review is the one that tells its owner.
      await this.notices.reviewOpened(tx, row.id);
      return true;
    });
    if (opened) this.notices.onSent();
    return opened;
  }

  async getRow(id: string, tx?: EntityManager): Promise<Selectable<ReviewRow>> {
    const query = qb.selectFrom('review').selectAll().where('id', '=', id);
    const row = !UUID_PATTERN.test(id) ? null : tx ? await runOne(tx, query.forUpdate()) : await runOne(this.db, query);
    if (!row) throw notFound('Review', id);
    return row;
  }

  /** One review as its page shows it: the frozen scorecard, its action items and those carried from earlier reviews. */
  async review(id: string, reader: ReviewReader, now: Date = new Date()): Promise<Review> {
    const row = await this.getRow(id);
    const [review] = await this.assemble([row], reader, now, true);
    return review!;
  }

  /** The board: overdue and open reviews, recently completed ones and the open action items by owner. */
  async board(reader: ReviewReader, now: Date = new Date()): Promise<ReviewBoard> {
    let reviews = qb.selectFrom('review').selectAll()
      .where((eb) => eb.or([eb('completed_at', 'is', null), eb('completed_at', '>=', new Date(now.getTime() - RECENT_REVIEW_DAYS * 86_400_000))]));
    if (!reader.seesAll) reviews = reviews.where('owner_user_id', '=', reader.userId);
    const rows = await run(this.db, reviews.orderBy('due_by').limit(500));
    const all = await this.assemble(rows, reader, now, false);
    let items = qb.selectFrom('review_action_item as a').innerJoin('review as r', 'r.id', 'a.review_id')
      .select(['a.id', 'a.review_id', 'a.metric_key', 'a.owner_user_id', sql<string>`to_char(a.due_date, 'YYYY-MM-DD')`.as('due_date'), 'a.text', 'a.done_at', 'a.created_at'])
      .where('a.done_at', 'is', null);
    if (!reader.seesAll) items = items.where((eb) => eb.or([eb('a.owner_user_id', '=', reader.userId), eb('r.owner_user_id', '=', reader.userId)]));
    const open = await this.items(await run(this.db, items.orderBy('a.due_date').orderBy('a.created_at').limit(500)), now);
    const groups = new Map<string, ActionItemGroup>();
    for (const item of open) {
      const key = item.owner?.id ?? '';
      if (!groups.has(key)) groups.set(key, Object.assign(new ActionItemGroup(), { owner: item.owner, items: [] }));
      groups.get(key)!.items.push(item);
    }
    return Object.assign(new ReviewBoard(), {
      overdue: all.filter((review) => review.overdue),
      open: all.filter((review) => !review.completedAt && !review.overdue),
      recentlyCompleted: all.filter((review) => review.completedAt).sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime()),
      actionItemsByOwner: [...groups.values()].sort((a, b) => (a.owner?.name ?? '').localeCompare(b.owner?.name ?? '')),
    });
  }

  async dashboardSettings(slug: string): Promise<DashboardReviewSettings> {
    const row = await runOne(this.db, qb.selectFrom('dashboard').select(['slug', 'review_owner_user_id', 'review_cadence']).where('slug', '=', slug));
    if (!row) throw notFound('Dashboard', slug);
    const users = await this.users([row.review_owner_user_id]);
    return Object.assign(new DashboardReviewSettings(), {
      slug, owner: (row.review_owner_user_id && users.get(row.review_owner_user_id)) ?? null, cadence: row.review_cadence as ReviewCadence | null,
    });
  }

  /** Sets (or clears, with nulls) who reviews a dashboard and how often; an owner needs a cadence and the other way round. */
  async setDashboardSettings(slug: string, ownerUserId: string | null, cadence: ReviewCadence | null, actor: AuditActor): Promise<DashboardReviewSettings> {
    if (ownerUserId && !cadence) throw badUserInput('Pick how often the dashboard is reviewed', { field: 'cadence' });
    if (cadence && !ownerUserId) throw badUserInput('Pick who reviews the dashboard', { field: 'ownerUserId' });
    await this.db.transaction(async (tx) => {
      const before = await runOne(tx, qb.selectFrom('dashboard').select(['slug', 'title', 'department', 'review_owner_user_id', 'review_cadence']).where('slug', '=', slug).forUpdate());
      if (!before) throw notFound('Dashboard', slug);
      if (ownerUserId) {
        const user = UUID_PATTERN.test(ownerUserId) ? await runOne(tx, qb.selectFrom('app_user').select('id').where('id', '=', ownerUserId).where('disabled_at', 'is', null)) : null;
        if (!user) throw badUserInput(`No active user "${ownerUserId}" to review the dashboard`, { field: 'ownerUserId' });
      }
      await run(tx, qb.updateTable('dashboard').set({ review_owner_user_id: ownerUserId, review_cadence: cadence }).where('slug', '=', slug));
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'DASHBOARD', objectId: slug, objectLabel: before.title, department: before.department as Department | null,
        before: { reviewOwnerUserId: before.review_owner_user_id, reviewCadence: before.review_cadence }, after: { reviewOwnerUserId: ownerUserId, reviewCadence: cadence },
      });
    });
    return this.dashboardSettings(slug);
  }

  /** What waits for a user, for their digest: the open reviews they own and their open action items, soonest due first. */
  async agenda(userId: string, now: Date = new Date()): Promise<{ reviews: Review[]; actionItems: ReviewActionItem[] }> {
    const [reviews, items] = await Promise.all([
      run(this.db, qb.selectFrom('review').selectAll().where('owner_user_id', '=', userId).where('completed_at', 'is', null).orderBy('due_by').limit(AGENDA_LIMIT)),
      run(this.db, qb.selectFrom('review_action_item')
        .select(['id', 'review_id', 'metric_key', 'owner_user_id', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('due_date'), 'text', 'done_at', 'created_at'])
        .where('owner_user_id', '=', userId).where('done_at', 'is', null).orderBy('due_date').orderBy('created_at').limit(AGENDA_LIMIT)),
    ]);
    const [assembled, actionItems] = await Promise.all([this.assemble(reviews, { userId, seesAll: false }, now, false), this.items(items, now)]);
    return { reviews: assembled, actionItems };
  }

  /** How many reviews wait for this user: the in-app notice beside the Reviews link. */
  async openCount(userId: string): Promise<number> {
    const row = await runOne(this.db, qb.selectFrom('review').select((eb) => eb.fn.countAll<string>().as('n')).where('owner_user_id', '=', userId).where('completed_at', 'is', null));
    return Number(row?.n ?? 0);
  }

  /** Who may own an action item: every active user, by name. */
  async people(): Promise<MetricOwner[]> {
    const rows = await run(this.db, qb.selectFrom('app_user').select(['id', 'name']).where('disabled_at', 'is', null).orderBy('name'));
    return rows.map((row) => Object.assign(new MetricOwner(), { id: row.id, name: row.name }));
  }

  /** A metric's action items, open ones first (soonest due first), then the last done ones. */
  async metricActionItems(metricKey: string, now: Date = new Date()): Promise<ReviewActionItem[]> {
    const rows = await run(this.db, qb.selectFrom('review_action_item')
      .select(['id', 'review_id', 'metric_key', 'owner_user_id', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('due_date'), 'text', 'done_at', 'created_at'])
      .where('metric_key', '=', metricKey).orderBy(sql`done_at IS NOT NULL`).orderBy('due_date').orderBy('created_at').limit(100));
    return this.items(rows, now);
  }

  async commentKpi(reviewId: string, metricKey: string, comment: string, actor: AuditActor, now: Date = new Date()): Promise<void> {
    const text = comment.trim();
    if (text.length === 0) throw badUserInput('The comment is empty', { field: 'comment' });
    if (text.length > MAX_COMMENT_LENGTH) throw badUserInput(`The comment is longer than ${MAX_COMMENT_LENGTH} characters`, { field: 'comment' });
    await this.db.transaction(async (tx) => {
      const review = await this.openRow(tx, reviewId);
      const kpi = await this.kpiOf(tx, review, metricKey);
      await run(tx, qb.updateTable('review_kpi').set({ comment: text, commented_at: now }).where('review_id', '=', review.id).where('metric_key', '=', metricKey));
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'REVIEW', objectId: review.id, objectLabel: `${review.subject_key} (${review.cadence.toLowerCase()} review)`,
        department: null, metricKey, before: { metricKey, comment: kpi.comment }, after: { metricKey, comment: text },
      });
    });
  }

  async addActionItem(input: ReviewActionItemInput, actor: AuditActor, now: Date = new Date()): Promise<ReviewActionItem> {
    const text = input.text.trim();
    if (!input.ownerUserId) throw badUserInput('An action item needs an owner', { field: 'ownerUserId' });
    if (!input.dueDate) throw badUserInput('An action item needs a due date', { field: 'dueDate' });
    if (!DATE_PATTERN.test(input.dueDate) || Number.isNaN(Date.parse(`${input.dueDate}T00:00:00Z`)) || new Date(`${input.dueDate}T00:00:00Z`).toISOString().slice(0, 10) !== input.dueDate) {
      throw badUserInput(`"${input.dueDate}" is not a date (YYYY-MM-DD)`, { field: 'dueDate' });
    }
    if (text.length === 0) throw badUserInput('Say what is to be done', { field: 'text' });
    if (text.length > MAX_ACTION_TEXT_LENGTH) throw badUserInput(`The action item is longer than ${MAX_ACTION_TEXT_LENGTH} characters`, { field: 'text' });
    const id = await this.db.transaction(async (tx) => {
      const review = await this.openRow(tx, input.reviewId);
      await this.kpiOf(tx, review, input.metricKey);
      const owner = UUID_PATTERN.test(input.ownerUserId!)
        ? await runOne(tx, qb.selectFrom('app_user').select(['id', 'name']).where('id', '=', input.ownerUserId!).where('disabled_at', 'is', null))
        : null;
      if (!owner) throw badUserInput(`No active user "${input.ownerUserId}" to own the action item`, { field: 'ownerUserId' });
      const row = await runOne(tx, qb.insertInto('review_action_item').values({
        review_id: review.id, metric_key: input.metricKey, owner_user_id: owner.id, due_date: input.dueDate!, text, created_by: actor.id, created_at: now,
      }).returning('id'));
      await this.audit.record(tx, {
        actor, action: 'CREATE', objectType: 'REVIEW_ACTION_ITEM', objectId: row!.id, objectLabel: text.slice(0, 80), department: null,
        metricKey: input.metricKey, before: null, after: { reviewId: review.id, metricKey: input.metricKey, ownerUserId: owner.id, dueDate: input.dueDate, text },
      });
      await this.notices.actionAssigned(tx, row!.id);
      return row!.id;
    });
    this.notices.onSent();
    return (await this.actionItem(id, now))!;
  }

  async actionItemRow(id: string): Promise<{ id: string; owner_user_id: string | null; review_owner: string | null } | null> {
    if (!UUID_PATTERN.test(id)) return null;
    return runOne(this.db, qb.selectFrom('review_action_item as a').innerJoin('review as r', 'r.id', 'a.review_id')
      .select(['a.id', 'a.owner_user_id', 'r.owner_user_id as review_owner']).where('a.id', '=', id));
  }

  async actionItem(id: string, now: Date = new Date()): Promise<ReviewActionItem | null> {
    const rows = await run(this.db, qb.selectFrom('review_action_item')
      .select(['id', 'review_id', 'metric_key', 'owner_user_id', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('due_date'), 'text', 'done_at', 'created_at'])
      .where('id', '=', id));
    return (await this.items(rows, now))[0] ?? null;
  }

  async setActionItemDone(id: string, done: boolean, actor: AuditActor, now: Date = new Date()): Promise<ReviewActionItem> {
    await this.db.transaction(async (tx) => {
      const row = UUID_PATTERN.test(id)
        ? await runOne(tx, qb.selectFrom('review_action_item').select(['id', 'done_at', 'text', 'metric_key']).where('id', '=', id).forUpdate())
        : null;
      if (!row) throw notFound('ReviewActionItem', id);
      if ((row.done_at !== null) === done) return;
      const doneAt = done ? now : null;
      await run(tx, qb.updateTable('review_action_item').set({ done_at: doneAt }).where('id', '=', id));
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'REVIEW_ACTION_ITEM', objectId: id, objectLabel: row.text.slice(0, 80), department: null,
        metricKey: row.metric_key, before: { doneAt: row.done_at?.toISOString() ?? null }, after: { doneAt: doneAt?.toISOString() ?? null },
      });
    });
    return (await this.actionItem(id, now))!;
  }

  /** Completes a review; refused while an off-track KPI has no comment (the first such KPI named). */
  async complete(id: string, actor: AuditActor & { id: string | null }, now: Date = new Date()): Promise<void> {
    const catalog = await this.metrics.loadCatalog();
    await this.db.transaction(async (tx) => {
      const review = await this.openRow(tx, id);
      const missing = await run(tx, qb.selectFrom('review_kpi').select('metric_key').where('review_id', '=', id)
        .where('status', '=', 'OFF_TRACK').where('comment', 'is', null).orderBy('position'));
      if (missing.length > 0) {
        const names = missing.map(({ metric_key: key }) => `"${catalog.find(key)?.name ?? key}"`);
        throw badUserInput(`Write a comment on the off-track KPI ${names.join(', ')} before completing the review`, {
          field: 'kpis', metricKey: missing[0]!.metric_key, metricKeys: missing.map((row) => row.metric_key),
        });
      }
      await run(tx, qb.updateTable('review').set({ completed_at: now, completed_by: actor.kind === 'USER' ? actor.id : null }).where('id', '=', id));
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'REVIEW', objectId: id, objectLabel: `${review.subject_key} (${review.cadence.toLowerCase()} review)`,
        department: null, metricKey: review.subject_kind === 'METRIC' ? review.subject_key : null, before: { completedAt: null }, after: { completedAt: now.toISOString() },
      });
    });
  }

  /** The review, locked, refused when completed. */
  private async openRow(tx: EntityManager, id: string): Promise<Selectable<ReviewRow>> {
    const review = await this.getRow(id, tx);
    if (review.completed_at) throw badUserInput('This review is completed: it can no longer change', { field: 'reviewId', reviewId: id });
    return review;
  }

  private async kpiOf(tx: EntityManager, review: Selectable<ReviewRow>, metricKey: string): Promise<{ comment: string | null }> {
    const kpi = await runOne(tx, qb.selectFrom('review_kpi').select('comment').where('review_id', '=', review.id).where('metric_key', '=', metricKey));
    if (!kpi) throw badUserInput(`"${metricKey}" is not a KPI of this review`, { field: 'metricKey', metricKey });
    return kpi;
  }

  private async users(ids: ReadonlyArray<string | null>): Promise<Map<string, MetricOwner>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await run(this.db, qb.selectFrom('app_user').select(['id', 'name']).where('id', 'in', wanted));
    return new Map(rows.map((row) => [row.id, Object.assign(new MetricOwner(), { id: row.id, name: row.name })]));
  }

  private async items(rows: readonly ItemRow[], now: Date, catalog?: Catalog): Promise<ReviewActionItem[]> {
    const [users, metrics] = await Promise.all([this.users(rows.map((row) => row.owner_user_id)), catalog ?? this.metrics.loadCatalog()]);
    const today = localDay(now, this.timeZone());
    return rows.map((row) => {
      const metric = metrics.find(row.metric_key);
      return Object.assign(new ReviewActionItem(), {
        id: row.id, reviewId: row.review_id, metricKey: row.metric_key, metric: metric && toMetric(metric), owner: (row.owner_user_id && users.get(row.owner_user_id)) ?? null,
        dueDate: row.due_date, text: row.text, doneAt: row.done_at, createdAt: row.created_at, overdue: row.done_at === null && row.due_date < today,
      });
    });
  }

  /** Reviews as the API gives them; `detail` adds the scorecard and action items (one query each for all). */
  private async assemble(rows: ReadonlyArray<Selectable<ReviewRow>>, reader: ReviewReader, now: Date, detail: boolean): Promise<Review[]> {
    if (rows.length === 0) return [];
    const catalog = await this.metrics.loadCatalog();
    const ids = rows.map((row) => row.id);
    const dashboardSlugs = rows.filter((row) => row.subject_kind === 'DASHBOARD').map((row) => row.subject_key);
    const [users, dashboards, kpis, items, carried] = await Promise.all([
      this.users(rows.flatMap((row) => [row.owner_user_id, row.completed_by])),
      dashboardSlugs.length === 0 ? [] : run(this.db, qb.selectFrom('dashboard').select(['slug', 'title', 'i18n']).where('slug', 'in', dashboardSlugs)),
      detail ? run(this.db, qb.selectFrom('review_kpi').selectAll().where('review_id', 'in', ids).orderBy('position')) : [],
      detail ? run(this.db, qb.selectFrom('review_action_item')
        .select(['id', 'review_id', 'metric_key', 'owner_user_id', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('due_date'), 'text', 'done_at', 'created_at'])
        .where('review_id', 'in', ids).orderBy('created_at')) : [],
      detail ? this.carried(rows[0]!) : [],
    ]);
    const [actionItems, carriedItems] = await Promise.all([this.items(items, now, catalog), this.items(carried, now, catalog)]);
    return rows.map((row) => {
      const dashboard = dashboards.find((d) => d.slug === row.subject_key);
      const metric = row.subject_kind === 'METRIC' ? catalog.find(row.subject_key) : null;
      const subject = metric ? { text: metric.name, i18n: metric.i18n } : dashboard ? { text: dashboard.title, i18n: dashboard.i18n as LocalizedText } : { text: row.subject_key, i18n: {} };
      return Object.assign(new Review(), {
        id: row.id, subjectKind: row.subject_kind as ReviewSubjectKind, subjectKey: row.subject_key, subject, cadence: row.cadence as ReviewCadence,
        owner: (row.owner_user_id && users.get(row.owner_user_id)) ?? null, periodFrom: row.period_from, periodTo: row.period_to, dueBy: row.due_by,
        openedAt: row.opened_at, completedAt: row.completed_at, completedBy: (row.completed_by && users.get(row.completed_by)) ?? null,
        overdue: isReviewOverdue({ dueBy: row.due_by, completedAt: row.completed_at }, now),
        editable: row.completed_at === null && (reader.userId === row.owner_user_id || reader.seesAll),
        kpis: kpis.filter((kpi) => kpi.review_id === row.id).map((kpi) => {
          const found = catalog.find(kpi.metric_key);
          return Object.assign(new ReviewKpi(), {
            metricKey: kpi.metric_key, metric: found && toMetric(found), value: kpi.value, target: kpi.target, status: kpi.status, change: kpi.change,
            changeRatio: kpi.change_ratio, paceStatus: kpi.pace_status, paceExpected: kpi.pace_expected, comment: kpi.comment, commentedAt: kpi.commented_at,
            needsComment: kpi.status === 'OFF_TRACK' && kpi.comment === null,
          });
        }),
        actionItems: actionItems.filter((item) => item.reviewId === row.id),
        carriedActionItems: carriedItems,
      });
    });
  }

  /** Open action items of the earlier reviews of the review's subject. */
  private carried(review: Selectable<ReviewRow>): Promise<ItemRow[]> {
    return run(this.db, qb.selectFrom('review_action_item as a').innerJoin('review as r', 'r.id', 'a.review_id')
      .select(['a.id', 'a.review_id', 'a.metric_key', 'a.owner_user_id', sql<string>`to_char(a.due_date, 'YYYY-MM-DD')`.as('due_date'), 'a.text', 'a.done_at', 'a.created_at'])
      .where('r.subject_kind', '=', review.subject_kind).where('r.subject_key', '=', review.subject_key)
      .where('r.period_from', '<', review.period_from).where('a.done_at', 'is', null).orderBy('a.due_date').orderBy('a.created_at'));
  }
}
