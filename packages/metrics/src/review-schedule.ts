import { add, startOf, type CalendarUnit } from './time-zone';
import type { ReviewCadence } from './types';

/** The calendar period each review cadence looks back over. */
export const REVIEW_PERIOD_UNITS: Readonly<Record<ReviewCadence, CalendarUnit>> = {
  DAILY: 'DAY', WEEKLY: 'WEEK', MONTHLY: 'MONTH', QUARTERLY: 'QUARTER', ANNUAL: 'YEAR',
};

/** Local days the owner has, once a review opens, before it is overdue. */
export const REVIEW_GRACE_DAYS: Readonly<Record<ReviewCadence, number>> = {
  DAILY: 1, WEEKLY: 2, MONTHLY: 5, QUARTERLY: 10, ANNUAL: 20,
};

export interface ReviewPeriod {
  /** The first instant of the period reviewed. */
  from: Date;
  /** The end (exclusive) of the period reviewed: the review opens then. */
  to: Date;
  /** When the review becomes overdue: `REVIEW_GRACE_DAYS` local days after it opens. */
  dueBy: Date;
}

/**
 * The review due at `now`: the one of the last whole period before now (the month that ended at the last local
 * midnight of a first of the month, the ISO week that ended at the last Monday's midnight…), cut in the
 * organisation's zone, so a period is 23, 24 or 25 hours a day around DST changes. The same period is returned
 * all through the next one: opening it is idempotent per (subject, period).
 */
export function dueReviewPeriod(cadence: ReviewCadence, now: Date, timeZone: string): ReviewPeriod {
  const unit = REVIEW_PERIOD_UNITS[cadence];
  const to = startOf(now, unit, timeZone);
  return { from: add(to, unit, -1, timeZone), to, dueBy: add(to, 'DAY', REVIEW_GRACE_DAYS[cadence], timeZone) };
}

/** An open review is overdue once its due time has passed; a completed one never is. */
export function isReviewOverdue(review: { dueBy: Date; completedAt: Date | null }, now: Date): boolean {
  return review.completedAt === null && now.getTime() >= review.dueBy.getTime();
}
