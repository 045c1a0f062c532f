import { dueReviewPeriod, isReviewOverdue } from './review-schedule';
import type { ReviewCadence } from './types';

// Transitions used below: Europe/Madrid CET→CEST 2026-03-29 01:00Z, CEST→CET 2026-10-25 01:00Z;
// America/New_York EDT→EST 2025-11-02, EST→EDT 2026-03-08. 2026-10-26 is a Monday.
describe('dueReviewPeriod', () => {
  it.each<[ReviewCadence, string, string, string, string, string]>([
    // The first instant of April in Madrid (CEST, +2): March is due, February ended in CET (+1).
    ['MONTHLY', '2026-03-31T22:00:00.000Z', 'Europe/Madrid', '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z', '2026-04-05T22:00:00.000Z'],
    // One second earlier it is still 31 March in Madrid: February is the month due.
    ['MONTHLY', '2026-03-31T21:59:59.000Z', 'Europe/Madrid', '2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z', '2026-03-05T23:00:00.000Z'],
    // The same instant in UTC: February too, cut at UTC midnights.
    ['MONTHLY', '2026-03-31T21:59:59.000Z', 'UTC', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-03-06T00:00:00.000Z'],
    // The day of the spring change: 28 March (24 h) is due; it is reviewed by midnight of 29 March, a 23-hour day.
    ['DAILY', '2026-03-29T12:00:00.000Z', 'Europe/Madrid', '2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    // The day after the autumn change: 25 October (25 hours long) is due.
    ['DAILY', '2026-10-26T08:00:00.000Z', 'Europe/Madrid', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', '2026-10-26T23:00:00.000Z'],
    // The week of 19–25 October (it ends in CET, starts in CEST): due Monday 26 October, overdue two days later.
    ['WEEKLY', '2026-10-26T10:00:00.000Z', 'Europe/Madrid', '2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z', '2026-10-27T23:00:00.000Z'],
    // 23:59 on 31 March in New York is still the first quarter: the last quarter of 2025 is the one due.
    ['QUARTERLY', '2026-04-01T03:59:00.000Z', 'America/New_York', '2025-10-01T04:00:00.000Z', '2026-01-01T05:00:00.000Z', '2026-01-11T05:00:00.000Z'],
    ['QUARTERLY', '2026-04-01T04:00:00.000Z', 'America/New_York', '2026-01-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z', '2026-04-11T04:00:00.000Z'],
    ['ANNUAL', '2027-01-01T00:00:00.000Z', 'UTC', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2027-01-21T00:00:00.000Z'],
    // 00:30 on 1 January 2027 in Madrid: the year 2026, cut at Madrid's midnights.
    ['ANNUAL', '2026-12-31T23:30:00.000Z', 'Europe/Madrid', '2025-12-31T23:00:00.000Z', '2026-12-31T23:00:00.000Z', '2027-01-20T23:00:00.000Z'],
  ])('%s at %s in %s: %s to %s, due by %s', (cadence, now, timeZone, from, to, dueBy) => {
    const period = dueReviewPeriod(cadence, new Date(now), timeZone);
    expect({ from: period.from.toISOString(), to: period.to.toISOString(), dueBy: period.dueBy.toISOString() }).toEqual({ from, to, dueBy });
  });
});

describe('isReviewOverdue', () => {
  const dueBy = new Date('2026-04-05T22:00:00.000Z');
  it.each<[string, Date | null, boolean]>([
    ['2026-04-05T21:59:59.999Z', null, false],
    ['2026-04-05T22:00:00.000Z', null, true],
    ['2026-05-01T00:00:00.000Z', new Date('2026-04-02T09:00:00.000Z'), false],
  ])('at %s (completed %s): %s', (now, completedAt, expected) => {
    expect(isReviewOverdue({ dueBy, completedAt }, new Date(now))).toBe(expected);
  });
});
