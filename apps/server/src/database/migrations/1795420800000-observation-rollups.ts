import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATS_COLUMNS = `
  sum double precision NOT NULL,
  count integer NOT NULL,
  min double precision NOT NULL,
  max double precision NOT NULL,
  last double precision NOT NULL,
  last_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL`;

/** The merge of stats rows `p` (the same as the application's). */
const MERGED = `sum(p.sum), sum(p.count)::int, min(p.min), max(p.max), (max(ARRAY[date_part('epoch', p.last_at), p.last]))[2], max(p.last_at), max(p.updated_at)`;

/**
 * Pre-aggregated SeriesStats over whole UTC hours and whole local days of the organisation's time zone: per
 * series (observation_hourly/daily, for breakdowns and filters) and per metric, every series merged
 * (metric_hourly/daily, what dashboards read). All are recomputed in the transaction that writes the points,
 * so they always equal the raw computation. The day cut lives in rollup_state: the read path rebuilds every
 * level the first time it finds a zone other than its own (a fresh database, or ORG_TIMEZONE changed).
 * No foreign keys: checking one per rollup row made a rebuild eight times slower; a trigger cleans up after a
 * deleted series instead.
 */
export class ObservationRollups1795420800000 implements MigrationInterface {
  name = 'ObservationRollups1795420800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE observation_hourly (
        series_id bigint NOT NULL,
        hour_start timestamptz NOT NULL,${STATS_COLUMNS},
        PRIMARY KEY (series_id, hour_start)
      )`);
    await q.query(`
      CREATE TABLE observation_daily (
        series_id bigint NOT NULL,
        day_start timestamptz NOT NULL,${STATS_COLUMNS},
        PRIMARY KEY (series_id, day_start)
      )`);
    for (const [table, column] of [['metric_hourly', 'hour_start'], ['metric_daily', 'day_start']]) {
      await q.query(`
        CREATE TABLE ${table} (
          metric_key text NOT NULL,
          ${column} timestamptz NOT NULL,${STATS_COLUMNS},
          PRIMARY KEY (metric_key, ${column})
        )`);
    }
    // Exactly one row; a NULL zone means the rollups have not been built yet.
    await q.query(`
      CREATE TABLE rollup_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        time_zone text
      )`);
    await q.query(`INSERT INTO rollup_state DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION drop_series_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM observation_hourly h USING gone WHERE h.series_id = gone.id;
        DELETE FROM observation_daily d USING gone WHERE d.series_id = gone.id;
        -- Those metrics' merged rows lose the deleted series: recompute them from the series that remain.
        DELETE FROM metric_hourly WHERE metric_key IN (SELECT metric_key FROM gone);
        DELETE FROM metric_daily WHERE metric_key IN (SELECT metric_key FROM gone);
        INSERT INTO metric_hourly SELECT s.metric_key, p.hour_start, ${MERGED}
          FROM observation_hourly p JOIN series s ON s.id = p.series_id WHERE s.metric_key IN (SELECT metric_key FROM gone) GROUP BY 1, 2;
        INSERT INTO metric_daily SELECT s.metric_key, p.day_start, ${MERGED}
          FROM observation_daily p JOIN series s ON s.id = p.series_id WHERE s.metric_key IN (SELECT metric_key FROM gone) GROUP BY 1, 2;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER series_drop_rollups AFTER DELETE ON series
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION drop_series_rollups()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS series_drop_rollups ON series');
    await q.query('DROP FUNCTION IF EXISTS drop_series_rollups()');
    for (const table of ['rollup_state', 'metric_daily', 'metric_hourly', 'observation_daily', 'observation_hourly']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
