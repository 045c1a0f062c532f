import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Department } from '@opshub/metrics';

/** An event on the time axis (a pricing change, a campaign launch, an incident), optionally scoped. */
@Entity({ name: 'annotation' })
export class AnnotationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'timestamptz', name: 'end_at', nullable: true }) endAt: Date | null;
  /** Empty with no departments: the annotation applies to every metric. */
  @Column({ type: 'text', array: true, name: 'metric_keys', default: '{}' }) metricKeys: string[];
  @Column({ type: 'text', array: true, default: '{}' }) departments: Department[];
  @Column({ type: 'uuid', name: 'alert_id', nullable: true }) alertId: string | null;
  @Column({ type: 'text', name: 'created_by', nullable: true }) createdBy: string | null;
  /** The id of the user or API key that created it; null for seeded ones and those made before it was kept. */
  @Column({ type: 'text', name: 'created_by_id', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
