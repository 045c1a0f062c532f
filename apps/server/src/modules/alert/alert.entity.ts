import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertRuleKind, AlertRuleParams, Contribution, Granularity } from '@opshub/metrics';
import type { DimensionFilter } from '../rollup/rollup.read';

export const ALERT_STATES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** An alert rule as data, with the hysteresis state of its last evaluation. */
@Entity({ name: 'alert_rule' })
export class AlertRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'jsonb', default: [] }) filter: DimensionFilter[];
  @Column({ type: 'text' }) kind: AlertRuleKind;
  @Column({ type: 'jsonb', default: {} }) params: AlertRuleParams;
  /** The bucket the rule looks at: the latest one of this size, compared with the one before. */
  @Column({ type: 'text', default: 'DAY' }) granularity: Granularity;
  /** null: the metric's owner. The owner user's name when `ownerUserId` is set (alerts keep it as text). */
  @Column({ type: 'text', nullable: true }) owner: string | null;
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  /** The notification channels its alerts go to. */
  @Column({ type: 'uuid', array: true, name: 'channel_ids', default: '{}' }) channelIds: string[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'boolean', default: false }) firing: boolean;
  @Column({ type: 'int', name: 'clear_streak', default: 0 }) clearStreak: number;
  /** A digest of the inputs last evaluated: the same data arriving twice (or at two instances) counts once. */
  @Column({ type: 'text', name: 'last_input', nullable: true }) lastInput: string | null;
  @Column({ type: 'timestamptz', name: 'last_evaluated_at', nullable: true }) lastEvaluatedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}

@Entity({ name: 'alert' })
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'rule_id' }) ruleId: string;
  @Column({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'text' }) kind: AlertRuleKind;
  @Column({ type: 'text', default: 'OPEN' }) state: AlertState;
  @Column({ type: 'text', nullable: true }) owner: string | null;
  @Column({ type: 'double precision', nullable: true }) value: number | null;
  @Column({ type: 'double precision', nullable: true }) reference: number | null;
  @Column({ type: 'timestamptz', name: 'bucket_start' }) bucketStart: Date;
  /** English: the default. */
  @Column({ type: 'text' }) explanation: string;
  /** The other languages', e.g. { es: '…' }; empty for alerts raised before they were written. */
  @Column({ type: 'jsonb', name: 'explanation_i18n', default: {} }) explanationI18n: Record<string, string>;
  @Column({ type: 'jsonb', default: [] }) contributions: Contribution[];
  @Column({ type: 'timestamptz', name: 'raised_at' }) raisedAt: Date;
  @Column({ type: 'text', name: 'acknowledged_by', nullable: true }) acknowledgedBy: string | null;
  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
  @Column({ type: 'text', name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'uuid', name: 'annotation_id', nullable: true }) annotationId: string | null;
}
