import {
  GRANULARITIES,
  bucketCount,
  defaultGranularity,
  type Granularity,
  type TimeRange,
} from '@opshub/metrics';

/**
 * Drill-down state in the query string (next to the view's range/compare):
 *   granularity=WEEK            chart bucket size (default: chosen from the range)
 *   groupBy=region              breakdown dimension (default: the metric's first dimension)
 *   f=region:EMEA&f=region:NA   filters; one `f` per value, `dimension:value` split on the first colon.
 *                               Values of one dimension are OR-ed, dimensions are AND-ed.
 *   view=stacked                breakdown as stacked bars over time (default: totals)
 *   input=sales.deals_won       observations of one input of a derived metric
 *   cumulative=1                running total in the time-series chart
 */
import { isDimensionName, parseFilters, type DimensionFilter } from '../../../shared/url/filters';

export { addFilter, removeFilter, toFilterInput, type DimensionFilter } from '../../../shared/url/filters';

export type BreakdownView = 'bars' | 'stacked';

export interface DrillState {
  granularity: Granularity | null;
  groupBy: string | null;
  filters: DimensionFilter[];
  view: BreakdownView;
  input: string | null;
  cumulative: boolean;
}

export const DRILL_PARAMS = ['granularity', 'groupBy', 'f', 'view', 'input', 'cumulative'] as const;

/** Charts stay responsive and readable below this many buckets; finer granularities are disabled. */
export const MAX_CHART_POINTS = 3000;

function isGranularity(value: string | null): value is Granularity {
  return value !== null && (GRANULARITIES as readonly string[]).includes(value);
}

export function parseDrillState(params: URLSearchParams): DrillState {
  const granularity = params.get('granularity');
  const groupBy = params.get('groupBy');
  const input = params.get('input');
  return {
    granularity: isGranularity(granularity) ? granularity : null,
    groupBy: groupBy && isDimensionName(groupBy) ? groupBy : null,
    filters: parseFilters(params),
    view: params.get('view') === 'stacked' ? 'stacked' : 'bars',
    input: input && input.length <= 200 ? input : null,
    cumulative: params.get('cumulative') === '1',
  };
}

/** A copy of `params` with the drill state written canonically (defaults omitted); other params are kept. */
export function writeDrillState(params: URLSearchParams, state: DrillState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of DRILL_PARAMS) next.delete(name);
  if (state.granularity) next.set('granularity', state.granularity);
  if (state.groupBy) next.set('groupBy', state.groupBy);
  for (const filter of state.filters) for (const value of filter.values) next.append('f', `${filter.dimension}:${value}`);
  if (state.view !== 'bars') next.set('view', state.view);
  if (state.input) next.set('input', state.input);
  if (state.cumulative) next.set('cumulative', '1');
  return next;
}

/** After filtering on a dimension, break down by the next dimension nobody has filtered yet. */
export function nextGroupBy(dimensions: readonly string[], filters: readonly DimensionFilter[], current: string | null): string | null {
  const filtered = new Set(filters.map((f) => f.dimension));
  return dimensions.find((d) => !filtered.has(d)) ?? current;
}

export interface GranularityOption {
  granularity: Granularity;
  disabled: boolean;
}

/** Every granularity, with the ones that would draw more than MAX_CHART_POINTS buckets (or less than one) disabled. */
export function granularityOptions(range: TimeRange): GranularityOption[] {
  return GRANULARITIES.map((granularity) => ({
    granularity,
    disabled: bucketCount(range, granularity) > MAX_CHART_POINTS,
  }));
}

/** The requested granularity when it is usable for the range, else the domain default. */
export function resolveGranularity(requested: Granularity | null, range: TimeRange): Granularity {
  if (requested && bucketCount(range, requested) <= MAX_CHART_POINTS) return requested;
  return defaultGranularity(range);
}
