import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { NOTIFICATION_LOCALES, type NotificationLocale } from '../../common/localized';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { inTransaction } from '../../common/transaction';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { WEBHOOK_EVENT_TYPES, WebhookEndpointEntity } from '../webhook/webhook.entity';
import type { WebhookService } from '../webhook/webhook.service';
import type { WebhookDelivery } from '../webhook/webhook.type';
import type { ChannelInput } from './channel.input';
import { Channel, CreatedChannel } from './channel.type';

const MAX_RECIPIENTS = 20;
/** A plain address, as a mail relay takes it in RCPT TO: no display name, no list, no line breaks. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function toChannel(entity: WebhookEndpointEntity): Channel {
  const { id, name, kind, department, url, recipients, eventTypes, active, locale, createdAt } = entity;
  return Object.assign(new Channel(), { id, name, kind, department, url, recipients, eventTypes, active, locale, createdAt });
}

/**
 * Notification channels: the webhook endpoints, of any kind, and their department. Changes run in one
 * transaction (the caller's when given) so what is recorded about them commits with them.
 */
export class ChannelService {
  constructor(private readonly db: DataSource, private readonly webhooks: WebhookService, private readonly audit: AuditService) {}

  /** What a channel is, for the audit trail: never its secret. */
  private recordChange(tx: EntityManager, actor: AuditActor, before: WebhookEndpointEntity | null, after: WebhookEndpointEntity | null): Promise<void> {
    const channel = (after ?? before)!;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'NOTIFICATION_CHANNEL', objectId: channel.id,
      objectLabel: channel.name, department: channel.department, before: before && auditSnapshot(before, 'secret'), after: after && auditSnapshot(after, 'secret'),
    });
  }

  /** Channels of these departments (null: every channel, ADMIN ones included). */
  async channels(departments: readonly string[] | null): Promise<Channel[]> {
    const query = this.db.getRepository(WebhookEndpointEntity).createQueryBuilder('c').orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC');
    if (departments) query.where('c.department = ANY(:departments)', { departments });
    return (await query.getMany()).map(toChannel);
  }

  async channel(id: string): Promise<Channel | null> {
    const row = UUID_PATTERN.test(id) ? await this.db.getRepository(WebhookEndpointEntity).findOneBy({ id }) : null;
    return row && toChannel(row);
  }

  private columns(input: ChannelInput) {
    const name = input.name.trim();
    if (!name || name.length > 200) throw badUserInput('name must be 1 to 200 characters', { field: 'input.name' });
    const department = input.department ?? null;
    const eventTypes = [...new Set(input.eventTypes ?? [])];
    if (eventTypes.some((t) => !WEBHOOK_EVENT_TYPES.includes(t))) throw badUserInput(`eventTypes must list some of ${WEBHOOK_EVENT_TYPES.join(', ')}`, { field: 'input.eventTypes' });
    if (department && eventTypes.length > 0) throw badUserInput('a department channel gets only what its rules and digests route to it', { field: 'input.eventTypes' });
    const locale = input.locale ?? 'en';
    if (!(NOTIFICATION_LOCALES as readonly string[]).includes(locale)) throw badUserInput(`locale must be one of ${NOTIFICATION_LOCALES.join(', ')}`, { field: 'input.locale' });
    const common = { name, kind: input.kind, department, eventTypes, active: input.active, locale: locale as NotificationLocale };
    if (input.kind === 'EMAIL') {
      const recipients = [...new Set((input.recipients ?? []).map((r) => r.trim()).filter(Boolean))];
      if (recipients.length === 0 || recipients.length > MAX_RECIPIENTS) throw badUserInput(`recipients must list 1 to ${MAX_RECIPIENTS} addresses`, { field: 'input.recipients' });
      const bad = recipients.find((r) => !EMAIL.test(r));
      if (bad) throw badUserInput(`"${bad}" is not an e-mail address`, { field: 'input.recipients' });
      return { ...common, url: null, recipients };
    }
    const url = this.webhooks.checkUrl(input.url ?? '', 'input.url').toString();
    return { ...common, url, recipients: [] };
  }

  async create(input: ChannelInput, actor: AuditActor, tx?: EntityManager): Promise<CreatedChannel> {
    const secret = randomBytes(32).toString('hex');
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(WebhookEndpointEntity);
      const saved = await repository.save(repository.create({ ...this.columns(input), secret }));
      await this.recordChange(manager, actor, null, saved);
      return Object.assign(new CreatedChannel(), { channel: toChannel(saved), secret: saved.kind === 'WEBHOOK' ? secret : null });
    });
  }

  /** Replaces a channel's settings; its kind and department stay (its secret too). */
  async update(id: string, input: ChannelInput, actor: AuditActor, tx?: EntityManager): Promise<Channel> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(WebhookEndpointEntity);
      const row = UUID_PATTERN.test(id) ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!row) throw notFound('Channel', id);
      if (input.kind !== row.kind) throw badUserInput('a channel keeps its kind; create a new one', { field: 'input.kind' });
      if ((input.department ?? null) !== row.department) throw badUserInput('a channel keeps its department', { field: 'input.department' });
      const before = repository.create({ ...row });
      const saved = await repository.save(Object.assign(row, this.columns(input)));
      await this.recordChange(manager, actor, before, saved);
      return toChannel(saved);
    });
  }

  /** Deletes a channel with its delivery log; rules routed to it stop naming it. */
  async delete(id: string, actor: AuditActor, tx?: EntityManager): Promise<Channel> {
    return inTransaction(this.db, tx, async (manager) => {
      const repository = manager.getRepository(WebhookEndpointEntity);
      const row = UUID_PATTERN.test(id) ? await repository.findOneBy({ id }) : null;
      if (!row) throw notFound('Channel', id);
      await manager.query('UPDATE alert_rule SET channel_ids = array_remove(channel_ids, $1::uuid) WHERE $1::uuid = ANY(channel_ids)', [id]);
      await repository.delete({ id });
      await this.recordChange(manager, actor, row, null);
      return toChannel(row);
    });
  }

  /** Queues a test message to the channel alone; the delivery log shows how it went. */
  async sendTest(id: string): Promise<WebhookDelivery> {
    const channel = await this.channel(id);
    if (!channel) throw notFound('Channel', id);
    if (!channel.active) throw badUserInput('the channel is paused: activate it to test it', { field: 'id' });
    const [deliveryId] = await this.db.transaction((tx) => this.webhooks.enqueue(tx, 'TEST', { channel: channel.name }, { channelIds: [id], only: true }));
    this.webhooks.onEnqueued();
    return (await this.webhooks.deliveries({ ids: [deliveryId] }, 1))[0];
  }
}
