import { COMPARISONS, RANGE_PRESETS, fromZonedParts, toZonedParts, type Comparison, type RangePreset } from '@opshub/metrics';
import type { RangeInput } from '../../gql/graphql';

/**
 * Time range and comparison live in the query string so every view is bookmarkable:
 *   ?range=LAST_90_DAYS&compare=PREVIOUS_YEAR       a preset
 *   ?from=2026-01-01&to=2026-02-01                  a custom half-open range [from, to) of local dates
 * Defaults (LAST_30_DAYS, PREVIOUS_PERIOD) are omitted when writing.
 */
export type RangeState =
  | { kind: 'preset'; preset: RangePreset }
  /** `from` inclusive, `to` exclusive, both YYYY-MM-DD in the organisation's time zone. */
  | { kind: 'custom'; from: string; to: string };

export interface ViewState {
  range: RangeState;
  compare: Comparison;
}

export const DEFAULT_PRESET: RangePreset = 'LAST_30_DAYS';
export const DEFAULT_COMPARE: Comparison = 'PREVIOUS_PERIOD';
export const DEFAULT_VIEW: ViewState = { range: { kind: 'preset', preset: DEFAULT_PRESET }, compare: DEFAULT_COMPARE };

/** Parameters owned by the view state (and carried over when navigating between dashboards). */
export const VIEW_PARAMS = ['range', 'from', 'to', 'compare'] as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isPreset(value: string | null): value is RangePreset {
  return value !== null && (RANGE_PRESETS as readonly string[]).includes(value);
}

function isComparison(value: string | null): value is Comparison {
  return value !== null && (COMPARISONS as readonly string[]).includes(value);
}

/** Lenient: anything invalid falls back to the defaults instead of breaking the page. */
export function parseViewState(params: URLSearchParams): ViewState {
  const from = params.get('from');
  const to = params.get('to');
  const preset = params.get('range');
  const compare = params.get('compare');
  let range: RangeState = DEFAULT_VIEW.range;
  if (isIsoDate(from) && isIsoDate(to) && from < to) range = { kind: 'custom', from, to };
  else if (isPreset(preset)) range = { kind: 'preset', preset };
  return { range, compare: isComparison(compare) ? compare : DEFAULT_COMPARE };
}

/** Returns a copy of `params` with the view state written in canonical form; other parameters are kept. */
export function writeViewState(params: URLSearchParams, state: ViewState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of VIEW_PARAMS) next.delete(name);
  if (state.range.kind === 'custom') {
    next.set('from', state.range.from);
    next.set('to', state.range.to);
  } else if (state.range.preset !== DEFAULT_PRESET) {
    next.set('range', state.range.preset);
  }
  if (state.compare !== DEFAULT_COMPARE) next.set('compare', state.compare);
  return next;
}

/** Only the view parameters (and, unless disabled, kiosk mode) of a query string, for links to other pages. */
export function carryOverSearch(params: URLSearchParams, { kiosk = true }: { kiosk?: boolean } = {}): string {
  const next = writeViewState(new URLSearchParams(), parseViewState(params));
  if (kiosk && params.get('kiosk') === '1') next.set('kiosk', '1');
  const search = next.toString();
  return search ? `?${search}` : '';
}

/** Midnight starting a YYYY-MM-DD day in `timeZone`. */
export function zonedDayStart(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return fromZonedParts({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The GraphQL RangeInput for a range state; custom dates become instants at local midnight in `timeZone`. */
export function toRangeInput(range: RangeState, timeZone: string): RangeInput {
  if (range.kind === 'preset') return { preset: range.preset };
  return {
    from: zonedDayStart(range.from, timeZone).toISOString(),
    to: zonedDayStart(range.to, timeZone).toISOString(),
  };
}

/** YYYY-MM-DD ± days (calendar arithmetic, no time zone involved). */
export function shiftIsoDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A stable string for cache keys and React keys: changes exactly when the view changes. */
export function viewKey(state: ViewState): string {
  const range = state.range.kind === 'preset' ? state.range.preset : `${state.range.from}..${state.range.to}`;
  return `${range}|${state.compare}`;
}

/** An instant as the calendar day it falls on in the time zone. */
export function zonedDay(instant: string | Date, timeZone: string): string {
  const { year, month, day } = toZonedParts(new Date(instant), timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
