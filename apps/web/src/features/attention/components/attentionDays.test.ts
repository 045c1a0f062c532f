import { describe, expect, it } from 'vitest';
import { attentionDays } from './attentionDays';

describe('attentionDays', () => {
  it.each([
    ['since today', '2026-03-10T00:00:00Z', '2026-03-10T15:00:00Z', 'UTC', 1],
    ['since yesterday', '2026-03-09T00:00:00Z', '2026-03-10T00:30:00Z', 'UTC', 2],
    // Madrid springs forward on Mar 29 (23 h): from its midnight to 23:30 on Mar 30 is 46.5 h and two days.
    ['across the spring change', '2026-03-28T23:00:00Z', '2026-03-30T21:30:00Z', 'Europe/Madrid', 2],
    // New York falls back on Nov 1 (25 h): from Oct 31's midnight to 23:30 on Nov 1 is 48.5 h and still two days.
    ['across the autumn change', '2026-10-31T04:00:00Z', '2026-11-02T04:30:00Z', 'America/New_York', 2],
    ['a local day that is another UTC day', '2026-03-09T23:00:00Z', '2026-03-10T22:30:00Z', 'Europe/Madrid', 1],
  ])('%s', (_, since, now, timeZone, expected) => {
    expect(attentionDays(new Date(since), new Date(now), timeZone)).toBe(expected);
  });
});
