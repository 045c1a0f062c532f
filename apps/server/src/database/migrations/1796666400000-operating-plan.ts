import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operating plan's governance (issue 19): milestone checklists and RACI.
 * - A checklist item belongs to a goal (seed 004's 30/60/90-day plan): an owner (a user), a due day in the
 *   organisation's zone, an optional target, and either a metric its progress is read from or a tick by hand.
 * - A RACI assignment is one step of a process (the four workflows, seed 000's campaign workflow) with the users
 *   Responsible, Accountable, Consulted and Informed. Deleting a user leaves the role empty, never the row.
 */
export class OperatingPlan1796666400000 implements MigrationInterface {
  name = 'OperatingPlan1796666400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_checklist_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        title text NOT NULL,
        i18n jsonb NOT NULL DEFAULT '{}',
        owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_date date NOT NULL,
        target float8,
        metric_key text,
        done_at timestamptz,
        done_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (metric_key IS NULL OR target IS NOT NULL)
      )`);
    await q.query('CREATE INDEX plan_checklist_item_goal_idx ON plan_checklist_item (goal_id, due_date)');
    await q.query(`
      CREATE TABLE raci_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process text NOT NULL CHECK (process IN ('LEAD_MANAGEMENT', 'ONBOARDING', 'TICKET', 'RENEWAL', 'CAMPAIGN')),
        step text NOT NULL,
        position int NOT NULL,
        responsible_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        accountable_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        consulted_user_ids uuid[] NOT NULL DEFAULT '{}',
        informed_user_ids uuid[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (process, step)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE raci_assignment');
    await q.query('DROP TABLE plan_checklist_item');
  }
}
