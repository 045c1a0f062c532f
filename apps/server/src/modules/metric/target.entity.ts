import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TargetKind } from '@opshub/metrics';

@Entity({ name: 'target' })
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'text' }) kind: TargetKind;
  @Column({ type: 'double precision' }) value: number;
  @Column({ type: 'double precision', nullable: true }) baseline: number | null;
  @Column({ type: 'double precision', default: 0.1 }) tolerance: number;
  @Column({ type: 'timestamptz', name: 'effective_from' }) effectiveFrom: Date;
  @Column({ type: 'timestamptz', name: 'effective_to', nullable: true }) effectiveTo: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
