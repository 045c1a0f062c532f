import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized';
import type { LeadStatus } from '@opshub/metrics';

export const SLA_MET_BY = ['ASSIGNMENT', 'CONTACT'] as const;
export type SlaMetBy = (typeof SLA_MET_BY)[number];

export const SLA_CLOCK_STATES = ['OPEN', 'MET', 'BREACHED', 'CANCELLED'] as const;
export type SlaClockState = (typeof SLA_CLOCK_STATES)[number];

/** A service-level agreement as data: entering `startsOn` starts a clock that `metBy` must stop within the duration. */
@Entity({ name: 'sla_policy' })
export class SlaPolicyEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', name: 'starts_on' }) startsOn: LeadStatus;
  @Column({ type: 'text', name: 'met_by' }) metBy: SlaMetBy;
  @Column({ type: 'int', name: 'duration_seconds' }) durationSeconds: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
}

/** One policy's deadline for one lead. */
@Entity({ name: 'sla_clock' })
export class SlaClockEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', name: 'lead_id' }) leadId: string;
  @Column({ type: 'text', name: 'policy_key' }) policyKey: string;
  @Column({ type: 'timestamptz', name: 'started_at' }) startedAt: Date;
  @Column({ type: 'timestamptz', name: 'due_at' }) dueAt: Date;
  @Column({ type: 'text' }) state: SlaClockState;
  /** When the agreed action happened, in time or not. */
  @Column({ type: 'timestamptz', name: 'met_at', nullable: true }) metAt: Date | null;
}
