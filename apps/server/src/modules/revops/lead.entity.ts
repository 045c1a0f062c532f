import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LeadEventKind, LeadStatus, ScoreContribution } from '@opshub/metrics';

@Entity({ name: 'lead' })
export class LeadEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  /** The CRM's id: importing the same lead again never duplicates it. */
  @Column({ type: 'text', name: 'external_id', nullable: true }) externalId: string | null;
  @Column({ type: 'text', nullable: true }) name: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) company: string | null;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text', nullable: true }) campaign: string | null;
  @Column({ type: 'text' }) region: string;
  @Column({ type: 'text' }) segment: string;
  @Column({ type: 'int', name: 'company_size', nullable: true }) companySize: number | null;
  @Column({ type: 'jsonb', default: {} }) signals: Record<string, number>;
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'jsonb', name: 'score_breakdown', default: [] }) scoreBreakdown: ScoreContribution[];
  @Column({ type: 'text' }) status: LeadStatus;
  @Column({ type: 'text', name: 'owner_key', nullable: true }) ownerKey: string | null;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'status_changed_at' }) statusChangedAt: Date;
  @Column({ type: 'timestamptz', name: 'first_contact_at', nullable: true }) firstContactAt: Date | null;
  /** The latest event's time: a new event may not be dated before it. */
  @Column({ type: 'timestamptz', name: 'last_event_at' }) lastEventAt: Date;
}

export const OPPORTUNITY_STAGES = ['OPEN', 'WON', 'LOST', 'DISQUALIFIED'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

@Entity({ name: 'opportunity' })
export class OpportunityEntity {
  @PrimaryColumn({ type: 'uuid', name: 'lead_id' }) leadId: string;
  @Column({ type: 'double precision' }) amount: number;
  @Column({ type: 'text' }) currency: string;
  @Column({ type: 'text' }) stage: OpportunityStage;
  @Column({ type: 'timestamptz', name: 'opened_at' }) openedAt: Date;
  @Column({ type: 'timestamptz', name: 'expected_close_at', nullable: true }) expectedCloseAt: Date | null;
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column({ type: 'text', name: 'close_reason', nullable: true }) closeReason: string | null;
}

/** One step of a lead's journey; never updated. */
@Entity({ name: 'lead_event' })
export class LeadEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', name: 'lead_id' }) leadId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) kind: LeadEventKind;
  @Column({ type: 'text', name: 'from_status', nullable: true }) fromStatus: LeadStatus | null;
  @Column({ type: 'text', name: 'to_status', nullable: true }) toStatus: LeadStatus | null;
  @Column({ type: 'text' }) actor: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb', default: {} }) details: Record<string, unknown>;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text', nullable: true }) campaign: string | null;
  @Column({ type: 'text' }) region: string;
  @Column({ type: 'text' }) segment: string;
  @Column({ type: 'text', name: 'rep_key', nullable: true }) repKey: string | null;
  /** Metric key → this event's contribution to it. */
  @Column({ type: 'jsonb', default: {} }) facts: Record<string, number>;
  /** Transitions: hours the lead spent in the status it left. */
  @Column({ type: 'double precision', name: 'stage_hours', nullable: true }) stageHours: number | null;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}

/** Observation dimension name → lead_event column, for drill-down filters and funnel groups. */
export const LEAD_DIMENSION_COLUMNS: Readonly<Record<string, string>> = {
  channel: 'channel',
  campaign: 'campaign',
  region: 'region',
  segment: 'segment',
  rep: 'rep_key',
};
