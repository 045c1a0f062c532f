import {
  MAX_SERIES_POINTS,
  bucketCount,
  bucketStarts,
  comparisonRange,
  defaultGranularity,
  resolveRange,
} from './period';
import type { Comparison, Granularity, RangePreset, RangeSpec, TimeRange } from './types';

const d = (isoString: string) => new Date(isoString);
const range = (from: string, to: string): TimeRange => ({ from: d(from), to: d(to) });
const isoRange = (r: TimeRange) => [r.from.toISOString(), r.to.toISOString()];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('resolveRange', () => {
  it('refuses a range whose default buckets would exceed MAX_SERIES_POINTS, before any work', () => {
    const spec = { from: new Date('1000-01-01T00:00:00Z'), to: new Date('9999-12-31T00:00:00Z') };
    expect(() => resolveRange(spec, new Date(), 'UTC')).toThrow(/range is too long: MONTH buckets over this range would exceed 5000 points/);
    const longest = { from: new Date('1700-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') };
    expect(resolveRange(longest, new Date(), 'UTC')).toEqual(longest);
  });

  it.each<[string, RangeSpec | null | undefined, string, string, string]>([
    // 23:30Z on 1 March is already 00:30 on 2 March in Madrid, so the 7 days are 24 Feb – 2 Mar local.
    ['LAST_7_DAYS just after local midnight', { preset: 'LAST_7_DAYS' }, '2026-03-01T23:30:00.000Z', 'Europe/Madrid', '2026-02-23T23:00:00.000Z'],
    ['LAST_7_DAYS at the same instant in UTC', { preset: 'LAST_7_DAYS' }, '2026-03-01T23:30:00.000Z', 'UTC', '2026-02-23T00:00:00.000Z'],
    // 10 Apr is CEST, 12 Mar is still CET.
    ['LAST_30_DAYS across spring-forward', { preset: 'LAST_30_DAYS' }, '2026-04-10T12:00:00.000Z', 'Europe/Madrid', '2026-03-11T23:00:00.000Z'],
    ['LAST_90_DAYS', { preset: 'LAST_90_DAYS' }, '2026-03-08T12:00:00.000Z', 'America/New_York', '2025-12-09T05:00:00.000Z'],
    ['MONTH_TO_DATE', { preset: 'MONTH_TO_DATE' }, '2026-03-31T10:00:00.000Z', 'Europe/Madrid', '2026-02-28T23:00:00.000Z'],
    ['QUARTER_TO_DATE', { preset: 'QUARTER_TO_DATE' }, '2026-05-20T12:00:00.000Z', 'America/New_York', '2026-04-01T04:00:00.000Z'],
    ['YEAR_TO_DATE on local New Year', { preset: 'YEAR_TO_DATE' }, '2026-12-31T23:30:00.000Z', 'Europe/Madrid', '2026-12-31T23:00:00.000Z'],
    ['default preset for null', null, '2026-04-10T12:00:00.000Z', 'Europe/Madrid', '2026-03-11T23:00:00.000Z'],
    ['default preset for undefined', undefined, '2026-04-10T12:00:00.000Z', 'Europe/Madrid', '2026-03-11T23:00:00.000Z'],
    ['default preset for all-null fields', { preset: null, from: null, to: null }, '2026-04-10T12:00:00.000Z', 'Europe/Madrid', '2026-03-11T23:00:00.000Z'],
  ])('%s', (_, spec, now, timeZone, expectedFrom) => {
    expect(isoRange(resolveRange(spec, d(now), timeZone))).toEqual([expectedFrom, now]);
  });

  it('uses the given default preset', () => {
    const now = '2026-03-31T10:00:00.000Z';
    expect(isoRange(resolveRange({}, d(now), 'Europe/Madrid', 'MONTH_TO_DATE'))).toEqual(['2026-02-28T23:00:00.000Z', now]);
  });

  it('returns a custom range as given', () => {
    const custom = range('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
    expect(isoRange(resolveRange(custom, d('2026-06-01T00:00:00Z'), 'UTC'))).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });

  const jan = d('2026-01-01T00:00:00Z');
  const feb = d('2026-02-01T00:00:00Z');
  it.each<[string, RangeSpec, string]>([
    ['preset with from', { preset: 'LAST_7_DAYS', from: jan }, 'from'],
    ['preset with to', { preset: 'LAST_7_DAYS', to: feb }, 'to'],
    ['from without to', { from: jan }, 'to'],
    ['to without from', { to: feb }, 'from'],
    ['from after to', { from: feb, to: jan }, 'to'],
    ['empty range', { from: jan, to: jan }, 'to'],
    ['invalid from', { from: d('nope'), to: feb }, 'from'],
    ['invalid to', { from: jan, to: d('nope') }, 'to'],
    ['unknown preset', { preset: 'LAST_YEAR' as RangePreset }, 'preset'],
    ['prototype member as preset', { preset: 'toString' as RangePreset }, 'preset'],
  ])('rejects %s with a RangeError naming %s', (_, spec, field) => {
    let error: unknown;
    try {
      resolveRange(spec, d('2026-06-01T00:00:00Z'), 'UTC');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(new RegExp(`^${field} `));
  });
});

describe('comparisonRange', () => {
  it.each<[string, TimeRange, Comparison, string, RangePreset | null | undefined, [string, string]]>([
    [
      // Same elapsed part of February: 1 Feb 00:00 to 28 Feb 12:00 local (31 clamps to 28).
      'PREVIOUS_PERIOD of MONTH_TO_DATE on 31 March',
      range('2026-02-28T23:00:00.000Z', '2026-03-31T10:00:00.000Z'), 'PREVIOUS_PERIOD', 'Europe/Madrid', 'MONTH_TO_DATE',
      ['2026-01-31T23:00:00.000Z', '2026-02-28T11:00:00.000Z'],
    ],
    [
      'PREVIOUS_YEAR of the same range',
      range('2026-02-28T23:00:00.000Z', '2026-03-31T10:00:00.000Z'), 'PREVIOUS_YEAR', 'Europe/Madrid', 'MONTH_TO_DATE',
      ['2025-02-28T23:00:00.000Z', '2025-03-31T10:00:00.000Z'],
    ],
    [
      // 24 Feb – 2 Mar local becomes 17 Feb – 23 Feb local.
      'PREVIOUS_PERIOD of LAST_7_DAYS',
      range('2026-02-23T23:00:00.000Z', '2026-03-01T23:30:00.000Z'), 'PREVIOUS_PERIOD', 'Europe/Madrid', 'LAST_7_DAYS',
      ['2026-02-16T23:00:00.000Z', '2026-02-22T23:30:00.000Z'],
    ],
    [
      // 7 local days back crosses spring-forward: `to` moves 7 × 24 h + 1 h.
      'PREVIOUS_PERIOD of LAST_7_DAYS across DST',
      range('2026-03-26T23:00:00.000Z', '2026-04-02T10:00:00.000Z'), 'PREVIOUS_PERIOD', 'Europe/Madrid', 'LAST_7_DAYS',
      ['2026-03-19T23:00:00.000Z', '2026-03-26T11:00:00.000Z'],
    ],
    [
      'PREVIOUS_PERIOD of QUARTER_TO_DATE',
      range('2026-04-01T04:00:00.000Z', '2026-05-20T12:00:00.000Z'), 'PREVIOUS_PERIOD', 'America/New_York', 'QUARTER_TO_DATE',
      ['2026-01-01T05:00:00.000Z', '2026-02-20T13:00:00.000Z'],
    ],
    [
      'PREVIOUS_PERIOD of YEAR_TO_DATE',
      range('2026-01-01T05:00:00.000Z', '2026-07-01T12:00:00.000Z'), 'PREVIOUS_PERIOD', 'America/New_York', 'YEAR_TO_DATE',
      ['2025-01-01T05:00:00.000Z', '2025-07-01T12:00:00.000Z'],
    ],
    [
      'PREVIOUS_PERIOD of a custom range',
      range('2026-03-10T00:00:00.000Z', '2026-03-17T00:00:00.000Z'), 'PREVIOUS_PERIOD', 'Europe/Madrid', undefined,
      ['2026-03-03T00:00:00.000Z', '2026-03-10T00:00:00.000Z'],
    ],
    [
      // Half a day is rounded up to one local day: the same hours the day before.
      'PREVIOUS_PERIOD of a custom range (null preset)',
      range('2026-03-10T06:00:00.000Z', '2026-03-10T18:00:00.000Z'), 'PREVIOUS_PERIOD', 'UTC', null,
      ['2026-03-09T06:00:00.000Z', '2026-03-09T18:00:00.000Z'],
    ],
    [
      // 24 hours from noon: one local day back, so the comparison ends where the range starts.
      'PREVIOUS_PERIOD of 24 hours from noon',
      range('2026-03-10T12:00:00.000Z', '2026-03-11T12:00:00.000Z'), 'PREVIOUS_PERIOD', 'UTC', null,
      ['2026-03-09T12:00:00.000Z', '2026-03-10T12:00:00.000Z'],
    ],
    [
      'PREVIOUS_YEAR from a leap day',
      range('2028-02-29T00:00:00.000Z', '2028-03-01T00:00:00.000Z'), 'PREVIOUS_YEAR', 'UTC', null,
      ['2027-02-28T00:00:00.000Z', '2027-03-01T00:00:00.000Z'],
    ],
  ])('%s', (_, current, comparison, timeZone, preset, expected) => {
    expect(isoRange(comparisonRange(current, comparison, timeZone, preset))).toEqual(expected);
  });
});

// Hand-computed: Madrid is UTC+1 (CET) / UTC+2 (CEST), changing on 2026-03-29 and 2026-10-25 (and 2025-10-26);
// New York is UTC-5 (EST) / UTC-4 (EDT), changing on 2026-03-08, 2020-11-01 (and 2019-11-03).
describe('comparisonRange: one rule for a preset and the same range asked as from–to, across DST', () => {
  it.each<[string, string, string, [string, string], [string, string]]>([
    [
      // Mon 23 Mar 00:00 CET to Sun 29 Mar 12:00 CEST (spring-forward day) → 16 Mar 00:00 CET to 22 Mar 12:00 CET.
      'Madrid, spring forward', 'Europe/Madrid', '2026-03-29T10:00:00.000Z',
      ['2026-03-22T23:00:00.000Z', '2026-03-29T10:00:00.000Z'], ['2026-03-15T23:00:00.000Z', '2026-03-22T11:00:00.000Z'],
    ],
    [
      // Mon 19 Oct 00:00 CEST to Sun 25 Oct 12:00 CET (fall-back day) → 12 Oct 00:00 CEST to 18 Oct 12:00 CEST.
      'Madrid, fall back', 'Europe/Madrid', '2026-10-25T11:00:00.000Z',
      ['2026-10-18T22:00:00.000Z', '2026-10-25T11:00:00.000Z'], ['2026-10-11T22:00:00.000Z', '2026-10-18T10:00:00.000Z'],
    ],
    [
      // Mon 2 Mar 00:00 EST to Sun 8 Mar 12:00 EDT → 23 Feb 00:00 EST to 1 Mar 12:00 EST.
      'New York, spring forward', 'America/New_York', '2026-03-08T16:00:00.000Z',
      ['2026-03-02T05:00:00.000Z', '2026-03-08T16:00:00.000Z'], ['2026-02-23T05:00:00.000Z', '2026-03-01T17:00:00.000Z'],
    ],
    [
      // Mon 26 Oct 00:00 EDT to Sun 1 Nov 12:00 EST → 19 Oct 00:00 EDT to 25 Oct 12:00 EDT.
      'New York, fall back', 'America/New_York', '2020-11-01T17:00:00.000Z',
      ['2020-10-26T04:00:00.000Z', '2020-11-01T17:00:00.000Z'], ['2020-10-19T04:00:00.000Z', '2020-10-25T16:00:00.000Z'],
    ],
  ])('LAST_7_DAYS and from–to agree: %s', (_, timeZone, now, expectedRange, expected) => {
    const preset = resolveRange({ preset: 'LAST_7_DAYS' }, d(now), timeZone);
    expect(isoRange(preset)).toEqual(expectedRange);
    expect(isoRange(comparisonRange(preset, 'PREVIOUS_PERIOD', timeZone, 'LAST_7_DAYS'))).toEqual(expected);
    const custom = resolveRange({ from: d(expectedRange[0]), to: d(expectedRange[1]) }, d(now), timeZone);
    expect(isoRange(comparisonRange(custom, 'PREVIOUS_PERIOD', timeZone, null))).toEqual(expected);
  });

  it.each<[string, string, Comparison, TimeRange, [string, string]]>([
    [
      // Mon 23 Mar – Mon 30 Mar local (167 h) → Mon 16 Mar – Mon 23 Mar local, not from 16 Mar 01:00.
      'Madrid, a week with spring forward', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'), ['2026-03-15T23:00:00.000Z', '2026-03-22T23:00:00.000Z'],
    ],
    [
      // Mon 30 Mar – Mon 6 Apr local → the week before, which holds the change: 23 Mar 00:00 CET – 30 Mar 00:00 CEST.
      'Madrid, the week after spring forward', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-03-29T22:00:00.000Z', '2026-04-05T22:00:00.000Z'), ['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ],
    [
      // Mon 19 Oct – Mon 26 Oct local (169 h) → Mon 12 Oct – Mon 19 Oct local, not from 11 Oct 23:00.
      'Madrid, a week with fall back', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'), ['2026-10-11T22:00:00.000Z', '2026-10-18T22:00:00.000Z'],
    ],
    [
      'New York, a week with spring forward', 'America/New_York', 'PREVIOUS_PERIOD',
      range('2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z'), ['2026-02-23T05:00:00.000Z', '2026-03-02T05:00:00.000Z'],
    ],
    [
      'New York, a week with fall back', 'America/New_York', 'PREVIOUS_PERIOD',
      range('2020-10-26T04:00:00.000Z', '2020-11-02T05:00:00.000Z'), ['2020-10-19T04:00:00.000Z', '2020-10-26T04:00:00.000Z'],
    ],
    [
      // All of March local (30 days 23 h) → all of February local.
      'Madrid, a whole month with spring forward', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'), ['2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z'],
    ],
    [
      // All of November 2020 local → all of October local.
      'New York, a whole month with fall back', 'America/New_York', 'PREVIOUS_PERIOD',
      range('2020-11-01T04:00:00.000Z', '2020-12-01T05:00:00.000Z'), ['2020-10-01T04:00:00.000Z', '2020-11-01T04:00:00.000Z'],
    ],
    [
      // Two whole months (Oct–Nov 2026 local) → Aug–Sep.
      'Madrid, two whole months', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-09-30T22:00:00.000Z', '2026-11-30T23:00:00.000Z'), ['2026-07-31T22:00:00.000Z', '2026-09-30T22:00:00.000Z'],
    ],
    [
      // 01:00:30 EDT to 01:00 EST on 1 Nov 2020: a day earlier the end would come before the start; 59.5 min back.
      'New York, inside the repeated hour', 'America/New_York', 'PREVIOUS_PERIOD',
      range('2020-11-01T05:00:30.000Z', '2020-11-01T06:00:00.000Z'), ['2020-11-01T04:01:00.000Z', '2020-11-01T05:00:30.000Z'],
    ],
    [
      // 02:30 to 03:30 CEST on 30 Mar 2026: both would be 03:30 CEST on the spring-forward day; one hour back.
      'Madrid, an hour that lands in the skipped one', 'Europe/Madrid', 'PREVIOUS_PERIOD',
      range('2026-03-30T00:30:00.000Z', '2026-03-30T01:30:00.000Z'), ['2026-03-29T23:30:00.000Z', '2026-03-30T00:30:00.000Z'],
    ],
    [
      // Same local dates a year before: 19 Oct 00:00 CEST – 26 Oct 2025 00:00 CEST (that year's change is later that night).
      'Madrid, PREVIOUS_YEAR of a week with fall back', 'Europe/Madrid', 'PREVIOUS_YEAR',
      range('2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'), ['2025-10-18T22:00:00.000Z', '2025-10-25T22:00:00.000Z'],
    ],
    [
      // 26 Oct – 2 Nov 2019 local, all EDT (2019 fell back on 3 Nov).
      'New York, PREVIOUS_YEAR of a week with fall back', 'America/New_York', 'PREVIOUS_YEAR',
      range('2020-10-26T04:00:00.000Z', '2020-11-02T05:00:00.000Z'), ['2019-10-26T04:00:00.000Z', '2019-11-02T04:00:00.000Z'],
    ],
  ])('%s', (_, timeZone, comparison, current, expected) => {
    expect(isoRange(comparisonRange(current, comparison, timeZone, null))).toEqual(expected);
  });
});

describe('bucketStarts', () => {
  it.each<[string, TimeRange, Granularity, string, string[]]>([
    [
      'days across spring-forward',
      range('2026-03-28T12:00:00.000Z', '2026-03-31T00:00:00.000Z'), 'DAY', 'Europe/Madrid',
      ['2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z', '2026-03-30T22:00:00.000Z'],
    ],
    [
      'hours on a half-hour offset',
      range('2026-03-01T10:00:00.000Z', '2026-03-01T12:00:00.000Z'), 'HOUR', 'Asia/Kolkata',
      ['2026-03-01T09:30:00.000Z', '2026-03-01T10:30:00.000Z', '2026-03-01T11:30:00.000Z'],
    ],
    [
      'ISO weeks',
      range('2026-03-01T00:00:00.000Z', '2026-03-16T00:00:00.000Z'), 'WEEK', 'UTC',
      ['2026-02-23T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
    ],
    [
      // `to` is 02:00 on 1 April in Madrid, so April's bucket intersects the range.
      'months in local time',
      range('2026-01-15T00:00:00.000Z', '2026-04-01T00:00:00.000Z'), 'MONTH', 'Europe/Madrid',
      ['2025-12-31T23:00:00.000Z', '2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    ],
    [
      'quarters',
      range('2026-02-01T00:00:00.000Z', '2026-12-31T00:00:00.000Z'), 'QUARTER', 'UTC',
      ['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
    ],
    ['an empty range', range('2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z'), 'DAY', 'UTC', []],
  ])('%s', (_, r, granularity, timeZone, expected) => {
    expect(bucketStarts(r, granularity, timeZone).map((date) => date.toISOString())).toEqual(expected);
  });

  it('gives the fall-back day in Madrid 25 hourly buckets', () => {
    const starts = bucketStarts(range('2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'), 'HOUR', 'Europe/Madrid');
    expect(starts).toHaveLength(25);
    expect(starts[0].toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(starts[24].toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });
});

describe('defaultGranularity', () => {
  const from = d('2026-01-01T00:00:00Z');
  it.each<[string, number, Granularity]>([
    ['1 hour', HOUR, 'HOUR'],
    ['2 days', 2 * DAY, 'HOUR'],
    ['2 local days over a fall-back', 2 * DAY + HOUR, 'HOUR'],
    ['2 days and 2 hours', 2 * DAY + 2 * HOUR, 'DAY'],
    ['92 days', 92 * DAY, 'DAY'],
    ['93 days', 93 * DAY, 'WEEK'],
    ['366 days', 366 * DAY, 'WEEK'],
    ['367 days', 367 * DAY, 'MONTH'],
  ])('%s → %s', (_, duration, expected) => {
    expect(defaultGranularity({ from, to: new Date(from.getTime() + duration) })).toBe(expected);
  });
});

describe('bucketCount', () => {
  const from = d('2026-01-01T00:00:00Z');
  it.each<[string, number, Granularity, number]>([
    ['30 days by day', 30 * DAY, 'DAY', 31],
    ['10 days by week', 10 * DAY, 'WEEK', 3],
    ['365 days by month', 365 * DAY, 'MONTH', 13],
    ['365 days by quarter', 365 * DAY, 'QUARTER', 5],
    ['365 days by hour', 365 * DAY, 'HOUR', 8761],
    ['an empty range', 0, 'DAY', 0],
  ])('%s → %d', (_, duration, granularity, expected) => {
    expect(bucketCount({ from, to: new Date(from.getTime() + duration) }, granularity)).toBe(expected);
  });

  it('lets the server reject a year of hourly buckets', () => {
    expect(MAX_SERIES_POINTS).toBe(5000);
    expect(bucketCount(range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), 'HOUR')).toBeGreaterThan(MAX_SERIES_POINTS);
    expect(bucketCount(range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), 'DAY')).toBeLessThanOrEqual(MAX_SERIES_POINTS);
  });
});
