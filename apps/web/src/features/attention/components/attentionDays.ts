import { toZonedParts } from '@opshub/metrics';

const DAY_MS = 86_400_000;

/** Local calendar days from `since` to `now`, both counted: since today is 1. Exact across DST changes. */
export function attentionDays(since: Date, now: Date, timeZone: string): number {
  const dayNumber = (at: Date) => {
    const { year, month, day } = toZonedParts(at, timeZone);
    return Date.UTC(year, month - 1, day) / DAY_MS;
  };
  return Math.max(1, dayNumber(now) - dayNumber(since) + 1);
}
