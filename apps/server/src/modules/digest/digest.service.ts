import { sql, type Selectable } from 'kysely';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { add, departmentsOf, startOf, userGrant, type Department, type Grant, type Role } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { localized, notificationLocale, type NotificationLocale } from '../../common/localized';
import { inTransaction } from '../../common/transaction';
import { checkPageSize } from '../../common/pagination';
import { MAX_ALERT_PAGE, type AlertService } from '../alert/alert.service';
import type { DashboardService } from '../dashboard/dashboard.service';
import type { KpiService } from '../kpi/kpi.service';
import type { MetricService } from '../metric/metric.service';
import type { JobQueue } from '../job/job-queue.service';
import type { WebhookService } from '../webhook/webhook.service';
import type { ReviewService } from '../review/review.service';
import { renderDigest } from './digest-render';
import { DigestSubscriptionEntity, type DigestCadence } from './digest.entity';
import type { DigestSignupInput, DigestSubscriptionInput } from './digest.input';
import { DigestMessage, DigestSubscription } from './digest.type';
import type { DigestOutbox } from '../../database/schema';
import { qb, run, runOne } from '../../database/sql';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';

export const MAX_OUTBOX_PAGE = 200;

function toSubscription(entity: DigestSubscriptionEntity): DigestSubscription {
  const { id, dashboardSlug, cadence, webhookEndpointId, userId, createdBy, active, nextRunAt, lastRunAt } = entity;
  return Object.assign(new DigestSubscription(), { id, dashboardSlug, cadence, webhookEndpointId, userId, createdBy, active, nextRunAt, lastRunAt });
}

function toMessage(row: Selectable<DigestOutbox>): DigestMessage {
  return Object.assign(new DigestMessage(), {
    id: String(row.id), subscriptionId: row.subscription_id, dashboardSlug: row.dashboard_slug, cadence: row.cadence,
    periodFrom: row.period_from, periodTo: row.period_to, subject: row.subject, html: row.html,
    webhookDeliveryId: row.webhook_delivery_id === null ? null : String(row.webhook_delivery_id), createdAt: row.created_at, sentAt: row.sent_at,
  });
}

/** The job kind that sends one subscription's digest for one period. */
export const DIGEST_SEND_JOB = 'digest.send';

/** Scheduled dashboard digests: rendered as HTML, written to the outbox and, when configured, sent to a webhook. */
export class DigestService {
  constructor(
    private readonly db: DataSource,
    private readonly metrics: MetricService,
    private readonly kpis: KpiService,
    private readonly dashboards: DashboardService,
    private readonly alerts: AlertService,
    private readonly webhooks: WebhookService,
    private readonly timeZone: () => string,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly reviews: Pick<ReviewService, 'agenda'>,
  ) {
    jobs.define<{ subscriptionId: string; at: string }>({
      name: DIGEST_SEND_JOB,
      retryLimit: 3,
      retryDelaySeconds: 30,
      run: ({ subscriptionId, at }) => this.runQueued(subscriptionId, new Date(at)),
    });
  }

  /** The next start of a day (or a Monday) after `now`, in the organisation's zone. */
  nextRun(cadence: DigestCadence, now: Date): Date {
    const unit = cadence === 'DAILY' ? 'DAY' : 'WEEK';
    return add(startOf(now, unit, this.timeZone()), unit, 1, this.timeZone());
  }

  /** A digest for a user (by e-mail) or, when `channelId` is given, for that channel; `by` is who subscribes. */
  async signUp(input: DigestSignupInput, actor: AuditActor & { id: string }, now: Date = new Date(), tx?: EntityManager): Promise<DigestSubscription> {
    const by = actor.id;
    const dashboard = await this.dashboards.getDashboard(input.dashboardSlug).catch(() => {
      throw badUserInput(`unknown dashboard "${input.dashboardSlug}"`, { field: 'input.dashboardSlug' });
    });
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(DigestSubscriptionEntity);
      const saved = await repository.save(repository.create({
        dashboardSlug: input.dashboardSlug, cadence: input.cadence, webhookEndpointId: input.channelId ?? null, userId: input.channelId ? null : by,
        createdBy: by, active: true, nextRunAt: this.nextRun(input.cadence, now),
      }));
      await this.recordSubscription(manager, actor, null, saved, dashboard.department);
      return toSubscription(saved);
    });
  }

  private recordSubscription(
    tx: EntityManager, actor: AuditActor, before: DigestSubscriptionEntity | null, after: DigestSubscriptionEntity | null, department: Department | null,
  ): Promise<void> {
    const row = (after ?? before)!;
    return this.audit.record(tx, {
      actor, action: after ? 'CREATE' : 'DELETE', objectType: 'DIGEST_SUBSCRIPTION', objectId: row.id, objectLabel: `${row.dashboardSlug} ${row.cadence}`,
      department, before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
  }

  /** The subscriptions `by` made, optionally of one dashboard. */
  async subscriptionsBy(by: string, dashboardSlug: string | null): Promise<DigestSubscription[]> {
    const rows = await this.db.getRepository(DigestSubscriptionEntity).find({
      where: { createdBy: by, ...(dashboardSlug ? { dashboardSlug } : {}) }, order: { createdAt: 'ASC' },
    });
    return rows.map(toSubscription);
  }

  async unsubscribe(id: string, actor: AuditActor, tx?: EntityManager): Promise<DigestSubscription> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(DigestSubscriptionEntity);
      const row = UUID_PATTERN.test(id) ? await repository.findOneBy({ id }) : null;
      if (!row) throw notFound('DigestSubscription', id);
      // A personal digest's messages go with it: without their subscription they would read as dashboard-wide.
      if (row.createdBy) await run(manager, qb.deleteFrom('digest_outbox').where('subscription_id', '=', id));
      await repository.delete({ id });
      const dashboard = await this.dashboards.findDashboard(row.dashboardSlug);
      await this.recordSubscription(manager, actor, row, null, dashboard?.department ?? null);
      return toSubscription(row);
    });
  }

  async subscribe(input: DigestSubscriptionInput, actor: AuditActor, now: Date = new Date()): Promise<DigestSubscription> {
    const dashboard = await this.dashboards.getDashboard(input.dashboardSlug).catch(() => {
      throw badUserInput(`unknown dashboard "${input.dashboardSlug}"`, { field: 'input.dashboardSlug' });
    });
    if (input.webhookEndpointId) {
      const endpoint = UUID_PATTERN.test(input.webhookEndpointId)
        ? await runOne(this.db, qb.selectFrom('webhook_endpoint').select(sql<number>`1`.as('found')).where('id', '=', input.webhookEndpointId)) : null;
      if (!endpoint) throw badUserInput(`unknown webhook endpoint "${input.webhookEndpointId}"`, { field: 'input.webhookEndpointId' });
    }
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(DigestSubscriptionEntity);
      const saved = await repository.save(repository.create({
        dashboardSlug: input.dashboardSlug, cadence: input.cadence, webhookEndpointId: input.webhookEndpointId ?? null, active: true,
        nextRunAt: this.nextRun(input.cadence, now),
      }));
      await this.audit.record(tx, {
        actor, action: 'CREATE', objectType: 'DIGEST_SUBSCRIPTION', objectId: saved.id, objectLabel: `${dashboard.slug} ${saved.cadence}`,
        department: dashboard.department, before: null, after: auditSnapshot(saved),
      });
      return toSubscription(saved);
    });
  }

  /** The subscriptions of these dashboards. */
  async subscriptions(dashboardSlugs: readonly string[]): Promise<DigestSubscription[]> {
    const rows = await this.db.getRepository(DigestSubscriptionEntity).find({ where: { dashboardSlug: In(dashboardSlugs) }, order: { createdAt: 'ASC' } });
    return rows.map(toSubscription);
  }

  async subscription(id: string): Promise<DigestSubscription | null> {
    const row = UUID_PATTERN.test(id) ? await this.db.getRepository(DigestSubscriptionEntity).findOneBy({ id }) : null;
    return row && toSubscription(row);
  }

  /**
   * The digests of these dashboards, newest first: those of dashboard-wide subscriptions, and of personal ones
   * only `reader`'s (a personal digest lists what its subscriber may read, which the dashboard's readers may not).
   */
  async outbox(first: number, unsentOnly: boolean, dashboardSlugs: readonly string[], reader: string): Promise<DigestMessage[]> {
    checkPageSize(first, MAX_OUTBOX_PAGE);
    const rows = await run(this.db, qb.selectFrom('digest_outbox').selectAll()
      .where(sql<boolean>`(NOT ${unsentOnly} OR sent_at IS NULL) AND dashboard_slug = ANY(${dashboardSlugs})
        AND NOT EXISTS (SELECT 1 FROM digest_subscription s WHERE s.id = subscription_id AND s.created_by IS DISTINCT FROM ${reader}::text::uuid AND s.created_by IS NOT NULL)`)
      .orderBy('id', 'desc').limit(first));
    return rows.map(toMessage);
  }

  async message(id: string): Promise<DigestMessage | null> {
    const row = /^\d+$/.test(id) ? await runOne(this.db, qb.selectFrom('digest_outbox').selectAll().where('id', '=', id)) : null;
    return row ? toMessage(row) : null;
  }

  /** A mail relay marks what it sent. */
  async markSent(id: string): Promise<DigestMessage> {
    const row = /^\d+$/.test(id)
      ? await runOne(this.db, qb.updateTable('digest_outbox').set({ sent_at: sql<Date>`coalesce(sent_at, now())` }).where('id', '=', id).returningAll()) : null;
    if (!row) throw notFound('DigestMessage', id);
    return toMessage(row);
  }

  /** Renders the subscription's digest for the day or week ending `now` and delivers it. */
  async run(subscriptionId: string, now: Date = new Date()): Promise<DigestMessage> {
    const subscription = UUID_PATTERN.test(subscriptionId) ? await this.db.getRepository(DigestSubscriptionEntity).findOneBy({ id: subscriptionId }) : null;
    if (!subscription) throw notFound('DigestSubscription', subscriptionId);
    const catalog = await this.metrics.loadCatalog();
    const dashboard = await this.dashboards.getDashboard(subscription.dashboardSlug);
    const keys = await this.dashboards.metricKeys(subscription.dashboardSlug);
    const period = { from: add(now, subscription.cadence === 'DAILY' ? 'DAY' : 'WEEK', -1, this.timeZone()), to: now };
    const kpis = await this.kpis.computeKpis(catalog, keys, period, 'PREVIOUS_PERIOD', now);
    // A personal digest (a user's, or a channel's someone subscribed) lists the alerts its subscriber may read: an
    // executive's digest of the company dashboard lists every department's. A dashboard-wide one is read by whoever
    // reads the dashboard's department or one it is shared with: the least of them is a viewer of one of those
    // departments alone, so it lists what each of them reads. Filtered in the query, so newer alerts of other metrics
    // cannot crowd the dashboard's out of the page.
    const subscriber = await this.userOf(subscription.userId ?? subscription.createdBy);
    const readers = subscriber ? [subscriber.grant] : dashboard.department ? departmentsOf({ department: dashboard.department, sharedWith: dashboard.sharedWith }).map((d) => userGrant('VIEWER', [d])) : [];
    const readable = readers.length ? keys.filter((key) => readers.every((reader) => catalog.access(reader, key) === 'DETAIL')) : [];
    const openAlerts = readable.length ? await this.alerts.alerts({ states: ['OPEN', 'ACKNOWLEDGED'], readable }, MAX_ALERT_PAGE) : [];
    // Written in the channel's language, or the subscriber's for a digest to their own address.
    const channel = subscription.webhookEndpointId
      ? await runOne(this.db, qb.selectFrom('webhook_endpoint').select('locale').where('id', '=', subscription.webhookEndpointId)) : null;
    const locale = notificationLocale(channel?.locale ?? (subscription.userId ? subscriber?.locale : null));
    const nameOf = (key: string) => {
      const metric = catalog.find(key);
      return metric ? localized(metric.name, metric.i18n, locale, 'name') : key;
    };
    // A digest to a user's own address lists what waits for them in the reviews.
    const agenda = subscription.userId && subscriber ? await this.reviews.agenda(subscription.userId, now) : null;
    const { subject, html } = renderDigest({
      title: localized(dashboard.title, dashboard.i18n, locale, 'title'), cadence: subscription.cadence, period, timeZone: this.timeZone(), kpis, openAlerts,
      personal: subscriber !== null, locale,
      names: new Map([...keys, ...(agenda?.actionItems.map((item) => item.metricKey) ?? [])].map((key) => [key, nameOf(key)])),
      agenda: agenda ? {
        reviews: agenda.reviews.map((review) => ({ name: review.subjectName(locale), dueBy: review.dueBy, overdue: review.overdue })),
        actionItems: agenda.actionItems,
      } : undefined,
    });
    const row = await this.db.transaction(async (tx) => {
      const routed = subscription.webhookEndpointId || subscription.userId;
      const [deliveryId] = routed
        ? await this.webhooks.enqueue(tx, 'DIGEST', { dashboard: subscription.dashboardSlug, cadence: subscription.cadence, periodFrom: period.from, periodTo: period.to, subject, html }, {
          channelIds: subscription.webhookEndpointId ? [subscription.webhookEndpointId] : [], only: true, recipient: subscription.userId ? subscriber?.email : null,
        })
        : [];
      const inserted = (await runOne(tx, qb.insertInto('digest_outbox').values({
        subscription_id: subscription.id, dashboard_slug: subscription.dashboardSlug, cadence: subscription.cadence,
        period_from: period.from, period_to: period.to, subject, html, webhook_delivery_id: deliveryId ?? null,
      }).returningAll()))!;
      await run(tx, qb.updateTable('digest_subscription').set({ last_run_at: now }).where('id', '=', subscription.id));
      return inserted;
    });
    if (row.webhook_delivery_id !== null) this.webhooks.onEnqueued();
    return toMessage(row);
  }

  /** An enabled user's address and grant; null for a disabled or deleted one (their digest lists what a dashboard reader may). */
  private async userOf(id: string | null): Promise<{ email: string; grant: Grant; locale: NotificationLocale } | null> {
    if (!id) return null;
    const user = await runOne(this.db, qb.selectFrom('app_user').select(['email', 'role', 'departments', 'locale']).where('id', '=', id).where('disabled_at', 'is', null));
    if (!user) return null;
    try {
      return { email: user.email, grant: userGrant(user.role as Role, user.departments as Department[]), locale: notificationLocale(user.locale) };
    } catch {
      return null;
    }
  }

  /**
   * Claims the due subscriptions (FOR UPDATE SKIP LOCKED: one instance each), moves their next run on and queues
   * the send of each in the same transaction, so a digest is queued once per period however many instances look,
   * and a queued one is sent even if its instance stops. Returns how many it queued.
   */
  async runDue(now: Date = new Date()): Promise<number> {
    const due = await this.db.transaction(async (tx) => {
      const rows = await run(tx, qb.selectFrom('digest_subscription').select(['id', 'cadence'])
        .where('active', '=', true).where('next_run_at', '<=', now).orderBy('next_run_at').limit(50).forUpdate().skipLocked());
      for (const row of rows) {
        await run(tx, qb.updateTable('digest_subscription').set({ next_run_at: this.nextRun(row.cadence as DigestCadence, now) }).where('id', '=', row.id));
        await this.jobs.send(DIGEST_SEND_JOB, { subscriptionId: row.id, at: now.toISOString() }, { key: row.id, tx });
      }
      return rows;
    });
    if (due.length > 0) this.jobs.wake(DIGEST_SEND_JOB);
    return due.length;
  }

  /**
   * A queued send: skipped when the subscription is gone, or when an earlier try of this job wrote the period's
   * digest already (and its instance stopped before the queue heard of it).
   */
  private async runQueued(subscriptionId: string, at: Date): Promise<void> {
    const subscription = await runOne(this.db, qb.selectFrom('digest_subscription').select('id').where('id', '=', subscriptionId));
    const sent = await runOne(this.db, qb.selectFrom('digest_outbox').select('id').where('subscription_id', '=', subscriptionId).where('period_to', '=', at));
    if (subscription && !sent) await this.run(subscriptionId, at);
  }
}
