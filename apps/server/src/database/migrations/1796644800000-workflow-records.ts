import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seed 004 workflows besides lead management (onboarding cases, support tickets, renewals) as records:
 * the record, its journey (append-only, the source of its metrics' observations through `facts`), and its
 * SLA timers as data. States are checked by the app against the lifecycle tables of @opshub/metrics.
 */
export class WorkflowRecords1796644800000 implements MigrationInterface {
  name = 'WorkflowRecords1796644800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow_record (
        id uuid PRIMARY KEY,
        workflow text NOT NULL CHECK (workflow IN ('ONBOARDING', 'TICKET', 'RENEWAL')),
        external_id text,
        title text,
        account text,
        segment text,
        priority text,
        category text,
        state text NOT NULL,
        owner text,
        renewal_date timestamptz,
        amount double precision,
        opened_at timestamptz NOT NULL,
        state_changed_at timestamptz NOT NULL,
        last_event_at timestamptz NOT NULL,
        UNIQUE (workflow, external_id)
      )`);
    await q.query(`CREATE INDEX workflow_record_opened_idx ON workflow_record (workflow, opened_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE workflow_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        record_id uuid NOT NULL REFERENCES workflow_record(id) ON DELETE CASCADE,
        workflow text NOT NULL,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        from_state text,
        to_state text,
        actor text NOT NULL,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        segment text,
        priority text,
        category text,
        facts jsonb NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX workflow_event_record_idx ON workflow_event (record_id, at, id)`);
    await q.query(`CREATE INDEX workflow_event_at_idx ON workflow_event (at)`);

    await q.query(`
      CREATE TABLE workflow_sla_policy (
        key text PRIMARY KEY,
        workflow text NOT NULL CHECK (workflow IN ('ONBOARDING', 'TICKET', 'RENEWAL')),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_on text NOT NULL,
        stops_on text[] NOT NULL CHECK (cardinality(stops_on) > 0),
        duration_seconds integer NOT NULL CHECK (duration_seconds > 0),
        target double precision NOT NULL CHECK (target > 0 AND target <= 1),
        active boolean NOT NULL DEFAULT true,
        i18n jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE workflow_sla_clock (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        record_id uuid NOT NULL REFERENCES workflow_record(id) ON DELETE CASCADE,
        policy_key text NOT NULL REFERENCES workflow_sla_policy(key),
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'MET', 'BREACHED', 'CANCELLED')),
        met_at timestamptz,
        UNIQUE (record_id, policy_key)
      )`);
    await q.query(`CREATE INDEX workflow_sla_clock_due_idx ON workflow_sla_clock (due_at) WHERE state = 'OPEN'`);
    await q.query(`CREATE INDEX workflow_sla_clock_breached_idx ON workflow_sla_clock (due_at DESC) WHERE state = 'BREACHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['workflow_sla_clock', 'workflow_sla_policy', 'workflow_event', 'workflow_record']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
