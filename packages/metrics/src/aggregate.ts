import { isPercentile, PERCENTILE_FRACTIONS, type Aggregation } from './types';

/** One observation of a metric; `series` is the seriesKey of its dimensions. */
export interface Point {
  at: Date;
  value: number;
  series: string;
}

/**
 * The reference roll-up of a metric's points within one period (the server does the same in SQL).
 * LAST takes each series' latest value and sums across series, so a stock split by region adds up to the
 * total; when a series has two points at the same instant the later one in `points` wins.
 */
export function aggregatePoints(points: readonly Point[], aggregation: Aggregation): number | null {
  if (points.length === 0) return null;
  switch (aggregation) {
    case 'SUM':
      return points.reduce((sum, point) => sum + point.value, 0);
    case 'AVG':
      return points.reduce((sum, point) => sum + point.value, 0) / points.length;
    case 'MIN':
      return points.reduce((min, point) => Math.min(min, point.value), Infinity);
    case 'MAX':
      return points.reduce((max, point) => Math.max(max, point.value), -Infinity);
    case 'P50':
    case 'P90':
      return percentile(points.map((point) => point.value), PERCENTILE_FRACTIONS[aggregation]);
    case 'LAST': {
      const latest = new Map<string, Point>();
      for (const point of points) {
        const current = latest.get(point.series);
        if (!current || point.at.getTime() >= current.at.getTime()) latest.set(point.series, point);
      }
      let sum = 0;
      for (const point of latest.values()) sum += point.value;
      return sum;
    }
  }
}

/**
 * The `fraction` percentile of `values` as PostgreSQL's percentile_cont computes it: sorted ascending, the value at
 * position fraction × (n − 1), interpolated linearly between the two values around it (x[i] + (x[i+1] − x[i]) × f).
 * Of 1, 2, 4, 10: the median is 3 (halfway between 2 and 4), the 90th percentile 8.2 (2.7 → 4 + 0.7 × 6). Always one
 * of the values or between two of them, so it stays within their bounds. null for no values. The arithmetic is
 * PostgreSQL's, step for step in double precision, so the two agree to the last bit (0.9 × 3 is 2.7000000000000002 in both).
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return below === above ? sorted[below] : sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Why a metric cannot take `aggregation`, or null. A percentile is taken over a base metric's own observations (one
 * per case); a derived metric's value is its formula over its inputs' values, with no observations to rank.
 */
export function aggregationProblem(aggregation: Aggregation, formula: string | null | undefined): string | null {
  if (isPercentile(aggregation) && formula?.trim()) {
    return `${aggregation} is a percentile of a base metric's own observations; a derived metric (with a formula) cannot use it`;
  }
  return null;
}

function escapePart(text: string): string {
  return text.replace(/[\\|=]/g, (char) => `\\${char}`);
}

/**
 * Canonical identity of a dimension set: `a=1|b=2` with names sorted, '' for none. `\`, `|` and `=` are
 * backslash-escaped so distinct sets never produce the same key.
 */
export function seriesKey(dimensions: Readonly<Record<string, string>> | null | undefined): string {
  if (!dimensions) return '';
  // Default sort compares UTF-16 code units: the same order on every machine, unlike localeCompare.
  return Object.keys(dimensions)
    .sort()
    .map((name) => `${escapePart(name)}=${escapePart(dimensions[name])}`)
    .join('|');
}
