import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI reviews on a cadence. A dashboard gets a review owner and cadence beside the metric's (the metric's were added
 * with the catalog owners). A review is opened once per subject and period (the unique key: two instances opening
 * it at once insert one row), with the scorecard frozen in review_kpi; its action items outlive it and are carried
 * into the next review of the same subject while open.
 */
export class Reviews1796670000000 implements MigrationInterface {
  name = 'Reviews1796670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dashboard
        ADD COLUMN review_owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD COLUMN review_cadence text CHECK (review_cadence IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL'))`);
    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL CHECK (subject_kind IN ('METRIC', 'DASHBOARD')),
        subject_key text NOT NULL,
        cadence text NOT NULL CHECK (cadence IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL')),
        owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        due_by timestamptz NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        completed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        UNIQUE (subject_kind, subject_key, cadence, period_from)
      )`);
    await q.query('CREATE INDEX review_open_idx ON review (due_by) WHERE completed_at IS NULL');
    await q.query(`
      CREATE TABLE review_kpi (
        review_id uuid NOT NULL REFERENCES review(id) ON DELETE CASCADE,
        metric_key text NOT NULL,
        position int NOT NULL,
        value float8,
        target float8,
        status text,
        change float8,
        change_ratio float8,
        pace_status text,
        pace_expected float8,
        comment text,
        commented_at timestamptz,
        PRIMARY KEY (review_id, metric_key)
      )`);
    await q.query(`
      CREATE TABLE review_action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES review(id) ON DELETE CASCADE,
        metric_key text NOT NULL,
        owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_date date NOT NULL,
        text text NOT NULL,
        done_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX review_action_item_metric_idx ON review_action_item (metric_key) WHERE done_at IS NULL');
    await q.query('CREATE INDEX review_action_item_review_idx ON review_action_item (review_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE review_action_item');
    await q.query('DROP TABLE review_kpi');
    await q.query('DROP TABLE review');
    await q.query('ALTER TABLE dashboard DROP COLUMN review_owner_user_id, DROP COLUMN review_cadence');
  }
}
