import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts, their delivery and annotations: alert rules as data (with the hysteresis state of their last
 * evaluation on the row, so every instance evaluating the same write agrees), alerts with their lifecycle,
 * webhook endpoints with a persisted delivery queue and attempt log (a restart loses no delivery), digest
 * subscriptions with an outbox for a mail relay, and annotations on the time axis.
 */
export class AlertsAnnotations1795680000000 implements MigrationInterface {
  name = 'AlertsAnnotations1795680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        metric_key text NOT NULL REFERENCES metric(key) ON DELETE CASCADE,
        filter jsonb NOT NULL DEFAULT '[]',
        kind text NOT NULL CHECK (kind IN ('THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH')),
        params jsonb NOT NULL DEFAULT '{}',
        granularity text NOT NULL DEFAULT 'DAY' CHECK (granularity IN ('HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER')),
        owner text,
        active boolean NOT NULL DEFAULT true,
        firing boolean NOT NULL DEFAULT false,
        clear_streak integer NOT NULL DEFAULT 0,
        last_input text,
        last_evaluated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX alert_rule_metric_idx ON alert_rule (metric_key) WHERE active`);

    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_id uuid NOT NULL REFERENCES alert_rule(id) ON DELETE CASCADE,
        metric_key text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
        owner text,
        value double precision,
        reference double precision,
        bucket_start timestamptz NOT NULL,
        explanation text NOT NULL,
        contributions jsonb NOT NULL DEFAULT '[]',
        raised_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by text,
        acknowledged_at timestamptz,
        resolved_by text,
        resolved_at timestamptz,
        note text,
        annotation_id uuid
      )`);
    await q.query(`CREATE INDEX alert_raised_idx ON alert (raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX alert_active_idx ON alert (rule_id) WHERE state <> 'RESOLVED'`);

    await q.query(`
      CREATE TABLE annotation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        at timestamptz NOT NULL,
        end_at timestamptz,
        metric_keys text[] NOT NULL DEFAULT '{}',
        departments text[] NOT NULL DEFAULT '{}',
        alert_id uuid REFERENCES alert(id) ON DELETE SET NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_at IS NULL OR end_at >= at)
      )`);
    await q.query(`CREATE INDEX annotation_at_idx ON annotation (at)`);
    await q.query(`ALTER TABLE alert ADD FOREIGN KEY (annotation_id) REFERENCES annotation(id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        url text NOT NULL,
        secret text NOT NULL,
        event_types text[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    // What the dispatcher claims: only pending deliveries, by when they are due.
    await q.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        delivery_id bigint NOT NULL REFERENCES webhook_delivery(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        error text,
        duration_ms integer NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt)`);

    await q.query(`
      CREATE TABLE digest_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dashboard_slug text NOT NULL REFERENCES dashboard(slug) ON DELETE CASCADE,
        cadence text NOT NULL CHECK (cadence IN ('DAILY', 'WEEKLY')),
        webhook_endpoint_id uuid REFERENCES webhook_endpoint(id) ON DELETE SET NULL,
        active boolean NOT NULL DEFAULT true,
        next_run_at timestamptz NOT NULL,
        last_run_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX digest_subscription_due_idx ON digest_subscription (next_run_at) WHERE active`);
    await q.query(`
      CREATE TABLE digest_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id uuid REFERENCES digest_subscription(id) ON DELETE SET NULL,
        dashboard_slug text NOT NULL,
        cadence text NOT NULL,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        subject text NOT NULL,
        html text NOT NULL,
        webhook_delivery_id bigint REFERENCES webhook_delivery(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    // A mail relay polls the unsent rows.
    await q.query(`CREATE INDEX digest_outbox_unsent_idx ON digest_outbox (created_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE IF EXISTS alert DROP COLUMN IF EXISTS annotation_id`);
    for (const table of ['digest_outbox', 'digest_subscription', 'webhook_attempt', 'webhook_delivery', 'webhook_endpoint', 'annotation', 'alert', 'alert_rule']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
