import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { LONG_WORK_STATEMENT_TIMEOUT } from '../../database/data-source';
import { qb, run, runOne, runSql } from '../../database/sql';
import { columnsOf, lastInstantOfHour, localDay, MERGED_STATS, named, RAW_STATS, STATS_COLUMNS } from './rollup.sql';

const ROLLUP_TABLES = sql.raw('observation_hourly, observation_daily, metric_hourly, metric_daily');

/**
 * Recomputes every rollup level from every raw row, cutting days in `timeZone`, then refreshes the planner's
 * statistics of the rebuilt tables. Writers are held off meanwhile. With `onlyIfZoneChanged`, does nothing
 * when the rollups already are cut in that zone. Says whether it rebuilt.
 */
export async function rebuildRollups(db: DataSource, timeZone: string, options: { onlyIfZoneChanged?: boolean } = {}): Promise<boolean> {
  const rebuilt = await db.transaction((tx) => recutRollups(tx, timeZone, options));
  if (rebuilt) await analyzeRollups(db);
  return rebuilt;
}

/**
 * The rebuild inside the caller's transaction (an ADMIN's new time zone commits with the rollups cut in it).
 * Call `analyzeRollups` after the commit.
 */
export async function recutRollups(tx: EntityManager, timeZone: string, options: { onlyIfZoneChanged?: boolean } = {}): Promise<boolean> {
  // Minutes on a long history: longer than the pool's bound on one statement, which is for requests.
  await runSql(tx, sql`SET LOCAL statement_timeout = ${sql.lit(LONG_WORK_STATEMENT_TIMEOUT)}`);
  const state = await runOne(tx, qb.selectFrom('rollup_state').select('time_zone').forUpdate());
  if (options.onlyIfZoneChanged && state?.time_zone === timeZone) return false;
  // Writers hold ROW EXCLUSIVE on observation from their upsert to their commit: wait for them, hold off new ones.
  await runSql(tx, sql`LOCK TABLE observation IN SHARE MODE`);
  // The rebuild covers every committed point, so the change log goes too. Emptied before the rollups: a running
  // fold holds the log before it writes rollups, so it finishes first instead of deadlocking with this. (A
  // writer's one statement locks observation before the log, so none holds the log while waiting for us.)
  await runSql(tx, sql`TRUNCATE rollup_change`);
  // The hourly rollups (UTC hours, whatever the zone) of months whose raw rows retention dropped are all that is
  // left of them: kept, and the days recut from them.
  const [{ raw_from: rawFrom }] = await runSql(tx, sql<{ raw_from: Date | null }>`SELECT raw_from FROM observation_retention`);
  if (rawFrom) {
    await runSql(tx, sql`TRUNCATE observation_daily, metric_hourly, metric_daily`);
    await runSql(tx, sql`DELETE FROM observation_hourly WHERE hour_start >= ${rawFrom}`);
  } else {
    await runSql(tx, sql`TRUNCATE ${ROLLUP_TABLES}`);
  }
  await runSql(tx, sql`SET LOCAL work_mem = '256MB'`);
  // Every row is read: one sequential pass and an in-memory sort beat walking the index in series order.
  await runSql(tx, sql`SET LOCAL enable_indexscan = off`);
  await runSql(tx, sql`
    INSERT INTO observation_hourly (series_id, hour_start, ${sql.raw(STATS_COLUMNS)})
    SELECT o.series_id, date_trunc('hour', o.at, 'UTC'), ${sql.raw(RAW_STATS.join(', '))} FROM observation o GROUP BY 1, 2`);
  await runSql(tx, sql`SET LOCAL enable_indexscan = on`);
  await run(tx, qb.updateTable('rollup_state').set({ time_zone: timeZone }));
  // Hours inside one local day roll up from the hourly rollup; the hours a local midnight cuts (half-hour zones) from raw rows.
  const dayOf = sql.raw(localDay('h.hour_start'));
  const dayOfLastInstant = sql.raw(localDay(lastInstantOfHour('h.hour_start')));
  await runSql(tx, sql`
    INSERT INTO observation_daily (series_id, day_start, ${sql.raw(STATS_COLUMNS)})
    SELECT p.series_id, p.day_start, ${sql.raw(MERGED_STATS.join(', '))}
      FROM (
        SELECT h.series_id, d.day_start, ${sql.raw(columnsOf('h'))}
          FROM observation_hourly h CROSS JOIN rollup_state z
         CROSS JOIN LATERAL (SELECT ${dayOf} AS day_start, ${dayOfLastInstant} AS last_day) AS d
         WHERE d.day_start = d.last_day
        UNION ALL
        -- Grouped inside LATERAL, so it stays one index range scan per cut hour: flattened into a join, the
        -- planner hashes on series alone and compares every row of a series with every hour of it.
        SELECT h.series_id, r.day_start, ${sql.raw(columnsOf('r'))}
          FROM observation_hourly h CROSS JOIN rollup_state z
         CROSS JOIN LATERAL (
           SELECT ${sql.raw(localDay('o.at'))} AS day_start, ${sql.raw(named(RAW_STATS))} FROM observation o
            WHERE o.series_id = h.series_id AND o.at >= h.hour_start AND o.at < h.hour_start + interval '1 hour'
            GROUP BY 1
         ) AS r
         WHERE ${dayOf} <> ${dayOfLastInstant}
      ) AS p
     GROUP BY 1, 2`);
  for (const [level, start] of [['hourly', 'hour_start'], ['daily', 'day_start']]) {
    await runSql(tx, sql`
      INSERT INTO ${sql.raw(`metric_${level} (metric_key, ${start}, ${STATS_COLUMNS})`)}
      SELECT ${sql.raw(`s.metric_key, p.${start}, ${MERGED_STATS.join(', ')}`)}
        FROM ${sql.raw(`observation_${level}`)} p JOIN series s ON s.id = p.series_id GROUP BY 1, 2`);
  }
  return true;
}

/** Refreshes the planner's statistics of the rebuilt tables. */
export async function analyzeRollups(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await runSql(tx, sql`SET LOCAL statement_timeout = ${sql.lit(LONG_WORK_STATEMENT_TIMEOUT)}`);
    await runSql(tx, sql`ANALYZE ${ROLLUP_TABLES}`);
  });
}

/**
 * The trigger function that keeps the per-metric rollups right when series are deleted, defined from the same
 * merge as every other rollup statement. Migration 1795420800000 created a copy of it, frozen as applied; this
 * replaces it at every start-up, so the app's definition is the only one that runs.
 */
function installSeriesDeleteTrigger(db: DataSource) {
  const merged = MERGED_STATS.join(', ');
  return runSql(db, sql`
    CREATE OR REPLACE FUNCTION drop_series_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM observation_hourly h USING gone WHERE h.series_id = gone.id;
      DELETE FROM observation_daily d USING gone WHERE d.series_id = gone.id;
      -- Those metrics' merged rows lose the deleted series: recompute them from the series that remain.
      DELETE FROM metric_hourly WHERE metric_key IN (SELECT metric_key FROM gone);
      DELETE FROM metric_daily WHERE metric_key IN (SELECT metric_key FROM gone);
      INSERT INTO metric_hourly SELECT s.metric_key, p.hour_start, ${sql.raw(merged)}
        FROM observation_hourly p JOIN series s ON s.id = p.series_id WHERE s.metric_key IN (SELECT metric_key FROM gone) GROUP BY 1, 2;
      INSERT INTO metric_daily SELECT s.metric_key, p.day_start, ${sql.raw(merged)}
        FROM observation_daily p JOIN series s ON s.id = p.series_id WHERE s.metric_key IN (SELECT metric_key FROM gone) GROUP BY 1, 2;
      RETURN NULL;
    END $$`);
}

/**
 * Start-up, after the migrations (main.ts runs it under the migration lock, so replicas take turns): installs
 * the series-delete trigger from the app's SQL and cuts the daily rollups in the organisation's zone when they
 * are not yet (a fresh database, or a changed ORG_TIMEZONE). Says whether it rebuilt. Reads assume it ran.
 */
export async function prepareRollups(db: DataSource, timeZone: string): Promise<boolean> {
  await installSeriesDeleteTrigger(db);
  return rebuildRollups(db, timeZone, { onlyIfZoneChanged: true });
}
