/**
 * Freshness: a metric that should receive data every `expectedIntervalMinutes` is overdue ("stale") once that
 * long has passed since its data last arrived. A metric that never received data, or has no expected
 * interval, is never stale: there is no old number to mistake for a current one.
 */

export interface Freshness {
  /** When the data became overdue (last arrival + the interval); null while fresh. */
  staleSince: Date | null;
  /** When it becomes overdue if nothing arrives; null without data or interval. */
  dueBy: Date | null;
}

export const MINUTE_MS = 60_000;

export function freshnessOf(lastDataAt: Date | null, expectedIntervalMinutes: number | null, now: Date): Freshness {
  if (!lastDataAt || !expectedIntervalMinutes || !(expectedIntervalMinutes > 0)) return { staleSince: null, dueBy: null };
  const dueBy = new Date(lastDataAt.getTime() + expectedIntervalMinutes * MINUTE_MS);
  return { staleSince: now.getTime() > dueBy.getTime() ? dueBy : null, dueBy };
}

/** Minutes since the data last arrived, what a FRESHNESS rule compares with the interval. */
export function ageMinutes(lastDataAt: Date, now: Date): number {
  return Math.max(0, (now.getTime() - lastDataAt.getTime()) / MINUTE_MS);
}

/** Longest expected interval an editor accepts: 90 days. */
export const MAX_EXPECTED_INTERVAL_MINUTES = 90 * 24 * 60;

/** null when fine, else why the interval is not usable. */
export function checkExpectedInterval(minutes: number): string | null {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_EXPECTED_INTERVAL_MINUTES
    ? null
    : `must be a whole number of minutes from 1 to ${MAX_EXPECTED_INTERVAL_MINUTES}`;
}
