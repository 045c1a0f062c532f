import type { DataSource, EntityManager } from 'typeorm';
import type { Department } from '@opshub/metrics';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/pagination';
import { AuditEventEntity, type AuditAction, type AuditActorKind } from './audit.entity';

const MAX_PAGE_SIZE = 200;
const EVENT_ID = /^\d+$/;

/** Who made a change: a signed-in user, an API key, or the server itself (start-up, the first ADMIN). */
export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null, name: 'system' };

/** The actor of a signed-in principal (structural, so this module depends on no other: every module records through it). */
export function actorOf(principal: { kind: 'USER' | 'API_KEY' | 'SHARE_LINK'; id: string; name: string }): AuditActor {
  // The auth gate lets a share link ask for its dashboard only: reaching a change with one is a wiring mistake.
  if (principal.kind === 'SHARE_LINK') throw new Error('A share link changes nothing');
  return { kind: principal.kind, id: principal.id, name: principal.name };
}

/** One change, as the service that made it describes it. */
export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  /** What kind of thing changed: METRIC, TARGET, GOAL, ALERT_RULE, USER, API_KEY, … (free text, so new kinds need no migration). */
  objectType: string;
  objectId: string;
  /** How a person names the object (a metric's name, a user's e-mail): kept as it was, even after a rename or delete. */
  objectLabel: string;
  /** The department the object belongs to, for filtering; null for organisation-wide objects. */
  department: Department | null;
  /** The metric the object hangs off (a target, goal or rule of it), so the metric's history lists it. */
  metricKey?: string | null;
  /** The object before and after the change; null before a CREATE and after a DELETE. Leave secrets out (see auditSnapshot). */
  before: object | null;
  after: object | null;
}

export interface AuditFilter {
  objectType?: string | null;
  objectId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditPage {
  events: Array<{ cursor: string; event: AuditEventEntity }>;
  hasNextPage: boolean;
  totalCount: number;
}

/** A JSON-safe copy of an entity (dates as ISO strings) without the named fields (hashes, secrets). */
export function auditSnapshot<T extends object>(value: T, ...omit: Array<keyof T>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of omit) delete copy[key as string];
  return JSON.parse(JSON.stringify(copy)) as Record<string, unknown>;
}

/** The append-only audit trail of configuration changes. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /**
   * Writes one event with `manager`, which must be the transaction of the change itself: if the change fails
   * the event is rolled back with it, and if the event cannot be written the change is rolled back.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditService.record needs the transaction of the change it records');
    await manager.getRepository(AuditEventEntity).insert({
      actorKind: entry.actor.kind,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      objectLabel: entry.objectLabel,
      department: entry.department,
      metricKey: entry.metricKey ?? null,
      // Plain JSON copies (dates as ISO text); TypeORM's partial-entity type cannot express an open jsonb object.
      before: entry.before && (JSON.parse(JSON.stringify(entry.before)) as never),
      after: entry.after && (JSON.parse(JSON.stringify(entry.after)) as never),
    });
  }

  /** Events newest first, filtered, as a keyset page. */
  async events(filter: AuditFilter, first: number, after?: string | null): Promise<AuditPage> {
    checkPageSize(first, MAX_PAGE_SIZE);
    const cursor = after ? decodeCursor(after, EVENT_ID) : null;
    const query = this.db.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.objectType) query.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('e.object_id = :objectId', { objectId: filter.objectId });
    if (filter.actorId) query.andWhere('e.actor_id::text = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    const totalCount = await query.clone().getCount();
    if (cursor) query.andWhere('(e.at, e.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await query.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1).getMany();
    return {
      events: rows.slice(0, first).map((event) => ({ cursor: encodeCursor(event.at, event.id), event })),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  /** The changes to a metric and to what hangs off it (targets, goals, rules), newest first. */
  metricHistory(metricKey: string, first: number): Promise<AuditEventEntity[]> {
    checkPageSize(first, MAX_PAGE_SIZE);
    return this.db.getRepository(AuditEventEntity).find({ where: { metricKey }, order: { at: 'DESC', id: 'DESC' }, take: first });
  }
}
