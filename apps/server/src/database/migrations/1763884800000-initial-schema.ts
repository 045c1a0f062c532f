import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763884800000 implements MigrationInterface {
  name = 'InitialSchema1763884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric (
        key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        department text NOT NULL,
        unit_kind text NOT NULL,
        unit_currency text,
        unit_scale_min double precision,
        unit_scale_max double precision,
        direction text NOT NULL,
        aggregation text NOT NULL,
        formula text,
        owner text,
        review_cadence text,
        i18n jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX metric_department_idx ON metric (department)`);

    await q.query(`
      CREATE TABLE target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        metric_key text NOT NULL REFERENCES metric(key) ON DELETE CASCADE,
        kind text NOT NULL,
        value double precision NOT NULL,
        baseline double precision,
        tolerance double precision NOT NULL DEFAULT 0.1,
        effective_from timestamptz NOT NULL,
        effective_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (effective_to IS NULL OR effective_to > effective_from)
      )`);
    await q.query(`CREATE INDEX target_metric_idx ON target (metric_key, effective_from)`);

    // One row per distinct dimension set of a metric, so observations stay narrow and
    // dimension names/values can be listed without scanning history.
    await q.query(`
      CREATE TABLE series (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        metric_key text NOT NULL REFERENCES metric(key) ON DELETE CASCADE,
        series_key text NOT NULL,
        dimensions jsonb NOT NULL DEFAULT '{}',
        UNIQUE (metric_key, series_key)
      )`);
    await q.query(`CREATE INDEX series_dimensions_idx ON series USING gin (dimensions jsonb_path_ops)`);

    // The natural key (series, at) makes a retried write overwrite instead of double-count.
    await q.query(`
      CREATE TABLE observation (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        series_id bigint NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        value double precision NOT NULL CHECK (value <> 'NaN'::float8 AND value <> 'Infinity'::float8 AND value <> '-Infinity'::float8),
        source text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (series_id, at)
      )`);
    await q.query(`CREATE INDEX observation_at_idx ON observation (at)`);

    await q.query(`
      CREATE TABLE dashboard (
        slug text PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        department text NOT NULL,
        position int NOT NULL DEFAULT 0,
        i18n jsonb NOT NULL DEFAULT '{}'
      )`);
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
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['dashboard_section', 'dashboard', 'observation', 'series', 'target', 'metric']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
