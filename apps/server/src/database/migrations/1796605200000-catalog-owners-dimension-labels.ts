import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A metric's owner can be a user (the catalog editor picks one) besides the free-text owner title existing
 * metrics have; dimension values get display labels, so a screen shows "Lead management", not `lead_management`.
 */
export class CatalogOwnersDimensionLabels1796605200000 implements MigrationInterface {
  name = 'CatalogOwnersDimensionLabels1796605200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metric ADD COLUMN owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE dimension_label (
        dimension text NOT NULL,
        value text NOT NULL,
        label text NOT NULL CHECK (label <> ''),
        i18n jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (dimension, value)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dimension_label`);
    await q.query(`ALTER TABLE metric DROP COLUMN owner_user_id`);
  }
}
