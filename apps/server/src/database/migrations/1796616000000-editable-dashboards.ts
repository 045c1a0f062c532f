import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboards become editable data: widgets on a 12-column grid (JSON, validated by the server on every save),
 * owned by a department or by one person, with a version number for optimistic concurrency and every saved
 * version kept. The seeded sections become KPI_GROUP widgets stacked full width in their order, with their keys
 * as widget ids; slugs stay, so URLs, digests and live subscriptions keep working.
 */
export class EditableDashboards1796616000000 implements MigrationInterface {
  name = 'EditableDashboards1796616000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dashboard
        ALTER COLUMN department DROP NOT NULL,
        ADD COLUMN owner_user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        ADD COLUMN widgets jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_by text,
        ADD CONSTRAINT dashboard_one_owner CHECK ((department IS NULL) <> (owner_user_id IS NULL))`);
    await q.query('CREATE INDEX dashboard_owner_user_idx ON dashboard (owner_user_id) WHERE owner_user_id IS NOT NULL');
    // A section of n cards is a title row plus rows of up to 5 cards, 3 grid rows each.
    await q.query(`
      UPDATE dashboard d SET widgets = COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
          'id', s.key, 'type', 'KPI_GROUP', 'title', s.title, 'i18n', s.i18n, 'metricKeys', to_jsonb(s.metric_keys),
          'dimension', NULL, 'text', NULL, 'x', 0, 'y', s.y, 'w', 12, 'h', s.h) ORDER BY s.position)
        FROM (
          SELECT *, COALESCE(SUM(h) OVER (ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS y
          FROM (SELECT *, LEAST(40, 1 + 3 * CEIL(GREATEST(cardinality(metric_keys), 1) / 5.0)::int) AS h
                FROM dashboard_section WHERE dashboard_slug = d.slug) sized
        ) s
      ), '[]')`);
    await q.query(`
      CREATE TABLE dashboard_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dashboard_slug text NOT NULL REFERENCES dashboard(slug) ON DELETE CASCADE,
        version int NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        widgets jsonb NOT NULL,
        summary text NOT NULL,
        created_by text NOT NULL,
        created_by_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dashboard_slug, version)
      )`);
    await q.query(`
      INSERT INTO dashboard_version (dashboard_slug, version, title, description, widgets, summary, created_by)
      SELECT slug, version, title, description, widgets, 'Created from the seeded layout', 'system' FROM dashboard`);
    await q.query('DROP TABLE dashboard_section');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dashboard_section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dashboard_slug text NOT NULL REFERENCES dashboard(slug) ON DELETE CASCADE,
        key text NOT NULL,
        title text NOT NULL,
        position int NOT NULL,
        metric_keys text[] NOT NULL DEFAULT '{}',
        i18n jsonb NOT NULL DEFAULT '{}',
        UNIQUE (dashboard_slug, key)
      )`);
    // Personal dashboards have no place in the old model; KPI groups become sections again, other widgets are lost.
    await q.query('DELETE FROM dashboard WHERE owner_user_id IS NOT NULL');
    await q.query(`
      INSERT INTO dashboard_section (dashboard_slug, key, title, position, metric_keys, i18n)
      SELECT d.slug, w.value->>'id', w.value->>'title', w.ordinality::int,
             ARRAY(SELECT jsonb_array_elements_text(w.value->'metricKeys')), COALESCE(w.value->'i18n', '{}')
      FROM dashboard d, jsonb_array_elements(d.widgets) WITH ORDINALITY w
      WHERE w.value->>'type' = 'KPI_GROUP'`);
    await q.query('DROP TABLE dashboard_version');
    await q.query(`
      ALTER TABLE dashboard
        DROP CONSTRAINT dashboard_one_owner,
        DROP COLUMN owner_user_id, DROP COLUMN widgets, DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by,
        ALTER COLUMN department SET NOT NULL`);
  }
}
