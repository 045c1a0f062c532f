import type { Aggregation } from './types';

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
