import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Frozen copies, on purpose: a migration must do the same thing whenever it runs, so it does not import the
 * app's live lists (LEAD_FACT_METRICS, OPEN_STATUSES in @opshub/metrics), which later releases may change.
 */

/** The base metrics computed from lead records; recordObservations rejects writes to them. */
const RECORD_METRICS = [
  'marketing.leads', 'marketing.mql', 'marketing.sql', 'marketing.pipeline_generated', 'marketing.lead_revenue',
  'sales.new_customers', 'sales.conversion_days_total', 'sales.responses', 'sales.response_hours_total', 'sales.demos',
  'sales.demos_converted', 'sales.deals_closed', 'sales.deals_won', 'sales.cycle_days_total',
];

const OPEN_STATUSES = `('NEW', 'MQL', 'SQL', 'OPPORTUNITY')`;

/**
 * The RevOps funnel: sales reps, leads with their append-only event journal, opportunities, scoring rules and
 * SLA policies with one clock per (lead, policy). Every metric contribution of an event is stored on the
 * event (`facts`, with the lead's dimensions at that moment), so the observations of the funnel metrics are
 * recomputed from events alone, bucket by bucket.
 */
export class RevopsFunnel1795507200000 implements MigrationInterface {
  name = 'RevopsFunnel1795507200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metric ADD COLUMN source text NOT NULL DEFAULT 'OBSERVATIONS' CHECK (source IN ('OBSERVATIONS', 'RECORDS'))`);
    // Earlier pushed values of these metrics stay as history; from now on they are computed.
    await q.query(`UPDATE metric SET source = 'RECORDS' WHERE key = ANY($1)`, [RECORD_METRICS]);

    await q.query(`
      CREATE TABLE sales_rep (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
        name text NOT NULL,
        territories text[] NOT NULL,
        specialisations text[] NOT NULL DEFAULT '{}',
        capacity integer NOT NULL CHECK (capacity >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE lead (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text UNIQUE,
        name text,
        email text,
        company text,
        channel text NOT NULL,
        campaign text,
        region text NOT NULL,
        segment text NOT NULL,
        company_size integer,
        signals jsonb NOT NULL DEFAULT '{}',
        score integer NOT NULL,
        score_breakdown jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON', 'LOST', 'DISQUALIFIED')),
        owner_key text REFERENCES sales_rep(key),
        created_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        first_contact_at timestamptz,
        last_event_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX lead_created_idx ON lead (created_at DESC, id DESC)`);
    // Workload: open leads per rep, and the unassigned queue.
    await q.query(`CREATE INDEX lead_open_owner_idx ON lead (owner_key) WHERE status IN ${OPEN_STATUSES}`);

    await q.query(`
      CREATE TABLE opportunity (
        lead_id uuid PRIMARY KEY REFERENCES lead(id) ON DELETE CASCADE,
        amount double precision NOT NULL CHECK (amount >= 0 AND amount < 'Infinity'::float8),
        currency text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('OPEN', 'WON', 'LOST', 'DISQUALIFIED')),
        opened_at timestamptz NOT NULL,
        expected_close_at timestamptz,
        closed_at timestamptz,
        close_reason text
      )`);

    // Append-only: a lead's journey, and through `facts` the source of the funnel metrics' observations.
    await q.query(`
      CREATE TABLE lead_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        from_status text,
        to_status text,
        actor text NOT NULL,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        channel text NOT NULL,
        campaign text,
        region text NOT NULL,
        segment text NOT NULL,
        rep_key text,
        facts jsonb NOT NULL DEFAULT '{}',
        stage_hours double precision,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_event_lead_idx ON lead_event (lead_id, at, id)`);
    await q.query(`CREATE INDEX lead_event_at_idx ON lead_event (at)`);

    await q.query(`
      CREATE TABLE scoring_rule (
        key text PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('DEMOGRAPHIC', 'BEHAVIOUR', 'CONTENT', 'INTENT')),
        field text NOT NULL,
        operator text NOT NULL CHECK (operator IN ('EQUALS', 'IN', 'AT_LEAST')),
        value jsonb NOT NULL,
        points integer NOT NULL,
        i18n jsonb NOT NULL DEFAULT '{}'
      )`);
    // Exactly one row: the score at which a new lead becomes an MQL.
    await q.query(`
      CREATE TABLE lead_scoring (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        mql_threshold integer NOT NULL
      )`);

    await q.query(`
      CREATE TABLE sla_policy (
        key text PRIMARY KEY,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_on text NOT NULL CHECK (starts_on IN ('NEW', 'MQL', 'SQL', 'OPPORTUNITY')),
        met_by text NOT NULL CHECK (met_by IN ('ASSIGNMENT', 'CONTACT')),
        duration_seconds integer NOT NULL CHECK (duration_seconds > 0),
        active boolean NOT NULL DEFAULT true,
        i18n jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE sla_clock (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
        policy_key text NOT NULL REFERENCES sla_policy(key),
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'MET', 'BREACHED', 'CANCELLED')),
        met_at timestamptz,
        UNIQUE (lead_id, policy_key)
      )`);
    // What the breach scanner reads every tick: only the open clocks, by deadline.
    await q.query(`CREATE INDEX sla_clock_due_idx ON sla_clock (due_at) WHERE state = 'OPEN'`);
    await q.query(`CREATE INDEX sla_clock_breached_idx ON sla_clock (due_at DESC) WHERE state = 'BREACHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sla_clock', 'sla_policy', 'lead_scoring', 'scoring_rule', 'lead_event', 'opportunity', 'lead', 'sales_rep']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE metric DROP COLUMN source`);
  }
}
