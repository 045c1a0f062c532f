import { isRepeatedWallTime, utcOffsetMinutes } from './time-zone';
import type { Unit } from './types';

/** Shown for a missing value. */
export const EMPTY_VALUE = '—';

const DEFAULT_LOCALE = 'en';
const DEFAULT_CURRENCY = 'USD';
const NBSP = '\u00a0';

// Intl constructors are costly and dashboards format thousands of cells, so formatters are shared per options.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

const DURATION_UNITS = { DAYS: 'day', HOURS: 'hour', MINUTES: 'minute', SECONDS: 'second' } as const;

/**
 * Percent values are fractions. One decimal is enough in the middle of the scale; within a point of 0 % or
 * 100 % a second decimal matters (0.45 % conversion, 99.95 % uptime).
 */
function percentDigits(fraction: number): number {
  const points = Math.abs(fraction * 100);
  return points < 1 || Math.abs(100 - points) < 1 ? 2 : 1;
}

/**
 * A span of time as people say it: minutes under an hour ("29 min"), hours and minutes under a day ("2 hr 5 min"),
 * days and hours beyond ("1 day 3 hr"), rounded to the minute (and to the hour from a day up). For one record's times
 * and SLA deadlines, where "0.5 hr" or a rounded "0" hides what happened.
 */
export function formatDuration(hours: number | null | undefined, options: { locale?: string } = {}): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return EMPTY_VALUE;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const part = (value: number, unit: 'day' | 'hour' | 'minute') => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
  const sign = hours < 0 ? '−' : '';
  const minutes = Math.round(Math.abs(hours) * 60);
  if (minutes < 60) return sign + part(minutes, 'minute');
  if (minutes < 24 * 60) {
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    return sign + (m ? `${part(h, 'hour')} ${part(m, 'minute')}` : part(h, 'hour'));
  }
  const wholeHours = Math.round(minutes / 60);
  const [d, h] = [Math.floor(wholeHours / 24), wholeHours % 24];
  return sign + (h ? `${part(d, 'day')} ${part(h, 'hour')}` : part(d, 'day'));
}

/**
 * Formats a metric value for display. `compact` only affects CURRENCY and COUNT, and only from 1,000 up
 * ("$2.5K", "$10M"). Defaults to the 'en' locale so server output does not depend on the host.
 */
export function formatValue(
  value: number | null | undefined,
  unit: Unit,
  options: { locale?: string; compact?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY_VALUE;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const compact = options.compact === true && Math.abs(value) >= 1000;
  switch (unit.kind) {
    case 'PERCENT':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: percentDigits(value) }).format(value);
    case 'CURRENCY': {
      const currency = unit.currency ?? DEFAULT_CURRENCY;
      if (compact) return numberFormat(locale, { style: 'currency', currency, notation: 'compact' }).format(value);
      // Cents are noise on large amounts; below 1,000 the currency's own minor digits apply (2 for USD, 0 for JPY).
      const digits: Intl.NumberFormatOptions =
        Math.abs(value) >= 1000 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
      return numberFormat(locale, { style: 'currency', currency, ...digits }).format(value);
    }
    case 'COUNT':
      return numberFormat(locale, compact ? { notation: 'compact' } : { maximumFractionDigits: 0 }).format(value);
    case 'DAYS':
    case 'HOURS':
    case 'MINUTES':
    case 'SECONDS':
      return numberFormat(locale, {
        style: 'unit',
        unit: DURATION_UNITS[unit.kind],
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(value);
    case 'SCORE': {
      // Scales that go below zero (NPS −100…100) are read as signed whole numbers.
      if (unit.scaleMin !== undefined && unit.scaleMin < 0) {
        return numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
      }
      const score = numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
      return unit.scaleMin === 0 && unit.scaleMax !== undefined
        ? `${score}/${numberFormat(locale, { maximumFractionDigits: 1 }).format(unit.scaleMax)}`
        : score;
    }
    case 'RATIO':
      return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)}:1`;
    case 'MULTIPLIER':
      return `${numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}×`;
  }
}

const MINUS = '\u2212';

/**
 * A signed difference in the metric's unit ("+$2.3K", "−$700", "+3.1 pts", "−12", "+1.5 hr"): how much
 * something moved, where formatChange gives the relative change (percentage points for PERCENT alike).
 * Amounts and counts are compact from 1,000 up; a difference that rounds to nothing is shown unsigned.
 */
export function formatDelta(delta: number | null, unit: Unit, options: { locale?: string } = {}): string {
  if (delta === null || !Number.isFinite(delta)) return EMPTY_VALUE;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const magnitude = (x: number) => {
    if (unit.kind === 'PERCENT') return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(x * 100)}${NBSP}${percentagePointSuffix(locale)}`;
    // Scores and ratios are read as plain numbers: "+0.3", not "+0.3/5" or "+0.25:1".
    if (unit.kind === 'SCORE' || unit.kind === 'RATIO') return numberFormat(locale, { maximumFractionDigits: 2 }).format(x);
    // Cents only on small amounts: "−$700", "+$12.50".
    if (unit.kind === 'CURRENCY' && x >= 100 && x < 1000) {
      return numberFormat(locale, { style: 'currency', currency: unit.currency ?? DEFAULT_CURRENCY, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(x);
    }
    return formatValue(x, unit, { locale, compact: true });
  };
  const text = magnitude(Math.abs(delta));
  if (text === magnitude(0)) return text;
  return `${delta > 0 ? '+' : MINUS}${text}`;
}

// Intl has no percentage-point unit; keyed by language subtag, English as the fallback.
const PERCENTAGE_POINTS: Readonly<Record<string, string>> = { en: 'pts', es: `p.${NBSP}p.` };

function percentagePointSuffix(locale: string): string {
  const language = new Intl.Locale(locale).language;
  return Object.hasOwn(PERCENTAGE_POINTS, language) ? PERCENTAGE_POINTS[language] : PERCENTAGE_POINTS.en;
}

/**
 * The change as the display rounds it (percentage points to 0.1 for PERCENT, the relative change to
 * 0.1 % otherwise), so arrows and colours never call "0 pts" a rise.
 */
export function displayedChange(change: number | null, changeRatio: number | null, unit: Unit): number | null {
  const raw = unit.kind === 'PERCENT' ? (change === null ? null : change * 100) : changeRatio === null ? null : changeRatio * 100;
  if (raw === null || !Number.isFinite(raw)) return null;
  const rounded = Math.round(raw * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A signed change for display. For PERCENT metrics the absolute change in percentage points ("+3.1 pts"),
 * since a relative change of a rate is easy to misread; for everything else the relative change ("+12.4%").
 * Zero (after rounding) is shown unsigned.
 */
export function formatChange(
  change: number | null,
  changeRatio: number | null,
  unit: Unit,
  options: { locale?: string } = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (unit.kind === 'PERCENT') {
    if (change === null || !Number.isFinite(change)) return EMPTY_VALUE;
    const points = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change * 100);
    return `${points}${NBSP}${percentagePointSuffix(locale)}`;
  }
  if (changeRatio === null || !Number.isFinite(changeRatio)) return EMPTY_VALUE;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(changeRatio);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateTimeFormat(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) });
    dateTimeFormats.set(key, format);
  }
  return format;
}

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeTimeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeTimeFormats.set(locale, format);
  }
  return format;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const MONTH_MS = (365.2425 / 12) * DAY_MS;
const YEAR_MS = 365.2425 * DAY_MS;

// Each unit is used while the rounded amount stays below the next unit, so 59.6 s reads "1 min. ago", not "60 sec.".
const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['second', SECOND_MS, 60],
  ['minute', MINUTE_MS, 60],
  ['hour', HOUR_MS, 24],
  ['day', DAY_MS, 30],
  ['month', MONTH_MS, 12],
];

// A timestamp up to a minute ahead is clock skew (or a push newer than the render), not the future.
const SKEW_MS = MINUTE_MS;

function formatRelative(value: Date, now: Date, locale: string): string {
  const ahead = value.getTime() - now.getTime();
  const diff = ahead > 0 && ahead <= SKEW_MS ? 0 : ahead;
  for (const [unit, size, limit] of RELATIVE_STEPS) {
    const amount = Math.round(diff / size);
    if (Math.abs(amount) < limit) return relativeTimeFormat(locale).format(amount, unit);
  }
  return relativeTimeFormat(locale).format(Math.round(diff / YEAR_MS), 'year');
}

/**
 * 'date' and 'datetime' (the default) use the locale's medium date style; 'relative' describes the distance
 * to `now` ("2 min. ago", "hace 2 min"). Defaults to the 'en' locale and UTC so server output does not
 * depend on the host. A 'datetime' in an hour the clocks repeat carries its UTC offset: "1:00 AM (−04:00)".
 */
export function formatDateTime(
  value: Date,
  options: { locale?: string; timeZone?: string; style?: 'date' | 'datetime' | 'relative'; now?: Date } = {},
): string {
  if (Number.isNaN(value.getTime())) return EMPTY_VALUE;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const style = options.style ?? 'datetime';
  if (style === 'relative') return formatRelative(value, options.now ?? new Date(), locale);
  const timeZone = options.timeZone ?? 'UTC';
  const text = dateTimeFormat(locale, timeZone, style === 'datetime').format(value);
  // In the hour the clocks repeat, the time alone names two instants (two hourly buckets): the offset tells them apart.
  return style === 'datetime' && isRepeatedWallTime(value, timeZone) ? `${text} (${formatUtcOffset(utcOffsetMinutes(value, timeZone))})` : text;
}

/** "+02:00", "−04:00" (with a true minus sign), "+05:30". */
export function formatUtcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '\u2212' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
