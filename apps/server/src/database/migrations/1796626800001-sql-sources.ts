import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQL sources: external PostgreSQL databases an ADMIN connects (the connection string encrypted at rest), the
 * query that feeds a metric from one, on a schedule with an incremental watermark, and a record of every sync.
 * SYNC_FAILURE alert rules fire when a source keeps failing.
 */
export class SqlSources1796626800001 implements MigrationInterface {
  name = 'SqlSources1796626800001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sql_connection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        host text NOT NULL,
        database text NOT NULL,
        secret text NOT NULL,
        created_by_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sql_source (
        metric_key text PRIMARY KEY REFERENCES metric(key) ON DELETE CASCADE,
        connection_id uuid NOT NULL REFERENCES sql_connection(id),
        query text NOT NULL,
        time_column text NOT NULL,
        value_column text NOT NULL,
        dimension_columns text[] NOT NULL DEFAULT '{}',
        every_minutes integer CHECK (every_minutes BETWEEN 1 AND 129600),
        cron text,
        interval_minutes integer NOT NULL,
        active boolean NOT NULL DEFAULT true,
        watermark timestamptz,
        next_run_at timestamptz NOT NULL,
        consecutive_failures integer NOT NULL DEFAULT 0,
        last_sync_at timestamptz,
        last_error text,
        owner_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((every_minutes IS NULL) <> (cron IS NULL))
      )`);
    await q.query('CREATE INDEX sql_source_due ON sql_source (next_run_at) WHERE active');
    await q.query(`
      CREATE TABLE sql_sync_run (
        id bigserial PRIMARY KEY,
        metric_key text NOT NULL REFERENCES sql_source(metric_key) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        duration_ms integer NOT NULL,
        rows_read integer NOT NULL DEFAULT 0,
        points_written integer NOT NULL DEFAULT 0,
        watermark_before timestamptz,
        watermark_after timestamptz,
        error text,
        error_field text
      )`);
    await q.query('CREATE INDEX sql_sync_run_by_source ON sql_sync_run (metric_key, started_at DESC)');
    await q.query('ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_kind_check');
    await q.query(`ALTER TABLE alert_rule ADD CONSTRAINT alert_rule_kind_check
      CHECK (kind IN ('THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH', 'FRESHNESS', 'SYNC_FAILURE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM alert_rule WHERE kind = 'SYNC_FAILURE'`);
    await q.query('ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_kind_check');
    await q.query(`ALTER TABLE alert_rule ADD CONSTRAINT alert_rule_kind_check
      CHECK (kind IN ('THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH', 'FRESHNESS'))`);
    await q.query('DROP TABLE sql_sync_run');
    await q.query('DROP TABLE sql_source');
    await q.query('DROP TABLE sql_connection');
  }
}
