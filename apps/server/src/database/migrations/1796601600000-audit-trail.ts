import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: one row per configuration change, written in the change's own transaction. The database
 * itself refuses UPDATE, DELETE and TRUNCATE on it, so no code path (nor a mistaken script) can rewrite history.
 */
export class AuditTrail1796601600000 implements MigrationInterface {
  name = 'AuditTrail1796601600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY', 'SYSTEM')),
        actor_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
        object_type text NOT NULL,
        object_id text NOT NULL,
        object_label text NOT NULL,
        department text,
        metric_key text,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_metric_idx ON audit_event (metric_key, at DESC) WHERE metric_key IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
