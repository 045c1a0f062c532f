import type { Granularity } from './types';

/** A wall-clock reading in some time zone. `month` is 1-12. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type CalendarUnit = Granularity | 'YEAR';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// Creating a DateTimeFormat is far more expensive than using one; bucket loops call this per step.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds of the wall time read as if it were UTC; fields may overflow (day 32, month 0) and are normalised. */
function wallClockMs(parts: ZonedParts): number {
  const date = new Date(0);
  // setUTCFullYear rather than Date.UTC, which maps years 0-99 to 1900-1999.
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour, parts.minute, parts.second, parts.millisecond);
  return date.getTime();
}

// Bucket loops read the same instants over and over (every KPI of a dashboard walks the same bucket starts),
// and formatToParts costs ~10 µs a call: remember recent readings. Bounded, and frozen so no caller can alter one.
const PARTS_CACHE_SIZE = 20_000;
const partsCache = new Map<string, Readonly<ZonedParts>>();

export function toZonedParts(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  const key = `${timeZone}|${ms}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.clear();
  const parts = Object.freeze(readZonedParts(instant, ms, timeZone));
  partsCache.set(key, parts);
  return parts;
}

function readZonedParts(instant: Date, ms: number, timeZone: string): ZonedParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    // Some ICU versions print midnight as 24 even with h23.
    hour: fields.hour % 24,
    minute: fields.minute,
    second: fields.second,
    // Zone offsets are whole seconds, so the sub-second part is the same everywhere.
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function offsetAt(ms: number, timeZone: string): number {
  return wallClockMs(toZonedParts(new Date(ms), timeZone)) - ms;
}

/**
 * The instant at which the zone's clocks show `parts`. A wall time skipped by a DST gap is moved forward
 * by the gap (02:30 on a spring-forward night becomes 03:30); a wall time that occurs twice resolves to the
 * earlier instant. Out-of-range fields (day 0, day 32, month 13) are normalised as Date.UTC does.
 */
export function fromZonedParts(parts: ZonedParts, timeZone: string): Date {
  const local = wallClockMs(parts);
  if (Number.isNaN(local)) throw new RangeError('Invalid zoned parts');
  // Zones change offset at most once within a couple of days, so the offsets a day either side cover both readings.
  const offsetBefore = offsetAt(local - DAY_MS, timeZone);
  const offsetAfter = offsetAt(local + DAY_MS, timeZone);
  const matches = [local - offsetBefore, local - offsetAfter]
    .filter((ms) => wallClockMs(toZonedParts(new Date(ms), timeZone)) === local)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  // In a gap: reading the wall time with the offset from before the transition lands after it, shifted by the gap.
  return new Date(local - offsetBefore);
}

function startOfDayParts(parts: ZonedParts): ZonedParts {
  return { ...parts, hour: 0, minute: 0, second: 0, millisecond: 0 };
}

export function startOf(instant: Date, granularity: CalendarUnit, timeZone: string): Date {
  const parts = toZonedParts(instant, timeZone);
  switch (granularity) {
    case 'HOUR':
      // Subtracting elapsed time keeps the right hour when a wall-clock hour repeats at a DST fall-back.
      return new Date(instant.getTime() - ((parts.minute * 60 + parts.second) * 1000 + parts.millisecond));
    case 'DAY':
      return fromZonedParts(startOfDayParts(parts), timeZone);
    case 'WEEK': {
      const weekday = new Date(wallClockMs(startOfDayParts(parts))).getUTCDay();
      const daysSinceMonday = (weekday + 6) % 7;
      return fromZonedParts(startOfDayParts({ ...parts, day: parts.day - daysSinceMonday }), timeZone);
    }
    case 'MONTH':
      return fromZonedParts(startOfDayParts({ ...parts, day: 1 }), timeZone);
    case 'QUARTER':
      return fromZonedParts(startOfDayParts({ ...parts, month: parts.month - ((parts.month - 1) % 3), day: 1 }), timeZone);
    case 'YEAR':
      return fromZonedParts(startOfDayParts({ ...parts, month: 1, day: 1 }), timeZone);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(wallClockMs({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 })).getUTCDate();
}

const MONTHS_PER_UNIT = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/**
 * Calendar arithmetic in the zone's local calendar: days and weeks keep the wall-clock time (so one DAY may be
 * 23 or 25 hours), months clamp to the last day of the target month (Jan 31 + 1 MONTH = Feb 28/29). HOUR adds
 * elapsed hours, because wall-clock hours are skipped or repeated at DST changes.
 */
export function add(instant: Date, granularity: CalendarUnit, amount: number, timeZone: string): Date {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer, got ${amount}`);
  if (granularity === 'HOUR') return new Date(instant.getTime() + amount * HOUR_MS);
  const parts = toZonedParts(instant, timeZone);
  if (granularity === 'DAY' || granularity === 'WEEK') {
    const days = granularity === 'DAY' ? amount : amount * 7;
    return fromZonedParts({ ...parts, day: parts.day + days }, timeZone);
  }
  const monthIndex = parts.year * 12 + (parts.month - 1) + amount * MONTHS_PER_UNIT[granularity];
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return fromZonedParts({ ...parts, year, month, day: Math.min(parts.day, daysInMonth(year, month)) }, timeZone);
}

/** How far apart two instants are on the zone's clocks, in days (fractional): DST changes do not count. */
export function localDateDiff(from: Date, to: Date, timeZone: string): number {
  return (wallClockMs(toZonedParts(to, timeZone)) - wallClockMs(toZonedParts(from, timeZone))) / DAY_MS;
}

/** The number of whole local months from `from` to `to` when both are local month starts, else null. */
export function monthsBetween(from: Date, to: Date, timeZone: string): number | null {
  if (startOf(from, 'MONTH', timeZone).getTime() !== from.getTime() || startOf(to, 'MONTH', timeZone).getTime() !== to.getTime()) return null;
  const a = toZonedParts(from, timeZone);
  const b = toZonedParts(to, timeZone);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The zone's offset from UTC at `instant`, in minutes (−240 for EDT). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetAt(instant.getTime(), timeZone) / 60_000);
}

/** Whether the zone's clocks show the wall time of `instant` twice: the hour repeated when they go back. */
export function isRepeatedWallTime(instant: Date, timeZone: string): boolean {
  const local = wallClockMs(toZonedParts(instant, timeZone));
  const candidates = new Set([local - offsetAt(local - DAY_MS, timeZone), local - offsetAt(local + DAY_MS, timeZone)]);
  return [...candidates].filter((ms) => wallClockMs(toZonedParts(new Date(ms), timeZone)) === local).length > 1;
}
