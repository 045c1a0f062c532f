import { add, fromZonedParts, isValidTimeZone, startOf, toZonedParts, type CalendarUnit, type ZonedParts } from './time-zone';

// 2026 transitions used below (checked against the tz database):
// Europe/Madrid     CET→CEST 2026-03-29 02:00→03:00 (01:00Z), CEST→CET 2026-10-25 03:00→02:00 (01:00Z)
// America/New_York  EST→EDT  2026-03-08 02:00→03:00 (07:00Z), EDT→EST  2026-11-01 02:00→01:00 (06:00Z)
// Pacific/Chatham   +13:45→+12:45 2026-04-05 03:45→02:45 (2026-04-04T14:00Z), +12:45→+13:45 2026-09-27 02:45→03:45 (2026-09-26T14:00Z)
// Asia/Kolkata      +05:30 all year

function parts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): ZonedParts {
  return { year, month, day, hour, minute, second, millisecond };
}

const iso = (date: Date) => date.toISOString();

describe('toZonedParts', () => {
  it.each<[string, string, ZonedParts]>([
    ['2026-03-01T23:30:00.000Z', 'Europe/Madrid', parts(2026, 3, 2, 0, 30)],
    ['2026-03-01T23:00:00.000Z', 'Europe/Madrid', parts(2026, 3, 2, 0, 0)],
    ['2026-10-25T00:30:00.000Z', 'Europe/Madrid', parts(2026, 10, 25, 2, 30)],
    ['2026-10-25T01:30:00.000Z', 'Europe/Madrid', parts(2026, 10, 25, 2, 30)],
    ['2026-12-31T23:00:00.000Z', 'Europe/Madrid', parts(2027, 1, 1, 0, 0)],
    ['2026-03-08T06:59:59.999Z', 'America/New_York', parts(2026, 3, 8, 1, 59, 59, 999)],
    ['2026-03-08T07:30:00.000Z', 'America/New_York', parts(2026, 3, 8, 3, 30)],
    ['2026-01-15T00:00:00.000Z', 'Asia/Kolkata', parts(2026, 1, 15, 5, 30)],
    ['2026-01-15T00:00:00.000Z', 'Pacific/Chatham', parts(2026, 1, 15, 13, 45)],
    ['2026-07-01T00:00:00.000Z', 'Pacific/Chatham', parts(2026, 7, 1, 12, 45)],
    ['2026-12-31T23:59:59.123Z', 'UTC', parts(2026, 12, 31, 23, 59, 59, 123)],
    ['1969-12-31T23:59:59.250Z', 'UTC', parts(1969, 12, 31, 23, 59, 59, 250)],
  ])('%s in %s', (instant, timeZone, expected) => {
    expect(toZonedParts(new Date(instant), timeZone)).toEqual(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => toZonedParts(new Date('nope'), 'UTC')).toThrow(RangeError);
  });

  it('answers a repeated reading per zone, and no caller can alter a remembered one', () => {
    const instant = new Date('2026-03-01T23:30:00.000Z');
    const first = toZonedParts(instant, 'Europe/Madrid');
    expect(toZonedParts(new Date(instant), 'Europe/Madrid')).toEqual(parts(2026, 3, 2, 0, 30));
    expect(toZonedParts(instant, 'America/New_York')).toEqual(parts(2026, 3, 1, 18, 30));
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('fromZonedParts', () => {
  it.each<[string, ZonedParts, string, string]>([
    ['winter', parts(2026, 1, 15, 10, 0, 0, 123), 'Europe/Madrid', '2026-01-15T09:00:00.123Z'],
    ['summer', parts(2026, 7, 15, 10), 'Europe/Madrid', '2026-07-15T08:00:00.000Z'],
    ['gap start moves forward', parts(2026, 3, 29, 2, 0), 'Europe/Madrid', '2026-03-29T01:00:00.000Z'],
    ['inside the gap moves forward', parts(2026, 3, 29, 2, 30), 'Europe/Madrid', '2026-03-29T01:30:00.000Z'],
    ['first time after the gap', parts(2026, 3, 29, 3, 0), 'Europe/Madrid', '2026-03-29T01:00:00.000Z'],
    ['ambiguous takes the earlier', parts(2026, 10, 25, 2, 30), 'Europe/Madrid', '2026-10-25T00:30:00.000Z'],
    ['after the repeated hour', parts(2026, 10, 25, 3, 0), 'Europe/Madrid', '2026-10-25T02:00:00.000Z'],
    ['gap', parts(2026, 3, 8, 2, 30), 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['ambiguous takes the earlier', parts(2026, 11, 1, 1, 30), 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['midnight before fall-back', parts(2026, 11, 1), 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['half-hour offset', parts(2026, 3, 1), 'Asia/Kolkata', '2026-02-28T18:30:00.000Z'],
    ['+12:45 offset', parts(2026, 7, 1), 'Pacific/Chatham', '2026-06-30T11:15:00.000Z'],
    ['gap', parts(2026, 9, 27, 3, 0), 'Pacific/Chatham', '2026-09-26T14:15:00.000Z'],
    ['ambiguous takes the earlier', parts(2026, 4, 5, 3, 0), 'Pacific/Chatham', '2026-04-04T13:15:00.000Z'],
    ['end of the repeated hour', parts(2026, 4, 5, 3, 45), 'Pacific/Chatham', '2026-04-04T15:00:00.000Z'],
    ['two-digit year is not read as 19xx', parts(50, 1, 1), 'UTC', '0050-01-01T00:00:00.000Z'],
    ['overflowing day is normalised', parts(2026, 1, 32, 12), 'UTC', '2026-02-01T12:00:00.000Z'],
  ])('%s: %o in %s', (_, wallTime, timeZone, expected) => {
    expect(iso(fromZonedParts(wallTime, timeZone))).toBe(expected);
  });
});

describe('isValidTimeZone', () => {
  it.each<[string, boolean]>([
    ['Europe/Madrid', true],
    ['America/New_York', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
    ['Europe/', false],
  ])('%j → %s', (tz, expected) => {
    expect(isValidTimeZone(tz)).toBe(expected);
  });
});

describe('startOf', () => {
  it.each<[string, CalendarUnit, string, string]>([
    ['2026-10-25T00:45:00.000Z', 'HOUR', 'Europe/Madrid', '2026-10-25T00:00:00.000Z'],
    // The second 02:xx of the fall-back night is its own hour.
    ['2026-10-25T01:45:00.000Z', 'HOUR', 'Europe/Madrid', '2026-10-25T01:00:00.000Z'],
    ['2026-03-01T10:00:00.000Z', 'HOUR', 'Asia/Kolkata', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T10:00:00.000Z', 'HOUR', 'Pacific/Chatham', '2026-03-01T09:15:00.000Z'],
    ['2026-03-29T12:00:00.000Z', 'DAY', 'Europe/Madrid', '2026-03-28T23:00:00.000Z'],
    ['2026-03-01T23:30:00.000Z', 'DAY', 'Europe/Madrid', '2026-03-01T23:00:00.000Z'],
    ['2026-03-01T23:30:00.000Z', 'DAY', 'UTC', '2026-03-01T00:00:00.000Z'],
    ['2026-11-01T12:00:00.000Z', 'DAY', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-07-01T00:00:00.000Z', 'DAY', 'Pacific/Chatham', '2026-06-30T11:15:00.000Z'],
    // Sunday 1 March 2026 belongs to the week of Monday 23 February.
    ['2026-03-01T12:00:00.000Z', 'WEEK', 'Europe/Madrid', '2026-02-22T23:00:00.000Z'],
    // ...but 23:30Z that Sunday is already Monday 2 March in Madrid.
    ['2026-03-01T23:30:00.000Z', 'WEEK', 'Europe/Madrid', '2026-03-01T23:00:00.000Z'],
    ['2026-03-01T23:30:00.000Z', 'WEEK', 'UTC', '2026-02-23T00:00:00.000Z'],
    ['2027-01-01T12:00:00.000Z', 'WEEK', 'UTC', '2026-12-28T00:00:00.000Z'],
    ['2026-03-31T22:30:00.000Z', 'MONTH', 'Europe/Madrid', '2026-03-31T22:00:00.000Z'],
    ['2026-05-20T12:00:00.000Z', 'QUARTER', 'Europe/Madrid', '2026-03-31T22:00:00.000Z'],
    ['2026-12-31T23:30:00.000Z', 'QUARTER', 'Europe/Madrid', '2026-12-31T23:00:00.000Z'],
    ['2026-07-01T12:00:00.000Z', 'YEAR', 'America/New_York', '2026-01-01T05:00:00.000Z'],
  ])('%s %s in %s', (instant, unit, timeZone, expected) => {
    expect(iso(startOf(new Date(instant), unit, timeZone))).toBe(expected);
  });
});

describe('add', () => {
  it.each<[string, string, CalendarUnit, number, string, string]>([
    ['a day across spring-forward is 23 h', '2026-03-28T23:00:00.000Z', 'DAY', 1, 'Europe/Madrid', '2026-03-29T22:00:00.000Z'],
    ['a day across fall-back is 25 h', '2026-10-24T22:00:00.000Z', 'DAY', 1, 'Europe/Madrid', '2026-10-25T23:00:00.000Z'],
    ['back across spring-forward', '2026-03-29T22:00:00.000Z', 'DAY', -1, 'Europe/Madrid', '2026-03-28T23:00:00.000Z'],
    ['a day landing in the gap moves forward', '2026-03-28T01:30:00.000Z', 'DAY', 1, 'Europe/Madrid', '2026-03-29T01:30:00.000Z'],
    ['a day across fall-back', '2026-11-01T04:00:00.000Z', 'DAY', 1, 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['a day across spring-forward', '2026-03-08T05:00:00.000Z', 'DAY', 1, 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['hours are elapsed time', '2026-03-29T00:30:00.000Z', 'HOUR', 1, 'Europe/Madrid', '2026-03-29T01:30:00.000Z'],
    ['a week keeps the wall time', '2026-03-23T09:00:00.000Z', 'WEEK', 1, 'Europe/Madrid', '2026-03-30T08:00:00.000Z'],
    ['Jan 31 + 1 month clamps', '2026-01-31T09:00:00.000Z', 'MONTH', 1, 'Europe/Madrid', '2026-02-28T09:00:00.000Z'],
    ['Jan 31 + 1 month in a leap year', '2028-01-31T00:00:00.000Z', 'MONTH', 1, 'UTC', '2028-02-29T00:00:00.000Z'],
    ['Mar 31 − 1 month clamps', '2026-03-31T08:00:00.000Z', 'MONTH', -1, 'Europe/Madrid', '2026-02-28T09:00:00.000Z'],
    ['months across a year end', '2026-11-30T12:00:00.000Z', 'MONTH', 3, 'UTC', '2027-02-28T12:00:00.000Z'],
    ['a quarter', '2026-11-30T12:00:00.000Z', 'QUARTER', 1, 'UTC', '2027-02-28T12:00:00.000Z'],
    ['negative months across a year start', '2026-01-15T00:00:00.000Z', 'MONTH', -2, 'UTC', '2025-11-15T00:00:00.000Z'],
    ['leap day − 1 year clamps', '2028-02-29T12:00:00.000Z', 'YEAR', -1, 'UTC', '2027-02-28T12:00:00.000Z'],
  ])('%s', (_, instant, unit, amount, timeZone, expected) => {
    expect(iso(add(new Date(instant), unit, amount, timeZone))).toBe(expected);
  });

  it('rejects a fractional amount', () => {
    expect(() => add(new Date('2026-01-01T00:00:00Z'), 'MONTH', 0.5, 'UTC')).toThrow(RangeError);
  });
});
