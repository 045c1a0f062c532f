import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { localDay, type ReviewCadence } from '@opshub/metrics';
import { localized, NOTIFICATION_LOCALES, notificationLocale, type LocalizedText, type NotificationLocale } from '../../common/localized';
import { qb, run, runOne, runSql } from '../../database/sql';
import type { MetricService } from '../metric/metric.service';
import type { WebhookService } from '../webhook/webhook.service';
import { renderReviewNoticeAll, type ReviewNoticeContent, type ReviewNoticeKind } from './review-notice-render';

/** How many overdue reviews and action items one scan tells about (the next scan takes the rest). */
const OVERDUE_BATCH = 200;

type Names = Record<NotificationLocale, string>;

/**
 * Tells people about their reviews and action items through the notification channels: an e-mail to their own
 * address, in their language, through the mail path of the webhook deliveries, and the same notice to the channels
 * already routed for its subject (the channels of the metric's alert rules, of the dashboard's digests). Each notice
 * is recorded per person in review_notice in the transaction that queues its deliveries: only the insert that wins
 * queues anything, so two instances, a retried scan or a repeated call tell a person once.
 */
export class ReviewNotifier {
  constructor(
    private readonly db: DataSource,
    private readonly metrics: MetricService,
    private readonly webhooks: WebhookService,
    private readonly timeZone: () => string,
  ) {}

  /** Call after the commit of a transaction that told someone, so the deliveries do not wait for the next poll. */
  onSent(): void {
    this.webhooks.onEnqueued();
  }

  /** In the transaction that opened the review: tells its owner. True when this call queued the notice. */
  reviewOpened(tx: EntityManager, reviewId: string): Promise<boolean> {
    return this.aboutReview(tx, 'REVIEW_OPENED', reviewId);
  }

  /** In the transaction that added the action item: tells its owner. */
  actionAssigned(tx: EntityManager, itemId: string): Promise<boolean> {
    return this.aboutItem(tx, 'ACTION_ASSIGNED', itemId);
  }

  /**
   * Tells the owners of open reviews past their due time and of open action items past their due day (in the
   * organisation's zone), each once; returns how many notices this call queued.
   */
  async notifyOverdue(now: Date = new Date()): Promise<number> {
    const today = localDay(now, this.timeZone());
    const told = (kind: ReviewNoticeKind, objectId: 'r.id' | 'a.id', userId: 'r.owner_user_id' | 'a.owner_user_id') =>
      sql<boolean>`NOT EXISTS (SELECT 1 FROM review_notice n WHERE n.kind = ${kind} AND n.object_id = ${sql.ref(objectId)} AND n.user_id = ${sql.ref(userId)})`;
    const [reviews, items] = await Promise.all([
      run(this.db, qb.selectFrom('review as r').select('r.id').where('r.completed_at', 'is', null).where('r.due_by', '<=', now)
        .where('r.owner_user_id', 'is not', null).where(told('REVIEW_OVERDUE', 'r.id', 'r.owner_user_id')).orderBy('r.due_by').limit(OVERDUE_BATCH)),
      run(this.db, qb.selectFrom('review_action_item as a').select('a.id').where('a.done_at', 'is', null).where(sql<boolean>`a.due_date < ${today}::date`)
        .where('a.owner_user_id', 'is not', null).where(told('ACTION_OVERDUE', 'a.id', 'a.owner_user_id')).orderBy('a.due_date').limit(OVERDUE_BATCH)),
    ]);
    let count = 0;
    for (const { id } of reviews) if (await this.db.transaction((tx) => this.aboutReview(tx, 'REVIEW_OVERDUE', id))) count++;
    for (const { id } of items) if (await this.db.transaction((tx) => this.aboutItem(tx, 'ACTION_OVERDUE', id))) count++;
    if (count > 0) this.onSent();
    return count;
  }

  private async aboutReview(tx: EntityManager, kind: ReviewNoticeKind, reviewId: string): Promise<boolean> {
    const review = await runOne(tx, qb.selectFrom('review').selectAll().where('id', '=', reviewId));
    if (!review?.owner_user_id) return false;
    const subjectName = await this.subjectName(review.subject_kind, review.subject_key);
    const content: ReviewNoticeContent = {
      kind, subjectName, cadence: review.cadence as ReviewCadence, period: { from: review.period_from, to: review.period_to }, dueBy: review.due_by, timeZone: this.timeZone(),
    };
    const channelIds = review.subject_kind === 'METRIC' ? await this.metricChannels(tx, review.subject_key) : await this.dashboardChannels(tx, review.subject_key);
    return this.tell(tx, kind, reviewId, review.owner_user_id, content, channelIds, { reviewId, subjectKind: review.subject_kind, subjectKey: review.subject_key });
  }

  private async aboutItem(tx: EntityManager, kind: ReviewNoticeKind, itemId: string): Promise<boolean> {
    const item = await runOne(tx, qb.selectFrom('review_action_item as a').innerJoin('review as r', 'r.id', 'a.review_id')
      .select(['a.id', 'a.owner_user_id', 'a.metric_key', 'a.text', sql<string>`to_char(a.due_date, 'YYYY-MM-DD')`.as('due_date'),
        'r.id as review_id', 'r.subject_kind', 'r.subject_key', 'r.cadence', 'r.period_from', 'r.period_to', 'r.due_by'])
      .where('a.id', '=', itemId));
    if (!item?.owner_user_id) return false;
    const [subjectName, metricName] = await Promise.all([this.subjectName(item.subject_kind, item.subject_key), this.subjectName('METRIC', item.metric_key)]);
    const content: ReviewNoticeContent = {
      kind, subjectName, cadence: item.cadence as ReviewCadence, period: { from: item.period_from, to: item.period_to }, dueBy: item.due_by, timeZone: this.timeZone(),
      item: { text: item.text, metricName, dueDate: item.due_date },
    };
    return this.tell(tx, kind, itemId, item.owner_user_id, content, await this.metricChannels(tx, item.metric_key), {
      reviewId: item.review_id, actionItemId: item.id, metricKey: item.metric_key, dueDate: item.due_date,
    });
  }

  /** Records the notice for the person and, when this call recorded it and they are active, queues its deliveries. */
  private async tell(
    tx: EntityManager, kind: ReviewNoticeKind, objectId: string, userId: string, content: ReviewNoticeContent, channelIds: string[], facts: object,
  ): Promise<boolean> {
    const recorded = await runOne(tx, qb.insertInto('review_notice').values({ kind, object_id: objectId, user_id: userId })
      .onConflict((conflict) => conflict.columns(['kind', 'object_id', 'user_id']).doNothing()).returning('kind'));
    if (!recorded) return false;
    const user = await runOne(tx, qb.selectFrom('app_user').select(['email', 'locale']).where('id', '=', userId).where('disabled_at', 'is', null));
    if (!user) return false; // a disabled user is told nothing; the record keeps a re-enabled one from old news
    const payload = { notice: kind, ...facts, userId, locale: notificationLocale(user.locale), messages: renderReviewNoticeAll(content) };
    await this.webhooks.enqueue(tx, 'REVIEW', payload, { channelIds, recipient: user.email });
    return true;
  }

  /** A metric's name or a dashboard's title in each language (the key when it is gone). */
  private async subjectName(kind: string, key: string): Promise<Names> {
    const found = kind === 'METRIC'
      ? (await this.metrics.loadCatalog()).find(key)
      : await runOne(this.db, qb.selectFrom('dashboard').select(['title as name', 'i18n']).where('slug', '=', key));
    const field = kind === 'METRIC' ? 'name' : 'title';
    return Object.fromEntries(NOTIFICATION_LOCALES.map((locale) => [locale, found ? localized(found.name, found.i18n as LocalizedText, locale, field) : key])) as Names;
  }

  /** The channels the metric's active alert rules route to. */
  private async metricChannels(tx: EntityManager, metricKey: string): Promise<string[]> {
    const rows = await runSql(tx, sql<{ id: string }>`SELECT DISTINCT unnest(channel_ids) AS id FROM alert_rule WHERE metric_key = ${metricKey} AND active`);
    return rows.map((row) => row.id);
  }

  /** The channels the dashboard's active digests go to. */
  private async dashboardChannels(tx: EntityManager, slug: string): Promise<string[]> {
    const rows = await run(tx, qb.selectFrom('digest_subscription').select('webhook_endpoint_id').distinct()
      .where('dashboard_slug', '=', slug).where('active', '=', true).where('webhook_endpoint_id', 'is not', null));
    return rows.map((row) => row.webhook_endpoint_id!);
  }
}
