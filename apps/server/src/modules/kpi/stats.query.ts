import { DataSource, type EntityManager } from 'typeorm';
import { add, bucketStarts, startOf, type Granularity, type SeriesStats, type TimeRange } from '@opshub/metrics';

export interface DimensionFilter {
  dimension: string;
  values: string[];
}

/**
 * Stats of one cell. `series` is the series key for LAST metrics, which need each series' latest value, and ''
 * for the others, every series of the cell merged (their `last` is then 0: nothing reads it).
 */
export interface StatsRow extends SeriesStats {
  metricKey: string;
  /** Bucket start, or null when not bucketed. */
  bucket: Date | null;
  /** The groupBy dimension's value (null when not grouped or absent). */
  group: string | null;
  updatedAt: Date;
}

export interface StatsRequest {
  metricKeys: readonly string[];
  range: TimeRange;
  timeZone: string;
  granularity?: Granularity | null;
  groupBy?: string | null;
  filters?: readonly DimensionFilter[];
}

/** Distinct (series, UTC hour) pairs a write touched, sorted; hours as ISO-8601 strings. */
export interface TouchedHours {
  seriesIds: string[];
  hourStarts: string[];
}

const TRUNC_UNIT: Record<Granularity, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };
const HOUR_MS = 3_600_000;

// The SeriesStats of a group of raw rows `o`, and the merge of a group of stats rows `p`: the one definition
// every rollup level and every read shares, so rollups and raw rows cannot disagree. The latest value is the
// greatest [time, value] pair (ties between series at the same instant go to the larger value): a plain
// aggregate, so PostgreSQL may hash instead of sorting each group.
const STATS_NAMES = ['sum', 'count', 'min', 'max', 'last', 'last_at', 'updated_at'];
const latest = (value: string, at: string, filter: string) => `(max(ARRAY[date_part('epoch', ${at}), ${value}])${filter})[2]`;
const rawStats = (latestFilter = '') => ['sum(o.value)::float8', 'count(*)::int', 'min(o.value)', 'max(o.value)', latest('o.value', 'o.at', latestFilter), 'max(o.at)', 'max(o.updated_at)'];
const mergedStats = (latestFilter = '') => ['sum(p.sum)::float8', 'sum(p.count)::int', 'min(p.min)', 'max(p.max)', latest('p.last', 'p.last_at', latestFilter), 'max(p.last_at)', 'max(p.updated_at)'];
const RAW_STATS = rawStats();
const MERGED_STATS = mergedStats();
/** Reads need the latest value of LAST metrics only (`last` is null for the others). */
const LAST_ONLY = ` FILTER (WHERE m.aggregation = 'LAST')`;
/** One raw row as a stats row. */
const RAW_ROW_STATS = 'o.value, 1, o.value, o.value, o.value, o.at, o.updated_at';
const STATS_COLUMNS = STATS_NAMES.join(', ');
const UPSERT_STATS = `DO UPDATE SET (${STATS_COLUMNS}) = (${STATS_NAMES.map((name) => `EXCLUDED.${name}`).join(', ')})`;
const columnsOf = (alias: string) => STATS_NAMES.map((name) => `${alias}.${name}`).join(', ');
const named = (stats: string[]) => stats.map((expr, i) => `${expr} AS ${STATS_NAMES[i]}`).join(', ');

/** The start of the local day of `at` in rollup_state's zone `z`, as PostgreSQL cuts it (DST included). */
const localDay = (at: string) => `date_trunc('day', ${at} AT TIME ZONE z.time_zone) AT TIME ZONE z.time_zone`;
const lastInstantOfHour = (hour: string) => `(${hour} + interval '1 hour' - interval '1 microsecond')`;

/** Recomputes the merged rows of every (metric, bucket) whose series' rows $1/$2 (ids, starts) were refreshed. */
function metricRefreshSql(level: 'hourly' | 'daily'): string {
  const start = level === 'hourly' ? 'hour_start' : 'day_start';
  return `
    INSERT INTO metric_${level} (metric_key, ${start}, ${STATS_COLUMNS})
    SELECT k.metric_key, k.${start}, ${columnsOf('m')}
      FROM (SELECT DISTINCT s.metric_key, t.${start}
              FROM unnest($1::bigint[], $2::timestamptz[]) AS t(series_id, ${start}) JOIN series s ON s.id = t.series_id) AS k
     CROSS JOIN LATERAL (
       SELECT ${named(MERGED_STATS)} FROM series s JOIN observation_${level} p ON p.series_id = s.id AND p.${start} = k.${start}
        WHERE s.metric_key = k.metric_key
     ) AS m
     WHERE m.count > 0
     ORDER BY 1, 2
    ON CONFLICT (metric_key, ${start}) ${UPSERT_STATS}`;
}

/**
 * Brings every rollup level up to date with the raw rows of the touched hours, inside the writing
 * transaction, in a fixed number of set-based statements whatever the batch size. Recomputing (never
 * adding deltas) keeps an overwritten point from counting twice. The caller must hold the touched series'
 * row locks, so that a concurrent writer of the same series recomputes after this transaction commits and
 * sees its points; the metrics' locks, taken here, do the same for writers of other series of a metric.
 */
export async function refreshRollups(tx: EntityManager, touched: TouchedHours): Promise<void> {
  if (touched.seriesIds.length === 0) return;
  const params = [touched.seriesIds, touched.hourStarts];
  // LATERAL: one index range scan per touched hour, whatever the planner guesses about a join on unnest().
  await tx.query(
    `INSERT INTO observation_hourly (series_id, hour_start, ${STATS_COLUMNS})
     SELECT t.series_id, t.hour_start, ${columnsOf('p')}
       FROM unnest($1::bigint[], $2::timestamptz[]) AS t(series_id, hour_start)
      CROSS JOIN LATERAL (
        SELECT ${named(RAW_STATS)} FROM observation o
         WHERE o.series_id = t.series_id AND o.at >= t.hour_start AND o.at < t.hour_start + interval '1 hour'
      ) AS p
      WHERE p.count > 0
      ORDER BY t.series_id, t.hour_start
     ON CONFLICT (series_id, hour_start) ${UPSERT_STATS}`,
    params,
  );
  // Every local day (of rollup_state's zone) a touched hour overlaps: its whole UTC hours from the hourly
  // rollup, the partial hours at its ends, which only half-hour zones have, from raw rows.
  const days: Array<{ series_id: string; day_start: Date }> = await tx.query(
    `WITH days AS (
       SELECT DISTINCT t.series_id, d.day_start, d.day_end
         FROM unnest($1::bigint[], $2::timestamptz[]) AS t(series_id, hour_start)
        CROSS JOIN rollup_state z
        CROSS JOIN LATERAL (VALUES (t.hour_start), (${lastInstantOfHour('t.hour_start')})) AS e(at)
        CROSS JOIN LATERAL (SELECT date_trunc('day', e.at AT TIME ZONE z.time_zone) AS local_day) AS l
        CROSS JOIN LATERAL (SELECT l.local_day AT TIME ZONE z.time_zone AS day_start, (l.local_day + interval '1 day') AT TIME ZONE z.time_zone AS day_end) AS d
        WHERE z.time_zone IS NOT NULL
     ), edges AS (
       SELECT days.*, date_trunc('hour', ${lastInstantOfHour('day_start')}, 'UTC') AS whole_from, date_trunc('hour', day_end, 'UTC') AS whole_to
         FROM days
     )
     INSERT INTO observation_daily (series_id, day_start, ${STATS_COLUMNS})
     SELECT e.series_id, e.day_start, ${MERGED_STATS.join(', ')}
       FROM edges e
      CROSS JOIN LATERAL (
        SELECT ${columnsOf('h')} FROM observation_hourly h
         WHERE h.series_id = e.series_id AND h.hour_start >= e.whole_from AND h.hour_start < e.whole_to
        UNION ALL
        SELECT ${RAW_ROW_STATS} FROM observation o
         WHERE o.series_id = e.series_id AND ((o.at >= e.day_start AND o.at < e.whole_from) OR (o.at >= e.whole_to AND o.at < e.day_end))
      ) AS p
      GROUP BY e.series_id, e.day_start
      ORDER BY e.series_id, e.day_start
     ON CONFLICT (series_id, day_start) ${UPSERT_STATS}
     RETURNING series_id, day_start`,
    params,
  );
  // Held to the commit: the merged rows are recomputed after any other writer of these metrics committed.
  await tx.query(
    `SELECT 1 FROM metric WHERE key IN (SELECT metric_key FROM series WHERE id = ANY($1::bigint[])) ORDER BY key FOR NO KEY UPDATE`,
    [touched.seriesIds],
  );
  await tx.query(metricRefreshSql('hourly'), params);
  await tx.query(metricRefreshSql('daily'), [days.map((d) => d.series_id), days.map((d) => d.day_start)]);
}

/**
 * Recomputes every rollup level from every raw row, cutting days in `timeZone`, then refreshes the planner's
 * statistics of the rebuilt tables. Writers are held off meanwhile. With `onlyIfZoneChanged`, does nothing
 * when the rollups already are cut in that zone. Says whether it rebuilt.
 */
export async function rebuildRollups(db: DataSource, timeZone: string, options: { onlyIfZoneChanged?: boolean } = {}): Promise<boolean> {
  const rebuilt = await db.transaction(async (tx) => {
    const [state] = await tx.query('SELECT time_zone FROM rollup_state FOR UPDATE');
    if (options.onlyIfZoneChanged && state.time_zone === timeZone) return false;
    // Writers hold ROW EXCLUSIVE on observation from their upsert to their commit: wait for them, hold off new ones.
    await tx.query('LOCK TABLE observation IN SHARE MODE');
    await tx.query('TRUNCATE observation_hourly, observation_daily, metric_hourly, metric_daily');
    await tx.query(`SET LOCAL work_mem = '256MB'`);
    // Every row is read: one sequential pass and an in-memory sort beat walking the index in series order.
    await tx.query('SET LOCAL enable_indexscan = off');
    await tx.query(
      `INSERT INTO observation_hourly (series_id, hour_start, ${STATS_COLUMNS})
       SELECT o.series_id, date_trunc('hour', o.at, 'UTC'), ${RAW_STATS.join(', ')} FROM observation o GROUP BY 1, 2`,
    );
    await tx.query('SET LOCAL enable_indexscan = on');
    await tx.query('UPDATE rollup_state SET time_zone = $1', [timeZone]);
    // Hours inside one local day roll up from the hourly rollup; the hours a local midnight cuts (half-hour zones) from raw rows.
    await tx.query(
      `INSERT INTO observation_daily (series_id, day_start, ${STATS_COLUMNS})
       SELECT p.series_id, p.day_start, ${MERGED_STATS.join(', ')}
         FROM (
           SELECT h.series_id, d.day_start, ${columnsOf('h')}
             FROM observation_hourly h CROSS JOIN rollup_state z
            CROSS JOIN LATERAL (SELECT ${localDay('h.hour_start')} AS day_start, ${localDay(lastInstantOfHour('h.hour_start'))} AS last_day) AS d
            WHERE d.day_start = d.last_day
           UNION ALL
           SELECT o.series_id, ${localDay('o.at')}, ${RAW_ROW_STATS}
             FROM observation_hourly h CROSS JOIN rollup_state z
             JOIN observation o ON o.series_id = h.series_id AND o.at >= h.hour_start AND o.at < h.hour_start + interval '1 hour'
            WHERE ${localDay('h.hour_start')} <> ${localDay(lastInstantOfHour('h.hour_start'))}
         ) AS p
        GROUP BY 1, 2`,
    );
    for (const [level, start] of [['hourly', 'hour_start'], ['daily', 'day_start']]) {
      await tx.query(
        `INSERT INTO metric_${level} (metric_key, ${start}, ${STATS_COLUMNS})
         SELECT s.metric_key, p.${start}, ${MERGED_STATS.join(', ')} FROM observation_${level} p JOIN series s ON s.id = p.series_id GROUP BY 1, 2`,
      );
    }
    return true;
  });
  if (rebuilt) await db.query('ANALYZE observation_hourly, observation_daily, metric_hourly, metric_daily');
  return rebuilt;
}

const rollupZones = new WeakMap<DataSource, { timeZone: string; ready: Promise<void> }>();

/** Once per process: the daily rollup must be cut in the zone the reader buckets in. */
function ensureRollups(db: DataSource, timeZone: string): Promise<void> {
  const known = rollupZones.get(db);
  if (known?.timeZone === timeZone) return known.ready;
  const ready = (async () => {
    const [state] = await db.query('SELECT time_zone FROM rollup_state');
    if (state.time_zone !== timeZone) await rebuildRollups(db, timeZone, { onlyIfZoneChanged: true });
  })();
  rollupZones.set(db, { timeZone, ready });
  ready.catch(() => {
    if (rollupZones.get(db)?.ready === ready) rollupZones.delete(db);
  });
  return ready;
}

interface Span {
  from: Date;
  to: Date;
}

/** The parts of a range each source answers; together they cover it exactly once. */
interface SourcePlan {
  days: Span[];
  hours: Span[];
  raw: Span[];
}

function nextMidnight(instant: Date, timeZone: string): number {
  const start = startOf(instant, 'DAY', timeZone);
  if (start.getTime() === instant.getTime()) return start.getTime();
  // Re-anchoring keeps local midnight after a day whose midnight fell in a DST gap, as bucketStarts does.
  return startOf(add(start, 'DAY', 1, timeZone), 'DAY', timeZone).getTime();
}

/**
 * Splits a range into whole local days (daily rollup), whole UTC hours (hourly rollup) and the rest (raw
 * rows): the range's ragged ends, and any hour a bucket boundary cuts — local midnights in Asia/Kolkata,
 * local hours in every half-hour zone. No part crosses a bucket boundary, so each row is bucketed by its start.
 */
function planSources(range: TimeRange, granularity: Granularity | null | undefined, timeZone: string): SourcePlan {
  const plan: SourcePlan = { days: [], hours: [], raw: [] };
  const push = (spans: Span[], from: number, to: number) => {
    if (from >= to) return;
    const last = spans.at(-1);
    if (last && last.to.getTime() === from) last.to = new Date(to);
    else spans.push({ from: new Date(from), to: new Date(to) });
  };
  const insideOneBucket = (from: number, to: number) => {
    const wholeFrom = Math.ceil(from / HOUR_MS) * HOUR_MS;
    const wholeTo = Math.floor(to / HOUR_MS) * HOUR_MS;
    if (wholeFrom >= wholeTo) return push(plan.raw, from, to);
    push(plan.raw, from, wholeFrom);
    push(plan.hours, wholeFrom, wholeTo);
    push(plan.raw, wholeTo, to);
  };
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (granularity === 'HOUR') {
    const starts = bucketStarts(range, 'HOUR', timeZone).map((start) => start.getTime());
    starts.forEach((start, i) => insideOneBucket(Math.max(start, from), Math.min(starts[i + 1] ?? to, to)));
    return plan;
  }
  // Days, weeks, months and quarters are made of whole local days.
  const firstMidnight = nextMidnight(range.from, timeZone);
  const lastMidnight = startOf(range.to, 'DAY', timeZone).getTime();
  if (firstMidnight > lastMidnight) {
    insideOneBucket(from, to);
  } else {
    insideOneBucket(from, firstMidnight);
    push(plan.days, firstMidnight, lastMidnight);
    insideOneBucket(lastMidnight, to);
  }
  return plan;
}

/** Parameters, series, group and filter expressions shared by the rollup and the raw queries. */
class StatsSql {
  readonly params: unknown[];

  constructor(private readonly request: StatsRequest) {
    this.params = [request.metricKeys];
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** The bucket of a row at `at`, cut in the organisation's zone by PostgreSQL, DST included. */
  bucket(at: string): string {
    const { granularity, timeZone } = this.request;
    if (!granularity) return 'NULL::timestamptz';
    const zone = this.param(timeZone);
    return `date_trunc(${this.param(TRUNC_UNIT[granularity])}, ${at} AT TIME ZONE ${zone}) AT TIME ZONE ${zone}`;
  }

  /** Only a LAST metric needs each series apart; the rest roll up the same from one merged row per cell. */
  series(): string {
    return `CASE WHEN m.aggregation = 'LAST' THEN s.series_key ELSE '' END`;
  }

  group(): string {
    return this.request.groupBy ? `s.dimensions ->> ${this.param(this.request.groupBy)}` : 'NULL::text';
  }

  /** Metric and dimension conditions on series `s` of metric `m`. */
  where(): string {
    const filters = (this.request.filters ?? []).map((f) => `AND s.dimensions ->> ${this.param(f.dimension)} = ANY(${this.param(f.values)})`);
    return `m.key = s.metric_key AND s.metric_key = ANY($1) ${filters.join(' ')}`;
  }
}

/** Times as epoch milliseconds (truncated exactly, as pg's text parsing does): a Date from a number is far cheaper than from text. */
function withEpochTimes(query: string): string {
  const ms = (column: string) => `floor(extract(epoch FROM q.${column}) * 1000)::float8 AS ${column}`;
  return `SELECT q.metric_key, q.series_key, ${ms('bucket')}, q.grp, q.sum, q.count, q.min, q.max, q.last, ${ms('last_at')}, ${ms('updated_at')}
            FROM (${query}) AS q`;
}

function toRows(rows: Array<Record<string, unknown>>): StatsRow[] {
  return rows.map((r) => ({
    metricKey: r.metric_key as string,
    series: r.series_key as string,
    bucket: r.bucket === null ? null : new Date(r.bucket as number),
    group: (r.grp as string | null) ?? null,
    sum: Number(r.sum),
    count: Number(r.count),
    min: Number(r.min),
    max: Number(r.max),
    last: Number(r.last),
    lastAt: new Date(r.last_at as number),
    updatedAt: new Date(r.updated_at as number),
  }));
}

/** Where one level of rollups lives and how its rows attach to their owner (a series `s` or a metric `m`). */
interface Level {
  daily: string;
  hourly: string;
  owns: (alias: string) => string;
  /** The owner's raw rows `o` within the spans `r`. */
  raw: string;
}

const SERIES_LEVEL: Level = {
  daily: 'observation_daily', hourly: 'observation_hourly', owns: (alias) => `${alias}.series_id = s.id`,
  raw: 'JOIN observation o ON o.series_id = s.id AND o.at >= r.a AND o.at < r.b',
};
// One index probe per series of the metric: left to itself, the planner hashes every series' rows of the span.
// OFFSET 0 keeps it from flattening the LATERAL subquery back into that join.
const METRIC_LEVEL: Level = {
  daily: 'metric_daily', hourly: 'metric_hourly', owns: (alias) => `${alias}.metric_key = m.key`,
  raw: `JOIN series rs ON rs.metric_key = m.key
        CROSS JOIN LATERAL (SELECT x.at, x.value, x.updated_at FROM observation x WHERE x.series_id = rs.id AND x.at >= r.a AND x.at < r.b OFFSET 0) AS o`,
};

/**
 * Per series (and bucket and group) stats of base metrics: enough to roll any aggregation up exactly. Series
 * are kept apart only for LAST metrics (`series` is '' for the others), and without filters or grouping the
 * others are read from the per-metric rollups, every series merged. Each part of the range comes from the
 * coarsest rollup that fits it, and raw rows only where no rollup covers exactly, so the cost follows the
 * number of metrics and buckets, not of points.
 */
export async function queryStats(db: DataSource | EntityManager, request: StatsRequest): Promise<StatsRow[]> {
  if (request.metricKeys.length === 0) return [];
  await ensureRollups(db instanceof DataSource ? db : db.connection, request.timeZone);
  const plan = planSources(request.range, request.granularity, request.timeZone);
  const sql = new StatsSql(request);
  const spans = (list: Span[]) => `unnest(${sql.param(list.map((s) => s.from))}::timestamptz[], ${sql.param(list.map((s) => s.to))}::timestamptz[]) AS r(a, b)`;
  // A day row is its own DAY bucket, and is found among coarser buckets' starts (local midnights, like it) by
  // binary search: no time-zone conversion per row. Hour and raw rows are bucketed as the raw query does.
  const dayBucket = () => {
    if (!request.granularity) return 'NULL::timestamptz';
    if (request.granularity === 'DAY') return 'd.day_start';
    const starts = `${sql.param(bucketStarts(request.range, request.granularity, request.timeZone))}::timestamptz[]`;
    return `(${starts})[width_bucket(d.day_start, ${starts})]`;
  };
  const rows = (level: Level) => [
    plan.days.length > 0 && `SELECT ${dayBucket()}, ${columnsOf('d')}
       FROM ${spans(plan.days)} JOIN ${level.daily} d ON ${level.owns('d')} AND d.day_start >= r.a AND d.day_start < r.b`,
    plan.hours.length > 0 && `SELECT ${sql.bucket('h.hour_start')}, ${columnsOf('h')}
       FROM ${spans(plan.hours)} JOIN ${level.hourly} h ON ${level.owns('h')} AND h.hour_start >= r.a AND h.hour_start < r.b`,
    plan.raw.length > 0 && `SELECT ${sql.bucket('o.at')}, ${RAW_ROW_STATS} FROM ${spans(plan.raw)} ${level.raw}`,
  ].filter(Boolean).join(' UNION ALL ');
  const merged = !request.groupBy && !request.filters?.length;
  const queries = [
    `SELECT s.metric_key, ${sql.series()} AS series_key, p.bucket, ${sql.group()} AS grp, ${named(mergedStats(LAST_ONLY))}
       FROM series s CROSS JOIN metric m CROSS JOIN LATERAL (${rows(SERIES_LEVEL)}) AS p(bucket, ${STATS_COLUMNS})
      WHERE ${sql.where()} ${merged ? `AND m.aggregation = 'LAST'` : ''}
      GROUP BY 1, 2, 3, 4`,
  ];
  if (merged) {
    queries.push(`SELECT m.key, '', p.bucket, NULL::text, ${named(mergedStats(LAST_ONLY))}
       FROM metric m CROSS JOIN LATERAL (${rows(METRIC_LEVEL)}) AS p(bucket, ${STATS_COLUMNS})
      WHERE m.key = ANY($1) AND m.aggregation <> 'LAST'
      GROUP BY 1, 2, 3, 4`);
  }
  return toRows(await db.query(withEpochTimes(queries.join(' UNION ALL ')), sql.params));
}

/**
 * The same stats by a plain GROUP BY over the raw rows: the reference the rollups must equal.
 */
export async function queryRawStats(db: DataSource | EntityManager, request: StatsRequest): Promise<StatsRow[]> {
  if (request.metricKeys.length === 0) return [];
  const sql = new StatsSql(request);
  const from = sql.param(request.range.from);
  const to = sql.param(request.range.to);
  const rows: Array<Record<string, unknown>> = await db.query(
    withEpochTimes(`SELECT s.metric_key, ${sql.series()} AS series_key, ${sql.bucket('o.at')} AS bucket, ${sql.group()} AS grp, ${named(rawStats(LAST_ONLY))}
       FROM observation o JOIN series s ON s.id = o.series_id CROSS JOIN metric m
      WHERE ${sql.where()} AND o.at >= ${from} AND o.at < ${to}
      GROUP BY 1, 2, 3, 4`),
    sql.params,
  );
  return toRows(rows);
}
