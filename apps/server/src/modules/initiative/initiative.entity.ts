import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CostCategory, Department } from '@opshub/metrics';
import type { LocalizedText } from '../../common/localized';

/** An optimisation initiative of the operating plan; what it spends and saves are observations keyed by `key`. */
@Entity({ name: 'initiative' })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The `initiative` dimension value of its spend and saving observations: fixed once created. */
  @Column({ type: 'text', unique: true }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
  @Column({ type: 'text' }) department: Department;
  /** Null once the owning user is deleted. */
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  @Column({ type: 'text', name: 'cost_category' }) costCategory: CostCategory;
  /** A calendar day (YYYY-MM-DD) in the organisation's zone. */
  @Column({ type: 'date', name: 'start_date' }) startDate: string;
  @Column({ type: 'float8', name: 'planned_investment' }) plannedInvestment: number;
  @Column({ type: 'float8', name: 'expected_annual_saving' }) expectedAnnualSaving: number;
  @Column({ type: 'text', array: true, name: 'metric_keys', default: '{}' }) metricKeys: string[];
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
