import { displayedChange, EMPTY_VALUE, formatChange, formatDateTime, formatDelta, formatDuration, formatValue } from './format';
import type { Unit, UnitKind } from './types';

// Outputs checked against Node 20's ICU. Spanish puts a no-break space (U+00A0) before % and currency symbols.
const NBSP = '\u00a0';
const unit = (kind: UnitKind, extra: Omit<Unit, 'kind'> = {}): Unit => ({ kind, ...extra });
const NPS = unit('SCORE', { scaleMin: -100, scaleMax: 100 });
const OUT_OF_TEN = unit('SCORE', { scaleMin: 0, scaleMax: 10 });

describe('formatValue', () => {
  it.each<[string, number | null | undefined, Unit, string, string]>([
    ['a rate', 0.253, unit('PERCENT'), '25.3%', `25,3${NBSP}%`],
    ['a round rate', 0.25, unit('PERCENT'), '25%', `25${NBSP}%`],
    ['three nines', 0.999, unit('PERCENT'), '99.9%', `99,9${NBSP}%`],
    ['uptime near 100 %', 0.9995, unit('PERCENT'), '99.95%', `99,95${NBSP}%`],
    ['a rate under 1 %', 0.0045, unit('PERCENT'), '0.45%', `0,45${NBSP}%`],
    ['a mid-scale rate rounds to one decimal', 0.12345, unit('PERCENT'), '12.3%', `12,3${NBSP}%`],
    ['a negative rate', -0.032, unit('PERCENT'), '-3.2%', `-3,2${NBSP}%`],
    ['a large amount', 1234567, unit('CURRENCY', { currency: 'USD' }), '$1,234,567', `1.234.567${NBSP}US$`],
    ['a small amount', 999.5, unit('CURRENCY', { currency: 'USD' }), '$999.50', `999,50${NBSP}US$`],
    ['a negative amount', -2500, unit('CURRENCY', { currency: 'USD' }), '-$2,500', `-2500${NBSP}US$`],
    ['euros', 12.5, unit('CURRENCY', { currency: 'EUR' }), '€12.50', `12,50${NBSP}€`],
    ['yen have no minor unit', 12.5, unit('CURRENCY', { currency: 'JPY' }), '¥13', `13${NBSP}JPY`],
    ['USD by default', 5, unit('CURRENCY'), '$5.00', `5,00${NBSP}US$`],
    ['a count', 12345, unit('COUNT'), '12,345', '12.345'],
    // Spanish does not group four-digit numbers.
    ['a four-digit count', 1234, unit('COUNT'), '1,234', '1234'],
    ['a fractional count', 12.6, unit('COUNT'), '13', '13'],
    ['days', 12.5, unit('DAYS'), '12.5 days', '12,5 d'],
    ['one day', 1, unit('DAYS'), '1 day', '1 d'],
    ['hours', 3, unit('HOURS'), '3 hr', '3 h'],
    ['minutes', 45, unit('MINUTES'), '45 min', '45 min'],
    ['seconds', 1.84, unit('SECONDS'), '1.8 sec', '1,8 s'],
    ['a score out of ten', 8.2, OUT_OF_TEN, '8.2/10', '8,2/10'],
    ['a score rounds to one decimal', 8.25, OUT_OF_TEN, '8.3/10', '8,3/10'],
    ['a positive NPS', 42, NPS, '+42', '+42'],
    ['a negative NPS', -12.4, NPS, '-12', '-12'],
    ['a zero NPS', 0, NPS, '0', '0'],
    ['an unbounded score', 3.14, unit('SCORE'), '3.1', '3,1'],
    ['a score without a lower bound', 4.2, unit('SCORE', { scaleMax: 5 }), '4.2', '4,2'],
    ['a ratio', 25.3, unit('RATIO'), '25.3:1', '25,3:1'],
    ['a ratio with two decimals', 4.236, unit('RATIO'), '4.24:1', '4,24:1'],
    ['a whole ratio', 3, unit('RATIO'), '3:1', '3:1'],
    ['a multiplier', 2, unit('MULTIPLIER'), '2.0×', '2,0×'],
    ['a multiplier rounds to one decimal', 1.25, unit('MULTIPLIER'), '1.3×', '1,3×'],
    ['null', null, unit('COUNT'), '—', '—'],
    ['undefined', undefined, unit('PERCENT'), '—', '—'],
    ['NaN', Number.NaN, unit('CURRENCY'), '—', '—'],
  ])('%s', (_, value, valueUnit, en, es) => {
    expect(formatValue(value, valueUnit, { locale: 'en' })).toBe(en);
    expect(formatValue(value, valueUnit, { locale: 'es' })).toBe(es);
  });

  it.each<[number, Unit, string, string]>([
    [10_000_000, unit('CURRENCY', { currency: 'USD' }), '$10M', `10${NBSP}M${NBSP}US$`],
    [2500, unit('CURRENCY', { currency: 'USD' }), '$2.5K', `2,5${NBSP}mil${NBSP}US$`],
    [-2500, unit('CURRENCY', { currency: 'USD' }), '-$2.5K', `-2,5${NBSP}mil${NBSP}US$`],
    // Compact notation only from 1,000: below it would round away the cents.
    [12.5, unit('CURRENCY', { currency: 'USD' }), '$12.50', `12,50${NBSP}US$`],
    [1_500_000, unit('COUNT'), '1.5M', `1,5${NBSP}M`],
    [12345, unit('COUNT'), '12K', `12${NBSP}mil`],
    [999, unit('COUNT'), '999', '999'],
    [0.253, unit('PERCENT'), '25.3%', `25,3${NBSP}%`],
  ])('compact %d %o', (value, valueUnit, en, es) => {
    expect(formatValue(value, valueUnit, { locale: 'en', compact: true })).toBe(en);
    expect(formatValue(value, valueUnit, { locale: 'es', compact: true })).toBe(es);
  });

  it('defaults to English', () => {
    expect(formatValue(1234.5, unit('COUNT'))).toBe('1,235');
  });
});

describe('formatChange', () => {
  it.each<[string, number | null, number | null, Unit, string, string]>([
    ['a rate rising, in points', 0.031, 0.1, unit('PERCENT'), `+3.1${NBSP}pts`, `+3,1${NBSP}p.${NBSP}p.`],
    ['a rate falling, in points', -0.005, null, unit('PERCENT'), `-0.5${NBSP}pts`, `-0,5${NBSP}p.${NBSP}p.`],
    ['an unchanged rate', 0, 0, unit('PERCENT'), `0${NBSP}pts`, `0${NBSP}p.${NBSP}p.`],
    ['a rate change without a change', null, 0.1, unit('PERCENT'), EMPTY_VALUE, EMPTY_VALUE],
    ['a count rising', 5, 0.124, unit('COUNT'), '+12.4%', `+12,4${NBSP}%`],
    ['a count falling', -5, -0.124, unit('COUNT'), '-12.4%', `-12,4${NBSP}%`],
    ['an unchanged count', 0, 0, unit('COUNT'), '0%', `0${NBSP}%`],
    ['revenue up by half again', 1, 1.5, unit('CURRENCY'), '+150%', `+150${NBSP}%`],
    ['a change from zero', 5, null, unit('COUNT'), EMPTY_VALUE, EMPTY_VALUE],
  ])('%s', (_, change, changeRatio, valueUnit, en, es) => {
    expect(formatChange(change, changeRatio, valueUnit, { locale: 'en' })).toBe(en);
    expect(formatChange(change, changeRatio, valueUnit, { locale: 'es' })).toBe(es);
  });

  it.each<[string, string]>([
    ['en-GB', `+3.1${NBSP}pts`],
    ['es-MX', `+3.1${NBSP}p.${NBSP}p.`],
    ['fr', `+3,1${NBSP}pts`],
  ])('percentage points in %s', (locale, expected) => {
    expect(formatChange(0.031, null, unit('PERCENT'), { locale })).toBe(expected);
  });
});

describe('formatDelta', () => {
  const MINUS = '\u2212';
  it.each<[string, number | null, Unit, string, string]>([
    ['an amount up, compact', 2345, unit('CURRENCY', { currency: 'USD' }), '+$2.3K', `+2,3${NBSP}mil${NBSP}US$`],
    ['an amount down, in whole dollars', -700, unit('CURRENCY', { currency: 'USD' }), `${MINUS}$700`, `${MINUS}700${NBSP}US$`],
    ['a small amount keeps its cents', 12.5, unit('CURRENCY', { currency: 'USD' }), '+$12.50', `+12,50${NBSP}US$`],
    ['an amount that rounds to nothing is unsigned', -0.001, unit('CURRENCY', { currency: 'USD' }), '$0.00', `0,00${NBSP}US$`],
    ['a rate in points', 0.031, unit('PERCENT'), `+3.1${NBSP}pts`, `+3,1${NBSP}p.${NBSP}p.`],
    ['a rate down in points', -0.0625, unit('PERCENT'), `${MINUS}6.3${NBSP}pts`, `${MINUS}6,3${NBSP}p.${NBSP}p.`],
    ['a count down', -12, unit('COUNT'), `${MINUS}12`, `${MINUS}12`],
    ['a large count, compact', 12_400, unit('COUNT'), '+12K', `+12${NBSP}mil`],
    ['hours', 1.5, unit('HOURS'), '+1.5 hr', '+1,5 h'],
    ['a score as a plain number', 0.3, OUT_OF_TEN, '+0.3', '+0,3'],
    ['a negative-scale score', -4, NPS, `${MINUS}4`, `${MINUS}4`],
    ['nothing', null, unit('COUNT'), EMPTY_VALUE, EMPTY_VALUE],
  ])('%s', (_, delta, valueUnit, en, es) => {
    expect(formatDelta(delta, valueUnit, { locale: 'en' })).toBe(en);
    expect(formatDelta(delta, valueUnit, { locale: 'es' })).toBe(es);
  });
});

describe('formatDateTime', () => {
  // 23:30Z on 1 March is 00:30 on 2 March in Madrid.
  const instant = new Date('2026-03-01T23:30:00Z');

  it.each<['date' | 'datetime' | undefined, string | undefined, string, string]>([
    ['date', 'Europe/Madrid', 'Mar 2, 2026', '2 mar 2026'],
    ['datetime', 'Europe/Madrid', 'Mar 2, 2026, 12:30 AM', '2 mar 2026, 0:30'],
    [undefined, undefined, 'Mar 1, 2026, 11:30 PM', '1 mar 2026, 23:30'],
  ])('style %s in %s', (style, timeZone, en, es) => {
    expect(formatDateTime(instant, { locale: 'en', timeZone, style })).toBe(en);
    expect(formatDateTime(instant, { locale: 'es', timeZone, style })).toBe(es);
  });

  // Hand-read: New York repeats 01:00–02:00 on 1 Nov 2020 (EDT, UTC−4, then EST, UTC−5); Madrid repeats
  // 02:00–03:00 on 25 Oct 2026 (CEST, UTC+2, then CET, UTC+1). Only times in the repeated hour carry an offset.
  it.each<[string, string, string, string, string]>([
    ['the first 01:00 in New York', '2020-11-01T05:00:00Z', 'America/New_York', 'Nov 1, 2020, 1:00 AM (\u221204:00)', '1 nov 2020, 1:00 (\u221204:00)'],
    ['the second 01:00 in New York', '2020-11-01T06:00:00Z', 'America/New_York', 'Nov 1, 2020, 1:00 AM (\u221205:00)', '1 nov 2020, 1:00 (\u221205:00)'],
    ['00:00 before it', '2020-11-01T04:00:00Z', 'America/New_York', 'Nov 1, 2020, 12:00 AM', '1 nov 2020, 0:00'],
    ['02:00 after it', '2020-11-01T07:00:00Z', 'America/New_York', 'Nov 1, 2020, 2:00 AM', '1 nov 2020, 2:00'],
    ['the first 02:00 in Madrid', '2026-10-25T00:00:00Z', 'Europe/Madrid', 'Oct 25, 2026, 2:00 AM (+02:00)', '25 oct 2026, 2:00 (+02:00)'],
    ['the second 02:30 in Madrid', '2026-10-25T01:30:00Z', 'Europe/Madrid', 'Oct 25, 2026, 2:30 AM (+01:00)', '25 oct 2026, 2:30 (+01:00)'],
    ['03:00 after spring-forward in Madrid', '2026-03-29T01:00:00Z', 'Europe/Madrid', 'Mar 29, 2026, 3:00 AM', '29 mar 2026, 3:00'],
    ['a half-hour zone without DST', '2026-03-01T10:30:00Z', 'Asia/Kolkata', 'Mar 1, 2026, 4:00 PM', '1 mar 2026, 16:00'],
  ])('labels %s with its offset only when the time repeats', (_, at, timeZone, en, es) => {
    expect(formatDateTime(new Date(at), { locale: 'en', timeZone })).toBe(en);
    expect(formatDateTime(new Date(at), { locale: 'es', timeZone })).toBe(es);
  });

  it('leaves dates without a time alone in the repeated hour', () => {
    expect(formatDateTime(new Date('2020-11-01T05:00:00Z'), { locale: 'en', timeZone: 'America/New_York', style: 'date' })).toBe('Nov 1, 2020');
  });

  const now = new Date('2026-03-01T12:00:00Z');
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  it.each<[string, number, string, string]>([
    ['2 minutes ago', -2 * MINUTE, '2 min. ago', 'hace 2 min'],
    ['59.6 seconds ago rounds up to a minute', -59_600, '1 min. ago', 'hace 1 min'],
    ['3 hours ago', -3 * HOUR, '3 hr. ago', 'hace 3 h'],
    ['a day ago', -DAY, 'yesterday', 'ayer'],
    ['5 days ago', -5 * DAY, '5 days ago', 'hace 5 d'],
    ['in 2 hours', 2 * HOUR, 'in 2 hr.', 'dentro de 2 h'],
    ['now', 0, 'now', 'ahora'],
    ['3 seconds ahead (clock skew) reads as now', 3_000, 'now', 'ahora'],
    ['90 days ago', -90 * DAY, '3 mo. ago', 'hace 3 m'],
    ['400 days ago', -400 * DAY, 'last yr.', 'el año pasado'],
  ])('relative: %s', (_, offset, en, es) => {
    const value = new Date(now.getTime() + offset);
    expect(formatDateTime(value, { locale: 'en', style: 'relative', now })).toBe(en);
    expect(formatDateTime(value, { locale: 'es', style: 'relative', now })).toBe(es);
  });

  it('shows an invalid date as missing', () => {
    expect(formatDateTime(new Date('nope'))).toBe(EMPTY_VALUE);
  });
});

describe('displayedChange', () => {
  it.each<[string, number | null, number | null, 'PERCENT' | 'COUNT', number | null]>([
    ['a rate up 0.04 pts shows as 0', 0.0004, 0.01, 'PERCENT', 0],
    ['a rate up 3.14 pts', 0.0314, 0.2, 'PERCENT', 3.1],
    ['a rate down 2.06 pts', -0.0206, -0.1, 'PERCENT', -2.1],
    ['a count up 12.44 %', 5, 0.1244, 'COUNT', 12.4],
    ['a count down 0.04 % shows as 0', -1, -0.0004, 'COUNT', 0],
    ['no comparison', null, null, 'COUNT', null],
  ])('%s', (_label, change, changeRatio, kind, expected) => {
    expect(displayedChange(change, changeRatio, { kind })).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each<[string, number | null, string, string]>([
    ['a 29-minute first response', 29 / 60, '29 min', '29 min'],
    ['under a minute', 0.2 / 60, '0 min', '0 min'],
    ['exactly an hour', 1, '1 hr', '1 h'],
    ['hours and minutes', 2 + 5 / 60, '2 hr 5 min', '2 h 5 min'],
    ['59.6 minutes, rounded up to the hour', 59.6 / 60, '1 hr', '1 h'],
    ['a day', 24, '1 day', '1 d'],
    ['days and hours', 51.4, '2 days 3 hr', '2 d 3 h'],
    ['a week', 168, '7 days', '7 d'],
    ['nothing', null, '—', '—'],
  ])('%s', (_name, hours, en, es) => {
    expect(formatDuration(hours, { locale: 'en' }).replace(/\u00a0/g, ' ')).toBe(en);
    expect(formatDuration(hours, { locale: 'es' }).replace(/\u00a0/g, ' ')).toBe(es);
  });
});
