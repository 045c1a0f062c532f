import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput } from '../../common/errors';
import { checkPageSize } from '../../common/pagination';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { JobQueue } from '../job/job-queue.service';
import { WEBHOOK_DELIVERY_JOB } from './webhook-dispatcher.service';
import type { WebhookTargets } from './webhook-target';
import { WEBHOOK_EVENT_TYPES, WebhookEndpointEntity, type WebhookEventType } from './webhook.entity';
import type { WebhookEndpointInput } from './webhook.input';
import { CreatedWebhookEndpoint, WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.type';
import { qb, run, runSql } from '../../database/sql';

export const MAX_DELIVERY_PAGE = 200;

/** One attempt in a delivery's log, as jsonb_build_object renders it (timestamps as text). */
interface AttemptJson {
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

function toEndpoint(entity: WebhookEndpointEntity): WebhookEndpoint {
  const { id, name, url, eventTypes, active, createdAt } = entity;
  return Object.assign(new WebhookEndpoint(), { id, name, url: url ?? '', eventTypes, active, createdAt });
}

/** Who gets a queued event besides the ADMIN endpoints subscribed to its type. */
export interface Routing {
  /** Channels that get it whatever they subscribe to (a rule's channels, a digest's channel, a test). */
  channelIds?: readonly string[];
  /** Only `channelIds` get it, not the subscribed endpoints. */
  only?: boolean;
  /** An address that gets it by e-mail (a user's own digest). */
  recipient?: string | null;
}

/** Webhook endpoints and the persisted delivery queue; the HTTP side is the WebhookDispatcher. */
export class WebhookService {
  constructor(
    private readonly db: DataSource,
    private readonly targets: WebhookTargets,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  /** Call after a commit that enqueued deliveries, so their jobs do not wait for the next poll. */
  onEnqueued(): void {
    this.jobs.wake(WEBHOOK_DELIVERY_JOB);
  }

  /** An absolute http(s) URL this server may send to; names are checked again on every send, on the address they resolve to then. */
  checkUrl(raw: string, field: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw badUserInput('url must be an absolute http(s) URL', { field });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badUserInput('url must be an absolute http(s) URL', { field });
    if (!this.targets.literalAllowed(url)) throw badUserInput('url points at a private or reserved address (allow it with WEBHOOK_ALLOWED_HOSTS)', { field });
    return url;
  }

  async createEndpoint(input: WebhookEndpointInput, actor: AuditActor): Promise<CreatedWebhookEndpoint> {
    const url = this.checkUrl(input.url, 'input.url');
    if (!input.name.trim()) throw badUserInput('name must not be empty', { field: 'input.name' });
    const eventTypes = [...new Set(input.eventTypes)];
    if (eventTypes.length === 0 || eventTypes.some((t) => !WEBHOOK_EVENT_TYPES.includes(t))) {
      throw badUserInput(`eventTypes must list some of ${WEBHOOK_EVENT_TYPES.join(', ')}`, { field: 'input.eventTypes' });
    }
    if (input.secret != null && input.secret.length < 16) throw badUserInput('secret must be at least 16 characters', { field: 'input.secret' });
    const secret = input.secret ?? randomBytes(32).toString('hex');
    const saved = await this.db.transaction(async (tx) => {
      const endpoint = await tx.getRepository(WebhookEndpointEntity).save({ name: input.name.trim(), url: url.toString(), secret, eventTypes, active: true });
      await this.recordChange(tx, actor, null, endpoint);
      return endpoint;
    });
    return Object.assign(new CreatedWebhookEndpoint(), { endpoint: toEndpoint(saved), secret });
  }

  async endpoints(): Promise<WebhookEndpoint[]> {
    return (await this.db.getRepository(WebhookEndpointEntity).find({ order: { createdAt: 'ASC' } })).map(toEndpoint);
  }

  async setActive(id: string, active: boolean, actor: AuditActor): Promise<WebhookEndpoint | null> {
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(WebhookEndpointEntity);
      const endpoint = await repository.findOneBy({ id });
      if (!endpoint) return null;
      const before = repository.create({ ...endpoint });
      endpoint.active = active;
      const saved = await repository.save(endpoint);
      await this.recordChange(tx, actor, before, saved);
      return toEndpoint(saved);
    });
  }

  /** The signing secret stays out of the trail. */
  private recordChange(tx: EntityManager, actor: AuditActor, before: WebhookEndpointEntity | null, after: WebhookEndpointEntity): Promise<void> {
    return this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'WEBHOOK_ENDPOINT', objectId: after.id, objectLabel: after.name, department: null,
      before: before && auditSnapshot(before, 'secret'), after: auditSnapshot(after, 'secret'),
    });
  }

  /**
   * Queues one delivery per active ADMIN endpoint subscribed to `eventType` and per active routed channel (each
   * once), and one to the routed address, in the caller's transaction: the event, its deliveries and their jobs
   * commit together, and the sending happens later, outside it. Returns the delivery ids.
   */
  async enqueue(tx: EntityManager, eventType: WebhookEventType, payload: object, routing: Routing = {}): Promise<string[]> {
    const body = JSON.stringify({ type: eventType, ...payload });
    const routed = [...(routing.channelIds ?? [])];
    const rows = await runSql(tx, sql<{ id: string }>`
      INSERT INTO webhook_delivery (endpoint_id, event_type, payload)
      SELECT id, ${eventType}, ${body}::jsonb FROM webhook_endpoint
       WHERE active AND (id = ANY(${routed}::uuid[]) OR (NOT ${routing.only ?? false} AND department IS NULL AND ${eventType} = ANY(event_types)))
      RETURNING id`);
    if (routing.recipient) {
      rows.push(...await runSql(tx, sql<{ id: string }>`
        INSERT INTO webhook_delivery (recipient, event_type, payload) VALUES (${routing.recipient}, ${eventType}, ${body}::jsonb) RETURNING id`));
    }
    const ids = rows.map((row) => String(row.id));
    // Before the queue's first start (the demo seed on a new database) the deliveries wait PENDING for its recovery.
    if (ids.length > 0 && await this.jobs.accepting(WEBHOOK_DELIVERY_JOB)) {
      for (const deliveryId of ids) await this.jobs.send(WEBHOOK_DELIVERY_JOB, { deliveryId }, { key: deliveryId, tx });
    }
    return ids;
  }

  /** The delivery log, newest first: every delivery with its attempts. */
  async deliveries(filter: { endpointId?: string | null; ids?: readonly string[] | null }, first: number): Promise<WebhookDelivery[]> {
    checkPageSize(first, MAX_DELIVERY_PAGE);
    const endpointId = filter.endpointId ?? null;
    const ids = filter.ids ?? null;
    const rows = await run(this.db, qb.selectFrom('webhook_delivery as d').selectAll('d')
      .select(sql<AttemptJson[]>`coalesce((SELECT jsonb_agg(jsonb_build_object('attempt', a.attempt, 'at', a.at, 'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                                      FROM webhook_attempt a WHERE a.delivery_id = d.id), '[]')`.as('attempt_log'))
      .where(sql<boolean>`(${endpointId}::uuid IS NULL OR d.endpoint_id = ${endpointId}) AND (${ids}::bigint[] IS NULL OR d.id = ANY(${ids}))`)
      .orderBy('d.id', 'desc').limit(first));
    return rows.map((row) => Object.assign(new WebhookDelivery(), {
      id: String(row.id), endpointId: row.endpoint_id, recipient: row.recipient, eventType: row.event_type, payload: JSON.stringify(row.payload), state: row.state,
      attempts: row.attempts, nextAttemptAt: row.next_attempt_at, lastStatusCode: row.last_status_code, lastError: row.last_error,
      createdAt: row.created_at, deliveredAt: row.delivered_at,
      attemptLog: row.attempt_log.map((a) => Object.assign(new WebhookAttempt(), { ...a, at: new Date(a.at) })),
    }));
  }
}
