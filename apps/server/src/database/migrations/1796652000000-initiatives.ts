import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Optimisation initiatives of the operating plan. What they spend and save is not stored here: it is observations of
 * finance.initiative_spend and finance.initiative_saving with the initiative's key as the `initiative` dimension.
 * The owner is a user; deleting the user leaves the initiative without one (shown as such) rather than deleting it.
 */
export class Initiatives1796652000000 implements MigrationInterface {
  name = 'Initiatives1796652000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        name text NOT NULL,
        i18n jsonb NOT NULL DEFAULT '{}',
        department text NOT NULL,
        owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        cost_category text NOT NULL CHECK (cost_category IN ('PERSONNEL', 'TECHNOLOGY', 'PROCESSES', 'OVERHEAD')),
        start_date date NOT NULL,
        planned_investment float8 NOT NULL CHECK (planned_investment >= 0),
        expected_annual_saving float8 NOT NULL CHECK (expected_annual_saving >= 0),
        metric_keys text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE initiative');
  }
}
