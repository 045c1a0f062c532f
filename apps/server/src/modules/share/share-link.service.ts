import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Department } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { EventBus } from '../bus/event-bus';
import { ShareLinkEntity } from './share-link.entity';
import { ShareLink, type ShareLinkStatus } from './share-link.type';

export const MAX_SHARE_LINK_TTL_MS = 366 * 24 * 3600_000;
export const MAX_SHARE_LINK_LABEL = 100;

export interface NewShareLink {
  dashboardSlug: string;
  expiresAt: Date;
  label: string;
}

/** The dashboard a link belongs to, as the audit trail files it. */
export interface SharedDashboard {
  slug: string;
  /** null: a personal dashboard. */
  department: Department | null;
}

/**
 * Share links of dashboards. The token is random and shown once; the table keeps its sha256 (as sessions do), so a
 * leaked database does not open any screen. Revoking tells every instance to close the link's sockets at once.
 */
export class ShareLinkService {
  constructor(private readonly db: DataSource, private readonly bus: EventBus, private readonly audit: AuditService, private readonly now: () => Date = () => new Date()) {}

  toShareLink(entity: ShareLinkEntity): ShareLink {
    const status: ShareLinkStatus = entity.revokedAt ? 'REVOKED' : entity.expiresAt <= this.now() ? 'EXPIRED' : 'ACTIVE';
    return Object.assign(new ShareLink(), {
      id: entity.id, dashboardSlug: entity.dashboardSlug, label: entity.label, expiresAt: entity.expiresAt, revokedAt: entity.revokedAt,
      status, createdByName: entity.createdByName, createdAt: entity.createdAt,
    });
  }

  /** Newest first, revoked and expired ones included. */
  list(dashboardSlug: string): Promise<ShareLinkEntity[]> {
    return this.db.getRepository(ShareLinkEntity).find({ where: { dashboardSlug }, order: { createdAt: 'DESC' } });
  }

  async get(id: string): Promise<ShareLinkEntity> {
    const link = UUID_PATTERN.test(id) ? await this.db.getRepository(ShareLinkEntity).findOneBy({ id }) : null;
    if (!link) throw notFound('ShareLink', id);
    return link;
  }

  async create(dashboard: SharedDashboard, input: NewShareLink, actor: AuditActor): Promise<{ link: ShareLinkEntity; token: string }> {
    const now = this.now().getTime();
    if (input.expiresAt.getTime() <= now) throw badUserInput('The expiry is in the past', { field: 'expiresAt' });
    if (input.expiresAt.getTime() > now + MAX_SHARE_LINK_TTL_MS) throw badUserInput('A share link lasts at most a year', { field: 'expiresAt' });
    const label = input.label.trim();
    if (label.length > MAX_SHARE_LINK_LABEL) throw badUserInput(`The label has more than ${MAX_SHARE_LINK_LABEL} characters`, { field: 'label' });
    const token = randomBytes(32).toString('base64url');
    const link = await this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(ShareLinkEntity).save({
        dashboardSlug: dashboard.slug, label, tokenHash: createHash('sha256').update(token).digest('base64url'), expiresAt: input.expiresAt,
        revokedAt: null, createdBy: actor.kind === 'USER' ? actor.id : null, createdByName: actor.name,
      });
      await this.record(tx, actor, dashboard, null, saved);
      return saved;
    });
    return { link, token };
  }

  /** Revoking twice changes nothing the second time. */
  async revoke(dashboard: SharedDashboard, link: ShareLinkEntity, actor: AuditActor): Promise<ShareLinkEntity> {
    if (link.revokedAt) return link;
    const revoked = await this.db.transaction(async (tx) => {
      await tx.getRepository(ShareLinkEntity).update({ id: link.id }, { revokedAt: this.now() });
      const after = (await tx.getRepository(ShareLinkEntity).findOneBy({ id: link.id }))!;
      await this.record(tx, actor, dashboard, link, after);
      return after;
    });
    this.bus.publish('credentialRevoked', { credentialId: link.id });
    return revoked;
  }

  /** The token's hash stays out of the trail. */
  private record(tx: EntityManager, actor: AuditActor, dashboard: SharedDashboard, before: ShareLinkEntity | null, after: ShareLinkEntity): Promise<void> {
    return this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'SHARE_LINK', objectId: after.id,
      objectLabel: after.label ? `${dashboard.slug}: ${after.label}` : dashboard.slug, department: dashboard.department,
      before: before && auditSnapshot(before, 'tokenHash'), after: auditSnapshot(after, 'tokenHash'),
    });
  }
}
