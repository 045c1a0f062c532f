import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations and password resets: a one-time link whose token the table keeps only as a SHA-256, with an
 * expiry. A department head may lead more than one department (a head of sales and marketing). And the
 * organisation's settings as edited in the app (one row; without it, the environment's ORG_* values hold).
 */
export class UserInvitations1796601600001 implements MigrationInterface {
  name = 'UserInvitations1796601600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_token (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_token_user_idx ON password_token (user_id) WHERE used_at IS NULL`);
    await q.query(`
      DO $$ DECLARE name text; BEGIN
        SELECT conname INTO name FROM pg_constraint
         WHERE conrelid = 'app_user'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%DEPARTMENT_HEAD%cardinality%= 1%';
        EXECUTE format('ALTER TABLE app_user DROP CONSTRAINT %I', name);
      END $$`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_head_departments CHECK (role <> 'DEPARTMENT_HEAD' OR cardinality(departments) >= 1)`);
    await q.query(`
      CREATE TABLE organization_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        name text NOT NULL,
        time_zone text NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization_settings`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_head_departments`);
    await q.query(`ALTER TABLE app_user ADD CHECK (role <> 'DEPARTMENT_HEAD' OR cardinality(departments) = 1)`);
    await q.query(`DROP TABLE password_token`);
  }
}
