import { add, localDateDiff, monthsBetween, startOf, type CalendarUnit } from './time-zone';
import { RANGE_PRESETS } from './types';
import type { Comparison, Granularity, RangePreset, RangeSpec, TimeRange } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The most buckets any operation walks: a series at its granularity, and every range at its default one
 * (KPIs, dashboards, live updates, forecasts and their comparisons), so no request can ask for unbounded work.
 */
export const MAX_SERIES_POINTS = 5000;

/** Why walking `range` in `granularity` buckets is refused, or null: the one bound every bucket walk shares. */
export function bucketBoundError(range: TimeRange, granularity: Granularity): string | null {
  return bucketCount(range, granularity) > MAX_SERIES_POINTS
    ? `${granularity} buckets over this range would exceed ${MAX_SERIES_POINTS} points`
    : null;
}

type PresetRule = { days: number } | { unit: 'MONTH' | 'QUARTER' | 'YEAR' };

const PRESET_RULES: Record<RangePreset, PresetRule> = {
  LAST_7_DAYS: { days: 7 },
  LAST_30_DAYS: { days: 30 },
  LAST_90_DAYS: { days: 90 },
  MONTH_TO_DATE: { unit: 'MONTH' },
  QUARTER_TO_DATE: { unit: 'QUARTER' },
  YEAR_TO_DATE: { unit: 'YEAR' },
};

// Presets arrive from API input; hasOwn keeps names such as "toString" from resolving to prototype members.
function presetRule(preset: RangePreset): PresetRule {
  if (!Object.hasOwn(PRESET_RULES, preset)) throw new RangeError(`preset must be one of ${RANGE_PRESETS.join(', ')}`);
  return PRESET_RULES[preset];
}

function presetRange(preset: RangePreset, now: Date, timeZone: string): TimeRange {
  const rule = presetRule(preset);
  if ('unit' in rule) return { from: startOf(now, rule.unit, timeZone), to: now };
  // Today counts as one of the N days, so the range starts N-1 local midnights back.
  return { from: add(startOf(now, 'DAY', timeZone), 'DAY', -(rule.days - 1), timeZone), to: now };
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

function checkDate(value: Date, field: 'from' | 'to'): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${field} must be a valid date`);
}

/**
 * Turns a preset or a custom from/to into a half-open range [from, to). Presets end at `now`; LAST_N_DAYS
 * starts at local midnight N-1 days before today, the *_TO_DATE presets at the start of the local month,
 * quarter or year. An empty spec falls back to `defaultPreset`.
 */
export function resolveRange(
  spec: RangeSpec | null | undefined,
  now: Date,
  timeZone: string,
  defaultPreset: RangePreset = 'LAST_30_DAYS',
): TimeRange {
  const preset = spec?.preset;
  const from = spec?.from;
  const to = spec?.to;
  if (isPresent(preset)) {
    if (isPresent(from) || isPresent(to)) {
      throw new RangeError(`${isPresent(from) ? 'from' : 'to'} cannot be combined with a preset`);
    }
    return presetRange(preset, now, timeZone);
  }
  if (!isPresent(from) && !isPresent(to)) return presetRange(defaultPreset, now, timeZone);
  if (!isPresent(from)) throw new RangeError('from is required when to is given');
  if (!isPresent(to)) throw new RangeError('to is required when from is given');
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (from.getTime() >= to.getTime()) throw new RangeError('to must be after from');
  // Checked here, before any work, for every operation that takes a range.
  const tooLong = bucketBoundError({ from, to }, defaultGranularity({ from, to }));
  if (tooLong) throw new RangeError(`the range is too long: ${tooLong}`);
  return { from, to };
}

function shift(range: TimeRange, unit: CalendarUnit, amount: number, timeZone: string): TimeRange {
  return { from: add(range.from, unit, amount, timeZone), to: add(range.to, unit, amount, timeZone) };
}

/**
 * The range a KPI is compared with, one rule for presets and custom ranges alike:
 * - PREVIOUS_YEAR: the same local dates and times a year before (29 Feb becomes 28 Feb).
 * - PREVIOUS_PERIOD of a *_TO_DATE preset: the same elapsed part of the previous month, quarter or year.
 * - PREVIOUS_PERIOD of a range from one local month start to another: the same number of whole months before.
 * - PREVIOUS_PERIOD of any other range: the same local times N calendar days before, N being the range's
 *   length on the local clock in days, rounded up; so a week that contains a DST change is compared with
 *   the week before it, midnight to midnight, whether it was asked as LAST_7_DAYS or as from–to. A range
 *   so short that those local times do not exist in that order on the earlier day steps back its elapsed time.
 */
export function comparisonRange(
  range: TimeRange,
  comparison: Comparison,
  timeZone: string,
  preset?: RangePreset | null,
): TimeRange {
  if (comparison === 'PREVIOUS_YEAR') return shift(range, 'YEAR', -1, timeZone);
  if (isPresent(preset)) {
    const rule = presetRule(preset);
    if ('unit' in rule) return shift(range, rule.unit, -1, timeZone);
  }
  const months = monthsBetween(range.from, range.to, timeZone);
  if (months !== null) return shift(range, 'MONTH', -months, timeZone);
  const days = shift(range, 'DAY', -Math.max(1, Math.ceil(localDateDiff(range.from, range.to, timeZone))), timeZone);
  if (days.from.getTime() < days.to.getTime()) return days;
  // A range of at most an hour the clocks cannot replay on the earlier day (inside a repeated hour, or landing
  // in a skipped one): the same elapsed time just before.
  return { from: new Date(2 * range.from.getTime() - range.to.getTime()), to: range.from };
}

/** Start instants of the local-calendar buckets that intersect the range; the first is startOf(range.from). */
export function bucketStarts(range: TimeRange, granularity: Granularity, timeZone: string): Date[] {
  const starts: Date[] = [];
  if (range.from.getTime() >= range.to.getTime()) return starts;
  let start = startOf(range.from, granularity, timeZone);
  while (start.getTime() < range.to.getTime()) {
    starts.push(start);
    // Re-anchoring with startOf keeps buckets on local midnight even after a day whose midnight fell in a DST gap.
    start = startOf(add(start, granularity, 1, timeZone), granularity, timeZone);
  }
  return starts;
}

// One hour of slack so that a range of N local days that spans a DST fall-back (N days + 1 h) stays in its class.
function atMostDays(durationMs: number, days: number): boolean {
  return durationMs <= days * DAY_MS + HOUR_MS;
}

export function defaultGranularity(range: TimeRange): Granularity {
  const duration = range.to.getTime() - range.from.getTime();
  if (atMostDays(duration, 2)) return 'HOUR';
  if (atMostDays(duration, 92)) return 'DAY';
  if (atMostDays(duration, 366)) return 'WEEK';
  return 'MONTH';
}

const NOMINAL_BUCKET_MS: Record<Granularity, number> = {
  HOUR: HOUR_MS,
  DAY: DAY_MS,
  WEEK: 7 * DAY_MS,
  MONTH: (365.2425 / 12) * DAY_MS,
  QUARTER: (365.2425 / 4) * DAY_MS,
};

/**
 * An estimate of bucketStarts(range, granularity).length without walking the calendar: the range in nominal
 * bucket lengths plus one, because the range usually starts and ends inside a bucket.
 */
export function bucketCount(range: TimeRange, granularity: Granularity): number {
  const duration = range.to.getTime() - range.from.getTime();
  if (duration <= 0) return 0;
  return Math.ceil(duration / NOMINAL_BUCKET_MS[granularity]) + 1;
}
