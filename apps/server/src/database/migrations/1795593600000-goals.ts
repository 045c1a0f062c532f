import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Goals: target trajectories over time (linear, stepped by milestone, or through explicit milestones) that cascade
 * company → department → owner through parent_id. Milestones are a small ordered list read and written with the
 * goal, hence jsonb rather than a table of their own.
 */
export class Goals1795593600000 implements MigrationInterface {
  name = 'Goals1795593600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        metric_key text NOT NULL REFERENCES metric(key) ON DELETE CASCADE,
        -- RESTRICT: a goal with sub-goals cannot disappear from under them (deleteGoal says so).
        parent_id uuid REFERENCES goal(id) ON DELETE RESTRICT,
        department text,
        owner text,
        shape text NOT NULL CHECK (shape IN ('LINEAR', 'STEPPED', 'MILESTONES')),
        start_value double precision NOT NULL,
        start_at timestamptz NOT NULL,
        end_value double precision NOT NULL,
        end_at timestamptz NOT NULL CHECK (end_at > start_at),
        milestones jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX goal_metric_idx ON goal (metric_key)`);
    await q.query(`CREATE INDEX goal_parent_idx ON goal (parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE goal`);
  }
}
