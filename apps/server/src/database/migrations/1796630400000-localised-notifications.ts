import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications in the reader's language: an alert's explanation is written in every language when it is raised
 * (alerts raised before keep their English one), and channels and users say which language their messages use.
 */
export class LocalisedNotifications1796630400000 implements MigrationInterface {
  name = 'LocalisedNotifications1796630400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE alert ADD COLUMN explanation_i18n jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE webhook_endpoint ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es'))`);
    await q.query(`ALTER TABLE app_user ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user DROP COLUMN locale');
    await q.query('ALTER TABLE webhook_endpoint DROP COLUMN locale');
    await q.query('ALTER TABLE alert DROP COLUMN explanation_i18n');
  }
}
