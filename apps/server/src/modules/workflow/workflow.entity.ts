import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized';
import type { Workflow, WorkflowEventKind } from '@opshub/metrics';
import type { SlaClockState } from '../revops/sla.entity';

/** An onboarding case, a support ticket or a renewal: one record moving along its workflow's lifecycle. */
@Entity({ name: 'workflow_record' })
export class WorkflowRecordEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text' }) workflow: Workflow;
  /** The source system's id: importing the same record again never duplicates it. */
  @Column({ type: 'text', name: 'external_id', nullable: true }) externalId: string | null;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text', nullable: true }) account: string | null;
  @Column({ type: 'text', nullable: true }) segment: string | null;
  @Column({ type: 'text', nullable: true }) priority: string | null;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'text' }) state: string;
  @Column({ type: 'text', nullable: true }) owner: string | null;
  @Column({ type: 'timestamptz', name: 'renewal_date', nullable: true }) renewalDate: Date | null;
  /** Renewals: the expansion found at renewal, in the organisation's currency. */
  @Column({ type: 'double precision', nullable: true }) amount: number | null;
  @Column({ type: 'timestamptz', name: 'opened_at' }) openedAt: Date;
  @Column({ type: 'timestamptz', name: 'state_changed_at' }) stateChangedAt: Date;
  /** The latest event's time: a new event may not be dated before it. */
  @Column({ type: 'timestamptz', name: 'last_event_at' }) lastEventAt: Date;
}

/** One step of a record's journey; never updated. */
@Entity({ name: 'workflow_event' })
export class WorkflowEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', name: 'record_id' }) recordId: string;
  @Column({ type: 'text' }) workflow: Workflow;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) kind: WorkflowEventKind;
  @Column({ type: 'text', name: 'from_state', nullable: true }) fromState: string | null;
  @Column({ type: 'text', name: 'to_state', nullable: true }) toState: string | null;
  @Column({ type: 'text' }) actor: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb', default: {} }) details: Record<string, unknown>;
  @Column({ type: 'text', nullable: true }) segment: string | null;
  @Column({ type: 'text', nullable: true }) priority: string | null;
  @Column({ type: 'text', nullable: true }) category: string | null;
  /** Metric key → this event's contribution to it. */
  @Column({ type: 'jsonb', default: {} }) facts: Record<string, number>;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
}

/** A workflow step's deadline as data: entering `startsOn` starts a clock that reaching one of `stopsOn` must stop in time. */
@Entity({ name: 'workflow_sla_policy' })
export class WorkflowSlaPolicyEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) workflow: Workflow;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', name: 'starts_on' }) startsOn: string;
  @Column({ type: 'text', name: 'stops_on', array: true }) stopsOn: string[];
  @Column({ type: 'int', name: 'duration_seconds' }) durationSeconds: number;
  /** The share of deadlines to meet (seed 004), 0–1. */
  @Column({ type: 'double precision' }) target: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
}

/** One policy's deadline for one record. */
@Entity({ name: 'workflow_sla_clock' })
export class WorkflowSlaClockEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', name: 'record_id' }) recordId: string;
  @Column({ type: 'text', name: 'policy_key' }) policyKey: string;
  @Column({ type: 'timestamptz', name: 'started_at' }) startedAt: Date;
  @Column({ type: 'timestamptz', name: 'due_at' }) dueAt: Date;
  @Column({ type: 'text' }) state: SlaClockState;
  @Column({ type: 'timestamptz', name: 'met_at', nullable: true }) metAt: Date | null;
}
