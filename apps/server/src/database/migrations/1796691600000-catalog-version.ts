import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a catalog is read from (MetricService.loadCatalog): metrics, targets, dashboards (company level), SQL sources. */
const CATALOG_TABLES = ['metric', 'target', 'dashboard', 'sql_source'];

/**
 * A counter of committed changes to what the metric catalog is read from, so an instance can keep its catalog in memory
 * and reread it only when the counter moved (one tiny read per request instead of four queries and their entities).
 * Bumped by triggers, so every writer counts: the app, migrations, seeds, an operator's SQL. The row triggers are
 * deferred to commit: the counter's row lock is then taken last and held only while committing, so two writers never
 * wait on each other's counter while holding other rows (no deadlock), and a reader that sees the new count reads data
 * at least as new.
 */
export class CatalogVersion1796691600000 implements MigrationInterface {
  name = 'CatalogVersion1796691600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE catalog_version (id boolean PRIMARY KEY DEFAULT true CHECK (id), version bigint NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO catalog_version DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalog_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of CATALOG_TABLES) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_catalog_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalog_version()`);
      await q.query(`CREATE TRIGGER ${table}_catalog_version_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CATALOG_TABLES) {
      await q.query(`DROP TRIGGER ${table}_catalog_version_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_catalog_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION bump_catalog_version()`);
    await q.query(`DROP TABLE catalog_version`);
  }
}
