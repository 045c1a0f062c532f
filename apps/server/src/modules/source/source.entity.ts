import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An external PostgreSQL database. The connection string is sealed (source-secret.ts) and never leaves the server. */
@Entity({ name: 'sql_connection' })
export class SqlConnectionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) host: string;
  @Column({ type: 'text' }) database: string;
  @Column({ type: 'text' }) secret: string;
  @Column({ type: 'text', name: 'created_by_id', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}

/** The query that feeds one metric from a connection, its schedule and how far it has read (the watermark). */
@Entity({ name: 'sql_source' })
export class SqlSourceEntity {
  @PrimaryColumn({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'uuid', name: 'connection_id' }) connectionId: string;
  @Column({ type: 'text' }) query: string;
  @Column({ type: 'text', name: 'time_column' }) timeColumn: string;
  @Column({ type: 'text', name: 'value_column' }) valueColumn: string;
  @Column({ type: 'text', array: true, name: 'dimension_columns', default: '{}' }) dimensionColumns: string[];
  /** Every N minutes, or (exclusively) a cron expression in the organisation's time zone. */
  @Column({ type: 'integer', name: 'every_minutes', nullable: true }) everyMinutes: number | null;
  @Column({ type: 'text', nullable: true }) cron: string | null;
  /** The longest gap the schedule leaves between syncs: what freshness expects when the metric sets none. */
  @Column({ type: 'integer', name: 'interval_minutes' }) intervalMinutes: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The newest time value read so far; the next sync asks only for newer rows. */
  @Column({ type: 'timestamptz', nullable: true }) watermark: Date | null;
  @Column({ type: 'timestamptz', name: 'next_run_at' }) nextRunAt: Date;
  @Column({ type: 'integer', name: 'consecutive_failures', default: 0 }) consecutiveFailures: number;
  @Column({ type: 'timestamptz', name: 'last_sync_at', nullable: true }) lastSyncAt: Date | null;
  @Column({ type: 'text', name: 'last_error', nullable: true }) lastError: string | null;
  /** Who hears about it when the source keeps failing (the ADMIN who set it up, unless changed). */
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}

@Entity({ name: 'sql_sync_run' })
export class SqlSyncRunEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text', name: 'metric_key' }) metricKey: string;
  @Column({ type: 'timestamptz', name: 'started_at' }) startedAt: Date;
  @Column({ type: 'integer', name: 'duration_ms' }) durationMs: number;
  @Column({ type: 'integer', name: 'rows_read', default: 0 }) rowsRead: number;
  @Column({ type: 'integer', name: 'points_written', default: 0 }) pointsWritten: number;
  @Column({ type: 'timestamptz', name: 'watermark_before', nullable: true }) watermarkBefore: Date | null;
  @Column({ type: 'timestamptz', name: 'watermark_after', nullable: true }) watermarkAfter: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  /** The input field or result column the error is about, when it is about one. */
  @Column({ type: 'text', name: 'error_field', nullable: true }) errorField: string | null;
}
