import { sql } from 'kysely';
import type { TouchedHours } from '@opshub/metrics';
import type { EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import { columnsOf, lastInstantOfHour, MERGED_STATS, named, RAW_ROW_STATS, RAW_STATS, STATS_COLUMNS, UPSERT_STATS } from './rollup.sql';

/** Recomputes the merged rows of every (metric, bucket) whose series' rows (ids, starts) were refreshed. */
function refreshMetricLevel(tx: EntityManager, level: 'hourly' | 'daily', seriesIds: string[], starts: Array<string | Date>) {
  const start = level === 'hourly' ? 'hour_start' : 'day_start';
  return runSql(tx, sql`
    INSERT INTO ${sql.raw(`metric_${level} (metric_key, ${start}, ${STATS_COLUMNS})`)}
    SELECT ${sql.raw(`k.metric_key, k.${start}, ${columnsOf('m')}`)}
      FROM (SELECT DISTINCT ${sql.raw(`s.metric_key, t.${start}`)}
              FROM unnest(${seriesIds}::bigint[], ${starts}::timestamptz[]) AS ${sql.raw(`t(series_id, ${start})`)} JOIN series s ON s.id = t.series_id) AS k
     CROSS JOIN LATERAL (
       SELECT ${sql.raw(named(MERGED_STATS))} FROM series s JOIN ${sql.raw(`observation_${level} p ON p.series_id = s.id AND p.${start} = k.${start}`)}
        WHERE s.metric_key = k.metric_key
     ) AS m
     WHERE m.count > 0
     ORDER BY 1, 2
    ON CONFLICT ${sql.raw(`(metric_key, ${start}) ${UPSERT_STATS}`)}`);
}

/**
 * The fold (rollup.fold.ts): brings every rollup level up to date with the raw rows of the touched hours, in a
 * fixed number of set-based statements whatever their number. Recomputing (never adding deltas) keeps an
 * overwritten point from counting twice. The caller must hold the touched series' row locks, so that another
 * folder of the same series recomputes after this transaction commits and sees what it saw; the metrics' locks,
 * taken here, do the same for folders of other series of a metric.
 */
export async function refreshRollups(tx: EntityManager, touched: TouchedHours): Promise<void> {
  if (touched.seriesIds.length === 0) return;
  const { seriesIds, hourStarts } = touched;
  // LATERAL: one index range scan per touched hour, whatever the planner guesses about a join on unnest().
  await runSql(tx, sql`
    INSERT INTO observation_hourly (series_id, hour_start, ${sql.raw(STATS_COLUMNS)})
     SELECT t.series_id, t.hour_start, ${sql.raw(columnsOf('p'))}
       FROM unnest(${seriesIds}::bigint[], ${hourStarts}::timestamptz[]) AS t(series_id, hour_start)
      CROSS JOIN LATERAL (
        SELECT ${sql.raw(named(RAW_STATS))} FROM observation o
         WHERE o.series_id = t.series_id AND o.at >= t.hour_start AND o.at < t.hour_start + interval '1 hour'
      ) AS p
      WHERE p.count > 0
      ORDER BY t.series_id, t.hour_start
     ON CONFLICT (series_id, hour_start) ${sql.raw(UPSERT_STATS)}`);
  // Every local day (of rollup_state's zone, which only the database knows at commit) a touched hour
  // overlaps: its whole UTC hours from the hourly rollup, the partial hours at its ends, which only
  // half-hour zones have, from raw rows.
  const days = await runSql(tx, sql<{ series_id: string; day_start: Date }>`
    WITH days AS (
       SELECT DISTINCT t.series_id, d.day_start, d.day_end
         FROM unnest(${seriesIds}::bigint[], ${hourStarts}::timestamptz[]) AS t(series_id, hour_start)
        CROSS JOIN rollup_state z
        CROSS JOIN LATERAL (VALUES (t.hour_start), (${sql.raw(lastInstantOfHour('t.hour_start'))})) AS e(at)
        CROSS JOIN LATERAL (SELECT date_trunc('day', e.at AT TIME ZONE z.time_zone) AS local_day) AS l
        CROSS JOIN LATERAL (SELECT l.local_day AT TIME ZONE z.time_zone AS day_start, (l.local_day + interval '1 day') AT TIME ZONE z.time_zone AS day_end) AS d
        WHERE z.time_zone IS NOT NULL
     ), edges AS (
       SELECT days.*, date_trunc('hour', ${sql.raw(lastInstantOfHour('day_start'))}, 'UTC') AS whole_from, date_trunc('hour', day_end, 'UTC') AS whole_to
         FROM days
     )
     INSERT INTO observation_daily (series_id, day_start, ${sql.raw(STATS_COLUMNS)})
     SELECT e.series_id, e.day_start, ${sql.raw(MERGED_STATS.join(', '))}
       FROM edges e
      CROSS JOIN LATERAL (
        SELECT ${sql.raw(columnsOf('h'))} FROM observation_hourly h
         WHERE h.series_id = e.series_id AND h.hour_start >= e.whole_from AND h.hour_start < e.whole_to
        UNION ALL
        SELECT ${sql.raw(RAW_ROW_STATS)} FROM observation o
         WHERE o.series_id = e.series_id AND ((o.at >= e.day_start AND o.at < e.whole_from) OR (o.at >= e.whole_to AND o.at < e.day_end))
      ) AS p
      GROUP BY e.series_id, e.day_start
      ORDER BY e.series_id, e.day_start
     ON CONFLICT (series_id, day_start) ${sql.raw(UPSERT_STATS)}
     RETURNING series_id, day_start`);
  // Held to the commit: the merged rows are recomputed after any other writer of these metrics committed.
  await runSql(tx, sql`
    SELECT 1 FROM metric WHERE key IN (SELECT metric_key FROM series WHERE id = ANY(${seriesIds}::bigint[])) ORDER BY key FOR NO KEY UPDATE`);
  await refreshMetricLevel(tx, 'hourly', seriesIds, hourStarts);
  await refreshMetricLevel(tx, 'daily', days.map((d) => d.series_id), days.map((d) => d.day_start));
}
