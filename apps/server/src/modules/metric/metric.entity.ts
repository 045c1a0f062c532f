import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Aggregation, Department, Direction, MetricSource, ReviewCadence, UnitKind } from '@opshub/metrics';
import type { LocalizedText } from '../../common/localized';

@Entity({ name: 'metric' })
export class MetricEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text' }) department: Department;
  /** Further departments it is shared with: they read it, its goals, targets and alerts as their own (see Owned in access.ts). */
  @Column({ type: 'text', array: true, name: 'shared_with', default: '{}' }) sharedWith: Department[];
  @Column({ type: 'text', name: 'unit_kind' }) unitKind: UnitKind;
  @Column({ type: 'text', name: 'unit_currency', nullable: true }) unitCurrency: string | null;
  @Column({ type: 'double precision', name: 'unit_scale_min', nullable: true }) unitScaleMin: number | null;
  @Column({ type: 'double precision', name: 'unit_scale_max', nullable: true }) unitScaleMax: number | null;
  @Column({ type: 'text' }) direction: Direction;
  @Column({ type: 'text' }) aggregation: Aggregation;
  @Column({ type: 'text', nullable: true }) formula: string | null;
  /** RECORDS: computed from lead records, never written through recordObservations. */
  @Column({ type: 'text', default: 'OBSERVATIONS' }) source: MetricSource;
  /** A title such as "VP Sales", for metrics whose owner is not (yet) a user of the app. */
  @Column({ type: 'text', nullable: true }) owner: string | null;
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  @Column({ type: 'text', name: 'review_cadence', nullable: true }) reviewCadence: ReviewCadence | null;
  /** How often data should arrive; null: no expectation set here (a SQL source's schedule may give one). */
  @Column({ type: 'integer', name: 'expected_interval_minutes', nullable: true }) expectedIntervalMinutes: number | null;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
