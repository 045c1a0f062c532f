import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Department, GoalShape } from '@opshub/metrics';

/** Milestones as stored: ISO instants, so the jsonb reads back the same whatever the session's time zone. */
export interface StoredMilestone {
  at: string;
  value: number;
}

@Entity({ name: 'goal' })
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'uuid', name: 'parent_id', nullable: true }) parentId: string | null;
  @Column({ type: 'text', nullable: true }) department: Department | null;
  @Column({ type: 'text', nullable: true }) owner: string | null;
  @Column({ type: 'text' }) shape: GoalShape;
  @Column({ type: 'double precision', name: 'start_value' }) startValue: number;
  @Column({ type: 'timestamptz', name: 'start_at' }) startAt: Date;
  @Column({ type: 'double precision', name: 'end_value' }) endValue: number;
  @Column({ type: 'timestamptz', name: 'end_at' }) endAt: Date;
  @Column({ type: 'jsonb', default: [] }) milestones: StoredMilestone[];
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
