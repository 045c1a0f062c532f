import { sql, type RawBuilder } from 'kysely';
import {
  add, bucketStarts, HOUR_MS, PERCENTILE_FRACTIONS, planRollupSources, startOf, type Granularity, type RollupSourcePlan, type SeriesStats, type Span, type TimeRange,
} from '@opshub/metrics';
import type { DataSource } from 'typeorm';
import { readRoute } from '../../database/read-replicas';
import { runSql, type Executor } from '../../database/sql';
import { foldChangesOf } from './rollup.fold';
import { columnsOf, mergedStats, named, RAW_ROW_STATS, rawStats, STATS_COLUMNS } from './rollup.sql';

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
  /** Must be the zone the rollups are cut in (prepareRollups at start-up): the organisation's. */
  timeZone: string;
  granularity?: Granularity | null;
  groupBy?: string | null;
  filters?: readonly DimensionFilter[];
}

/** A stats row as the database returns it: times as epoch milliseconds. */
interface StatsRecord {
  metric_key: string;
  series_key: string;
  bucket: number | null;
  grp: string | null;
  sum: number;
  count: number;
  min: number;
  max: number;
  last: number | null;
  last_at: number;
  updated_at: number;
  values: number[] | null;
}

/** Reads need the latest value of LAST metrics only (`last` is null for the others). */
const LAST_ONLY = ` FILTER (WHERE m.aggregation = 'LAST')`;
const STATS_ALIAS = sql.raw(`p(bucket, ${STATS_COLUMNS})`);
const raw = sql.raw;
/**
 * Percentile metrics (P50, P90) are never read from the rollups: a percentile cannot be rolled up from sums. Their
 * cells are read from the raw rows and carry every value (sorted), from which rollUp computes the percentile of any
 * union of cells exactly (the whole period from its buckets, a group's total). The rollups are still written for
 * them (nothing reads those rows); every other metric keeps the rollup path.
 */
const PERCENTILE = `m.aggregation IN (${Object.keys(PERCENTILE_FRACTIONS).map((a) => `'${a}'`).join(', ')})`;
const PERCENTILE_VALUES = `array_agg(o.value ORDER BY o.value) FILTER (WHERE ${PERCENTILE})`;
const NO_VALUES = 'NULL::float8[] AS values';

/** The series, group, bucket and filter expressions shared by the rollup and the raw queries. */
class StatsSql {
  private readonly starts: Date[];

  constructor(private readonly request: StatsRequest) {
    this.starts = request.granularity ? bucketStarts(request.range, request.granularity, request.timeZone) : [];
  }

  /**
   * The bucket of a row at `at`: the last of the range's bucket starts (bucketStarts, in the organisation's
   * zone) at or before it, found by binary search. Buckets are instants, so an hour the clocks repeat at a
   * fall-back is two buckets; truncating local wall time (date_trunc on `at AT TIME ZONE`) would merge them.
   */
  bucket(at: string): RawBuilder<unknown> {
    if (!this.request.granularity) return sql`NULL::timestamptz`;
    return sql`(${this.starts}::timestamptz[])[width_bucket(${raw(at)}, ${this.starts}::timestamptz[])]`;
  }

  /** Only a LAST metric needs each series apart; the rest roll up the same from one merged row per cell. */
  series(): RawBuilder<unknown> {
    return sql`CASE WHEN m.aggregation = 'LAST' THEN s.series_key ELSE '' END`;
  }

  group(): RawBuilder<unknown> {
    return this.request.groupBy ? sql`s.dimensions ->> ${this.request.groupBy}` : sql`NULL::text`;
  }

  /** Metric and dimension conditions on series `s` of metric `m`. */
  where(): RawBuilder<unknown> {
    const filters = (this.request.filters ?? []).map((f) => sql`AND s.dimensions ->> ${f.dimension} = ANY(${f.values})`);
    return sql`m.key = s.metric_key AND s.metric_key = ANY(${this.request.metricKeys}) ${sql.join(filters, sql` `)}`;
  }
}

/** Times as epoch milliseconds (truncated exactly, as pg's text parsing does): a Date from a number is far cheaper than from text. */
function withEpochTimes(query: RawBuilder<unknown>): RawBuilder<StatsRecord> {
  const ms = (column: string) => raw(`floor(extract(epoch FROM q.${column}) * 1000)::float8 AS ${column}`);
  return sql<StatsRecord>`SELECT q.metric_key, q.series_key, ${ms('bucket')}, q.grp, q.sum, q.count, q.min, q.max, q.last, ${ms('last_at')}, ${ms('updated_at')}, q.values
            FROM (${query}) AS q`;
}

function toRows(rows: StatsRecord[]): StatsRow[] {
  return rows.map((r) => ({
    metricKey: r.metric_key,
    series: r.series_key,
    bucket: r.bucket === null ? null : new Date(r.bucket),
    group: r.grp ?? null,
    sum: Number(r.sum),
    count: Number(r.count),
    min: Number(r.min),
    max: Number(r.max),
    last: Number(r.last),
    lastAt: new Date(r.last_at),
    updatedAt: new Date(r.updated_at),
    ...(r.values ? { values: r.values.map(Number) } : {}),
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
 * Per series (and bucket and group) stats of base metrics: enough to roll any aggregation up exactly (percentile
 * metrics from their raw values, see PERCENTILE). Series
 * are kept apart only for LAST metrics (`series` is '' for the others), and without filters or grouping the
 * others are read from the per-metric rollups, every series merged. Each part of the range comes from the
 * coarsest rollup that fits it (planRollupSources), and raw rows only where no rollup covers exactly, so the
 * cost follows the number of metrics and buckets, not of points. Rollups are read after folding the metrics'
 * changes committed so far (writes leave them behind), so the result equals the raw computation.
 */
export async function queryStats(db: DataSource, request: StatsRequest): Promise<StatsRow[]> {
  if (request.metricKeys.length === 0) return [];
  const plan = planRollupSources(request.range, request.granularity, request.timeZone);
  // An empty range has nothing to read (and no part to build a query from).
  if (plan.days.length + plan.hours.length + plan.raw.length === 0) return [];
  const rollups = plan.days.length + plan.hours.length > 0;
  return readRoute(db, request.metricKeys, async (reader, onReplica) => {
    if (!onReplica) {
      if (rollups) await foldChangesOf(reader, request.metricKeys);
      return statsFrom(reader, request, plan);
    }
    // A replica cannot fold (it cannot write): in one snapshot, the rollup rows the pending changes leave behind are
    // read from the raw rows instead. Changes and rollups commit together, so the snapshot's pending changes name
    // exactly the hours (and their local days) whose rollups miss points.
    return reader.transaction('REPEATABLE READ', async (tx) => {
      const pending = rollups ? await pendingHours(tx, request.metricKeys) : [];
      return statsFrom(tx, request, withoutPending(plan, pending, request.timeZone));
    });
  });
}

/** The UTC hours (epoch ms) that changes not yet folded touched in some series of these metrics. */
async function pendingHours(executor: Executor, metricKeys: readonly string[]): Promise<number[]> {
  const rows = await runSql(executor, sql<{ hour: number }>`
    SELECT DISTINCT floor(extract(epoch FROM hour_start) * 1000)::float8 AS hour FROM rollup_change WHERE metric_key = ANY(${metricKeys})`);
  return rows.map((row) => Number(row.hour));
}

/** `spans` less the `cuts` ([from, to) in epoch ms); what was cut out goes to `removed`. */
function cutSpans(spans: readonly Span[], cuts: ReadonlyArray<readonly [number, number]>, removed: Span[]): Span[] {
  const ordered = [...cuts].sort((a, b) => a[0] - b[0]);
  const kept: Span[] = [];
  const push = (list: Span[], from: number, to: number) => {
    if (from < to) list.push({ from: new Date(from), to: new Date(to) });
  };
  for (const span of spans) {
    const end = span.to.getTime();
    let at = span.from.getTime();
    for (const [from, to] of ordered) {
      if (to <= at || from >= end) continue;
      push(kept, at, Math.max(at, from));
      push(removed, Math.max(at, from), Math.min(end, to));
      at = Math.min(end, to);
    }
    push(kept, at, end);
  }
  return kept;
}

/**
 * The plan with every hourly rollup of a pending hour, and every daily rollup of a local day overlapping one,
 * read from the raw rows instead: the read-only way to merge the pending tail (what a fold would bring in).
 */
export function withoutPending(plan: RollupSourcePlan, pendingHourStarts: readonly number[], timeZone: string): RollupSourcePlan {
  if (pendingHourStarts.length === 0) return plan;
  const dayOf = (at: number): [number, number] => {
    const start = startOf(new Date(at), 'DAY', timeZone);
    return [start.getTime(), add(start, 'DAY', 1, timeZone).getTime()];
  };
  const raw = [...plan.raw];
  const hours = cutSpans(plan.hours, pendingHourStarts.map((hour) => [hour, hour + HOUR_MS] as const), raw);
  // An hour of a half-hour zone may straddle two local days.
  const days = cutSpans(plan.days, pendingHourStarts.flatMap((hour) => [dayOf(hour), dayOf(hour + HOUR_MS - 1)]), raw);
  return { days, hours, raw };
}

async function statsFrom(db: Executor, request: StatsRequest, plan: RollupSourcePlan): Promise<StatsRow[]> {
  const stats = new StatsSql(request);
  const spans = (list: Span[]) => sql`unnest(${list.map((s) => s.from)}::timestamptz[], ${list.map((s) => s.to)}::timestamptz[]) AS r(a, b)`;
  // A day row is its own DAY bucket; in coarser buckets it is found like any row.
  const dayBucket = () => (request.granularity === 'DAY' ? sql`d.day_start` : stats.bucket('d.day_start'));
  const rows = (level: Level) => sql.join([
    plan.days.length > 0 && sql`SELECT ${dayBucket()}, ${raw(columnsOf('d'))}
       FROM ${spans(plan.days)} JOIN ${raw(`${level.daily} d ON ${level.owns('d')}`)} AND d.day_start >= r.a AND d.day_start < r.b`,
    plan.hours.length > 0 && sql`SELECT ${stats.bucket('h.hour_start')}, ${raw(columnsOf('h'))}
       FROM ${spans(plan.hours)} JOIN ${raw(`${level.hourly} h ON ${level.owns('h')}`)} AND h.hour_start >= r.a AND h.hour_start < r.b`,
    plan.raw.length > 0 && sql`SELECT ${stats.bucket('o.at')}, ${raw(RAW_ROW_STATS)} FROM ${spans(plan.raw)} ${raw(level.raw)}`,
  ].filter((part): part is RawBuilder<unknown> => part !== false), sql` UNION ALL `);
  const merged = !request.groupBy && !request.filters?.length;
  const queries = [
    sql`SELECT s.metric_key, ${stats.series()} AS series_key, p.bucket, ${stats.group()} AS grp, ${raw(named(mergedStats(LAST_ONLY)))}, ${raw(NO_VALUES)}
       FROM series s CROSS JOIN metric m CROSS JOIN LATERAL (${rows(SERIES_LEVEL)}) AS ${STATS_ALIAS}
      WHERE ${stats.where()} AND NOT ${raw(PERCENTILE)} ${merged ? sql`AND m.aggregation = 'LAST'` : sql``}
      GROUP BY 1, 2, 3, 4`,
    sql`SELECT s.metric_key, '' AS series_key, ${stats.bucket('o.at')} AS bucket, ${stats.group()} AS grp, ${raw(named(rawStats(LAST_ONLY)))}, ${raw(PERCENTILE_VALUES)} AS values
       FROM series s CROSS JOIN metric m JOIN observation o ON o.series_id = s.id AND o.at >= ${request.range.from} AND o.at < ${request.range.to}
      WHERE ${stats.where()} AND ${raw(PERCENTILE)}
      GROUP BY 1, 2, 3, 4`,
  ];
  if (merged) {
    queries.push(sql`SELECT m.key, '', p.bucket, NULL::text, ${raw(named(mergedStats(LAST_ONLY)))}, ${raw(NO_VALUES)}
       FROM metric m CROSS JOIN LATERAL (${rows(METRIC_LEVEL)}) AS ${STATS_ALIAS}
      WHERE m.key = ANY(${request.metricKeys}) AND m.aggregation <> 'LAST' AND NOT ${raw(PERCENTILE)}
      GROUP BY 1, 2, 3, 4`);
  }
  return toRows(await runSql(db, withEpochTimes(sql.join(queries, sql` UNION ALL `))));
}

/**
 * The same stats by a plain GROUP BY over the raw rows: the reference the rollups must equal.
 */
export async function queryRawStats(db: Executor, request: StatsRequest): Promise<StatsRow[]> {
  if (request.metricKeys.length === 0) return [];
  const stats = new StatsSql(request);
  return toRows(await runSql(db, withEpochTimes(sql`
    SELECT s.metric_key, ${stats.series()} AS series_key, ${stats.bucket('o.at')} AS bucket, ${stats.group()} AS grp, ${raw(named(rawStats(LAST_ONLY)))},
           ${raw(PERCENTILE_VALUES)} AS values
      FROM observation o JOIN series s ON s.id = o.series_id CROSS JOIN metric m
     WHERE ${stats.where()} AND o.at >= ${request.range.from} AND o.at < ${request.range.to}
     GROUP BY 1, 2, 3, 4`)));
}

/**
 * How many observations of the metrics lie in the range and pass the filters: the rollups' counts, so the
 * cost follows the number of series and buckets, not of points. Equals count(*) over the raw rows.
 */
export async function countObservations(db: DataSource, request: Omit<StatsRequest, 'granularity' | 'groupBy'>): Promise<number> {
  // With filters the query reads per series (filters are series dimensions); without, per metric.
  const rows = await queryStats(db, { ...request, granularity: null, groupBy: null });
  return rows.reduce((total, row) => total + row.count, 0);
}
