import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only links to one dashboard, for wall screens and intranet pages. Only the token's hash is kept: the link
 * is shown once, when made. Revoked and expired links stay listed (who made which link, until when).
 */
export class DashboardShareLinks1796619600000 implements MigrationInterface {
  name = 'DashboardShareLinks1796619600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dashboard_share_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dashboard_slug text NOT NULL REFERENCES dashboard(slug) ON DELETE CASCADE,
        label text NOT NULL DEFAULT '',
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_by uuid,
        created_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX dashboard_share_link_dashboard ON dashboard_share_link (dashboard_slug, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE dashboard_share_link');
  }
}
