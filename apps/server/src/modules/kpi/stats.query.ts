import type { DataSource, EntityManager } from 'typeorm';
import type { Granularity, SeriesStats, TimeRange } from '@opshub/metrics';

export interface DimensionFilter {
  dimension: string;
  values: string[];
}

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

const TRUNC_UNIT: Record<Granularity, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };

/**
 * Per series (and bucket and group) stats of base metrics: enough to roll any aggregation up exactly.
 * Buckets are cut in the organisation's time zone by PostgreSQL, DST included.
 */
export async function queryStats(db: DataSource | EntityManager, request: StatsRequest): Promise<StatsRow[]> {
  if (request.metricKeys.length === 0) return [];
  const params: unknown[] = [request.metricKeys, request.range.from, request.range.to];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const bucket = request.granularity
    ? `date_trunc(${param(TRUNC_UNIT[request.granularity])}, o.at AT TIME ZONE ${param(request.timeZone)}) AT TIME ZONE $${params.length}`
    : 'NULL::timestamptz';
  const group = request.groupBy ? `s.dimensions ->> ${param(request.groupBy)}` : 'NULL::text';
  const filters = (request.filters ?? []).map((f) => `s.dimensions ->> ${param(f.dimension)} = ANY(${param(f.values)})`);
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT s.metric_key, s.series_key, ${bucket} AS bucket, ${group} AS grp,
            sum(o.value)::float8 AS sum, count(*)::int AS count, min(o.value) AS min, max(o.value) AS max,
            (array_agg(o.value ORDER BY o.at DESC))[1] AS last, max(o.at) AS last_at, max(o.updated_at) AS updated_at
       FROM observation o JOIN series s ON s.id = o.series_id
      WHERE s.metric_key = ANY($1) AND o.at >= $2 AND o.at < $3 ${filters.map((f) => `AND ${f}`).join(' ')}
      GROUP BY s.metric_key, s.series_key, 3, 4`,
    params,
  );
  return rows.map((r) => ({
    metricKey: r.metric_key as string,
    series: r.series_key as string,
    bucket: (r.bucket as Date | null) ?? null,
    group: (r.grp as string | null) ?? null,
    sum: Number(r.sum),
    count: Number(r.count),
    min: Number(r.min),
    max: Number(r.max),
    last: Number(r.last),
    lastAt: r.last_at as Date,
    updatedAt: r.updated_at as Date,
  }));
}
