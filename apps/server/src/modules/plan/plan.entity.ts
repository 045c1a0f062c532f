import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized';
import type { RaciProcess } from '@opshub/metrics';

/** A milestone checklist item of a plan goal: progress read from a metric, or ticked by hand. */
@Entity({ name: 'plan_checklist_item' })
export class ChecklistItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'goal_id' }) goalId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
  /** Null once the owning user is deleted (or where the seed had no demo user to give it to). */
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  /** A calendar day (YYYY-MM-DD) in the organisation's zone. */
  @Column({ type: 'date', name: 'due_date' }) dueDate: string;
  @Column({ type: 'float8', nullable: true }) target: number | null;
  @Column({ type: 'text', name: 'metric_key', nullable: true }) metricKey: string | null;
  @Column({ type: 'timestamptz', name: 'done_at', nullable: true }) doneAt: Date | null;
  @Column({ type: 'text', name: 'done_by', nullable: true }) doneBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}

/** One step of a process with who is Responsible, Accountable, Consulted and Informed. */
@Entity({ name: 'raci_assignment' })
export class RaciAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) process: RaciProcess;
  @Column({ type: 'text' }) step: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'uuid', name: 'responsible_user_id', nullable: true }) responsibleUserId: string | null;
  @Column({ type: 'uuid', name: 'accountable_user_id', nullable: true }) accountableUserId: string | null;
  @Column({ type: 'uuid', array: true, name: 'consulted_user_ids', default: '{}' }) consultedUserIds: string[];
  @Column({ type: 'uuid', array: true, name: 'informed_user_ids', default: '{}' }) informedUserIds: string[];
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
