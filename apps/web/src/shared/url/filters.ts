import { DIMENSION_LIMITS, DIMENSION_NAME_PATTERN } from '@opshub/metrics';

/**
 * Dimension filters in the query string, shared by the drill-down and the dashboards:
 *   f=region:EMEA&f=region:NA   one `f` per value, `dimension:value` split on the first colon.
 *                               Values of one dimension are OR-ed, dimensions are AND-ed.
 */
export interface DimensionFilter {
  dimension: string;
  values: string[];
}

export function isDimensionName(value: string): boolean {
  return value.length <= DIMENSION_LIMITS.maxNameLength && DIMENSION_NAME_PATTERN.test(value);
}

export function isDimensionValue(value: string): boolean {
  return value.length > 0 && value.length <= DIMENSION_LIMITS.maxValueLength;
}

/** Lenient: malformed entries are left out instead of breaking the page. */
export function parseFilters(params: URLSearchParams): DimensionFilter[] {
  const filters: DimensionFilter[] = [];
  for (const raw of params.getAll('f')) {
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    const dimension = raw.slice(0, colon);
    const value = raw.slice(colon + 1);
    if (!isDimensionName(dimension) || !isDimensionValue(value)) continue;
    const existing = filters.find((f) => f.dimension === dimension);
    if (!existing) filters.push({ dimension, values: [value] });
    else if (!existing.values.includes(value)) existing.values.push(value);
  }
  return filters;
}

export function addFilter(filters: readonly DimensionFilter[], dimension: string, value: string): DimensionFilter[] {
  const index = filters.findIndex((f) => f.dimension === dimension);
  if (index === -1) return [...filters, { dimension, values: [value] }];
  if (filters[index].values.includes(value)) return [...filters];
  return filters.map((f, i) => (i === index ? { dimension, values: [...f.values, value] } : f));
}

export function removeFilter(filters: readonly DimensionFilter[], dimension: string, value: string): DimensionFilter[] {
  return filters
    .map((f) => (f.dimension === dimension ? { dimension, values: f.values.filter((v) => v !== value) } : f))
    .filter((f) => f.values.length > 0);
}

/** The GraphQL `filter` argument: omitted when empty. */
export function toFilterInput(filters: readonly DimensionFilter[]): DimensionFilter[] | undefined {
  return filters.length > 0 ? filters.map((f) => ({ dimension: f.dimension, values: [...f.values] })) : undefined;
}

/** A copy of `params` with the filters written (one `f` per value); other parameters are kept. */
export function writeFilters(params: URLSearchParams, filters: readonly DimensionFilter[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('f');
  for (const filter of filters) for (const value of filter.values) next.append('f', `${filter.dimension}:${value}`);
  return next;
}
