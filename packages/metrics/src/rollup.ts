import { percentile } from './aggregate';
import { PERCENTILE_FRACTIONS, type Aggregation } from './types';

/**
 * What the database keeps per series and time bucket. These five numbers are enough to roll any
 * aggregation up exactly across buckets and series, which is what lets a pre-aggregated bucket
 * answer the same as the raw points.
 */
export interface SeriesStats {
  series: string;
  sum: number;
  count: number;
  min: number;
  max: number;
  /** Value of the latest point, and when it was taken. */
  last: number;
  lastAt: Date;
  /**
   * Percentile metrics (P50, P90) only: every value of the group's points. A percentile cannot be rolled up from the
   * five numbers above, so these metrics carry their raw values and are merged by concatenation (exact, and only as
   * large as the number of cases in the period).
   */
  values?: readonly number[];
}

/** Merges stats of the same series across buckets (order does not matter). */
export function mergeSeriesStats(a: SeriesStats, b: SeriesStats): SeriesStats {
  const latest = b.lastAt.getTime() > a.lastAt.getTime() ? b : a;
  return {
    series: a.series,
    sum: a.sum + b.sum,
    count: a.count + b.count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    last: latest.last,
    lastAt: latest.lastAt,
    ...(a.values || b.values ? { values: [...(a.values ?? []), ...(b.values ?? [])] } : {}),
  };
}

/** Rolls bucket-level stats of many series up to one value by the metric's aggregation; null without data. */
export function rollUp(stats: readonly SeriesStats[], aggregation: Aggregation): number | null {
  if (stats.length === 0) return null;
  const perSeries = new Map<string, SeriesStats>();
  for (const s of stats) {
    const seen = perSeries.get(s.series);
    perSeries.set(s.series, seen ? mergeSeriesStats(seen, s) : s);
  }
  const all = [...perSeries.values()];
  switch (aggregation) {
    case 'SUM':
      return all.reduce((acc, s) => acc + s.sum, 0);
    case 'LAST':
      return all.reduce((acc, s) => acc + s.last, 0);
    case 'AVG': {
      const count = all.reduce((acc, s) => acc + s.count, 0);
      return count === 0 ? null : all.reduce((acc, s) => acc + s.sum, 0) / count;
    }
    case 'MIN':
      return Math.min(...all.map((s) => s.min));
    case 'MAX':
      return Math.max(...all.map((s) => s.max));
    case 'P50':
    case 'P90':
      return percentile(all.flatMap((s) => s.values ?? []), PERCENTILE_FRACTIONS[aggregation]);
  }
}

/**
 * The value of a time bucket that began and holds no point. A flow (SUM: leads, revenue) had nothing happen in it: 0.
 * A stock or a reading (LAST, AVG, MIN, MAX, P50, P90: ARR, uptime, a score, a median time) was not measured there: a gap (null), drawn as a
 * gap and never as a drop to 0. Ratios of flows follow from their inputs (0 / 0 is no value).
 */
export function emptyBucketValue(aggregation: Aggregation): 0 | null {
  return aggregation === 'SUM' ? 0 : null;
}
