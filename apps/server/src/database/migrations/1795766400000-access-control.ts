import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users with roles bound to departments, web sessions and integrator API keys. Secrets are never stored:
 * passwords as scrypt hashes, session tokens and key secrets as SHA-256 (they are random, so a fast hash is enough).
 */
export class AccessControl1795766400000 implements MigrationInterface {
  name = 'AccessControl1795766400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'EXECUTIVE', 'DEPARTMENT_HEAD', 'VIEWER')),
        departments text[] NOT NULL DEFAULT '{}',
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'DEPARTMENT_HEAD' OR cardinality(departments) = 1),
        CHECK (role <> 'VIEWER' OR cardinality(departments) >= 1)
      )`);
    await q.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['READ', 'INGEST']),
        department text,
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_key');
    await q.query('DROP TABLE user_session');
    await q.query('DROP TABLE app_user');
  }
}
