import { bucketStarts } from './period';
import { add, startOf } from './time-zone';
import type { Granularity, TimeRange } from './types';

/**
 * Pure planning for the server's rollups (observation_hourly/daily, metric_hourly/daily): which UTC hours
 * a write must refresh, and which table answers which part of a read's range. The SQL that does the work
 * stays in the server; what to do is decided here, where it is tested without a database.
 */

export const HOUR_MS = 3_600_000;

/** Distinct (series, UTC hour) pairs a write touched, in the order given; hours as ISO-8601 strings. */
export interface TouchedHours {
  seriesIds: string[];
  hourStarts: string[];
}

/**
 * The UTC hours a write must refresh: one entry per distinct (series, hour) of `rows`, which must come
 * sorted by series and time (the order the writer locks and writes them in).
 */
export function touchedHours(rows: ReadonlyArray<{ seriesId: string; at: Date }>): TouchedHours {
  const touched: TouchedHours = { seriesIds: [], hourStarts: [] };
  let lastKey = '';
  for (const { seriesId, at } of rows) {
    const hour = Math.floor(at.getTime() / HOUR_MS) * HOUR_MS;
    const key = `${seriesId}:${hour}`;
    if (key === lastKey) continue;
    lastKey = key;
    touched.seriesIds.push(seriesId);
    touched.hourStarts.push(new Date(hour).toISOString());
  }
  return touched;
}

export interface Span {
  from: Date;
  to: Date;
}

/** The parts of a range each source answers; together they cover it exactly once, each list in time order. */
export interface RollupSourcePlan {
  /** Whole local days: the daily rollups. */
  days: Span[];
  /** Whole UTC hours: the hourly rollups. */
  hours: Span[];
  /** The rest: raw observations. */
  raw: Span[];
}

function nextMidnight(instant: Date, timeZone: string): number {
  const start = startOf(instant, 'DAY', timeZone);
  if (start.getTime() === instant.getTime()) return start.getTime();
  // Re-anchoring keeps local midnight after a day whose midnight fell in a DST gap, as bucketStarts does.
  return startOf(add(start, 'DAY', 1, timeZone), 'DAY', timeZone).getTime();
}

/**
 * Splits a range into whole local days of `timeZone` (daily rollup), whole UTC hours (hourly rollup) and
 * the rest (raw rows): the range's ragged ends, and any hour a bucket boundary cuts — local midnights in
 * Asia/Kolkata, local hours in every half-hour zone. No part crosses a bucket of `granularity` (null: one
 * bucket, the whole range), so each part's rows are bucketed by their own start.
 */
export function planRollupSources(range: TimeRange, granularity: Granularity | null | undefined, timeZone: string): RollupSourcePlan {
  const plan: RollupSourcePlan = { days: [], hours: [], raw: [] };
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
  if (from >= to) return plan;
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
