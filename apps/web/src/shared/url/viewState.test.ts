import { describe, expect, it } from 'vitest';
import {
  carryOverSearch,
  isIsoDate,
  parseViewState,
  shiftIsoDate,
  toRangeInput,
  writeViewState,
  type ViewState,
} from './viewState';

const parse = (search: string) => parseViewState(new URLSearchParams(search));

describe('parseViewState', () => {
  it.each<[string, ViewState]>([
    ['', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?range=LAST_7_DAYS', { range: { kind: 'preset', preset: 'LAST_7_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    [
      '?range=LAST_30_DAYS&compare=PREVIOUS_YEAR',
      { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_YEAR' },
    ],
    ['?range=YEAR_TO_DATE', { range: { kind: 'preset', preset: 'YEAR_TO_DATE' }, compare: 'PREVIOUS_PERIOD' }],
    ['?from=2026-01-01&to=2026-02-01', { range: { kind: 'custom', from: '2026-01-01', to: '2026-02-01' }, compare: 'PREVIOUS_PERIOD' }],
    // custom dates win over a preset
    [
      '?range=LAST_7_DAYS&from=2026-01-01&to=2026-02-01&compare=PREVIOUS_YEAR',
      { range: { kind: 'custom', from: '2026-01-01', to: '2026-02-01' }, compare: 'PREVIOUS_YEAR' },
    ],
    // invalid values fall back
    ['?range=LAST_8_DAYS&compare=NEXT_YEAR', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?range=last_7_days', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?range=toString', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    // incomplete, reversed, empty or impossible custom ranges are ignored
    ['?from=2026-01-01', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?from=2026-02-01&to=2026-01-01&range=LAST_90_DAYS', { range: { kind: 'preset', preset: 'LAST_90_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?from=2026-01-01&to=2026-01-01', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?from=2026-02-30&to=2026-03-01', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
    ['?from=2026-1-1&to=2026-02-01', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }],
  ])('%s', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });
});

describe('writeViewState', () => {
  it.each<[string, ViewState, string]>([
    ['', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }, ''],
    ['', { range: { kind: 'preset', preset: 'LAST_90_DAYS' }, compare: 'PREVIOUS_PERIOD' }, 'range=LAST_90_DAYS'],
    ['', { range: { kind: 'preset', preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_YEAR' }, 'compare=PREVIOUS_YEAR'],
    ['range=LAST_7_DAYS', { range: { kind: 'custom', from: '2026-01-01', to: '2026-02-01' }, compare: 'PREVIOUS_PERIOD' }, 'from=2026-01-01&to=2026-02-01'],
    ['from=2026-01-01&to=2026-02-01', { range: { kind: 'preset', preset: 'MONTH_TO_DATE' }, compare: 'PREVIOUS_YEAR' }, 'range=MONTH_TO_DATE&compare=PREVIOUS_YEAR'],
    // unrelated parameters survive
    ['kiosk=1&f=region%3AEMEA', { range: { kind: 'preset', preset: 'LAST_7_DAYS' }, compare: 'PREVIOUS_PERIOD' }, 'kiosk=1&f=region%3AEMEA&range=LAST_7_DAYS'],
  ])('%s + %j → %s', (initial, state, expected) => {
    expect(writeViewState(new URLSearchParams(initial), state).toString()).toBe(expected);
  });

  it.each([
    '?range=LAST_7_DAYS&compare=PREVIOUS_YEAR',
    '?from=2025-12-01&to=2026-03-01',
    '?range=QUARTER_TO_DATE',
    '',
  ])('round-trips %s', (search) => {
    const state = parse(search);
    expect(parse(`?${writeViewState(new URLSearchParams(), state)}`)).toEqual(state);
  });
});

describe('helpers', () => {
  it('carryOverSearch keeps only view params and kiosk', () => {
    expect(carryOverSearch(new URLSearchParams('range=LAST_7_DAYS&f=region:EMEA&kiosk=1&groupBy=plan'))).toBe(
      '?range=LAST_7_DAYS&kiosk=1',
    );
    expect(carryOverSearch(new URLSearchParams('groupBy=plan'))).toBe('');
    expect(carryOverSearch(new URLSearchParams('kiosk=1&compare=PREVIOUS_YEAR'), { kiosk: false })).toBe('?compare=PREVIOUS_YEAR');
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['20260101', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('shiftIsoDate(%s, %d) = %s', (date, days, expected) => {
    expect(shiftIsoDate(date, days)).toBe(expected);
  });

  it('converts custom dates to midnight in the organisation time zone', () => {
    expect(toRangeInput({ kind: 'custom', from: '2026-01-01', to: '2026-02-01' }, 'UTC')).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    });
    expect(toRangeInput({ kind: 'custom', from: '2026-01-01', to: '2026-07-01' }, 'Europe/Madrid')).toEqual({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-06-30T22:00:00.000Z',
    });
    expect(toRangeInput({ kind: 'preset', preset: 'LAST_7_DAYS' }, 'Europe/Madrid')).toEqual({ preset: 'LAST_7_DAYS' });
  });
});
