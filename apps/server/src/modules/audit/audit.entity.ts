import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Department } from '@opshub/metrics';

export const AUDIT_ACTOR_KINDS = ['USER', 'API_KEY', 'SYSTEM'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One configuration change; append-only (the database refuses UPDATE and DELETE). */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text', name: 'actor_kind' }) actorKind: AuditActorKind;
  @Column({ type: 'uuid', name: 'actor_id', nullable: true }) actorId: string | null;
  @Column({ type: 'text', name: 'actor_name' }) actorName: string;
  @Column({ type: 'text' }) action: AuditAction;
  @Column({ type: 'text', name: 'object_type' }) objectType: string;
  @Column({ type: 'text', name: 'object_id' }) objectId: string;
  @Column({ type: 'text', name: 'object_label' }) objectLabel: string;
  @Column({ type: 'text', nullable: true }) department: Department | null;
  @Column({ type: 'text', name: 'metric_key', nullable: true }) metricKey: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
}
