// modules/funnel still imports the filter type from here; it moves to modules/revops (issue #23, seam 2),
// whose import then points at modules/rollup and this file goes.
export type { DimensionFilter } from '../rollup/rollup.read';
