/** The shared contract of OpsHub's metrics domain: enums and shapes used by server and web. */

export const DEPARTMENTS = ['EXECUTIVE', 'SALES', 'MARKETING', 'CUSTOMER_SUCCESS', 'PRODUCT', 'OPERATIONS', 'FINANCE'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const UNIT_KINDS = ['PERCENT', 'CURRENCY', 'COUNT', 'DAYS', 'HOURS', 'MINUTES', 'SECONDS', 'SCORE', 'RATIO', 'MULTIPLIER'] as const;
/** PERCENT values are fractions: 0.25 is shown as 25 %. */
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  kind: UnitKind;
  /** ISO 4217 code, required when kind is CURRENCY. */
  currency?: string;
  /** The scale's bounds: a score's (NPS −100…100, an activity score out of 10), or a percent's (a margin at most 1, 100 %). */
  scaleMin?: number;
  scaleMax?: number;
}

export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * How a metric rolls up over time and across dimension series.
 * SUM: flows (revenue, lead counts). LAST: stocks (ARR, customers); the last value of each series in
 * the period, series then summed. AVG/MIN/MAX: over all points of the period.
 * P50/P90: the median and 90th percentile of all points of the period (`percentile`, PostgreSQL's
 * percentile_cont): one point per case (a ticket's first-response hours), never pre-aggregated, since a
 * percentile cannot be rolled up from sums; base metrics only.
 */
export const AGGREGATIONS = ['SUM', 'LAST', 'AVG', 'MIN', 'MAX', 'P50', 'P90'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** The percentile aggregations and the fraction each reads. */
export const PERCENTILE_FRACTIONS = { P50: 0.5, P90: 0.9 } as const satisfies Partial<Record<Aggregation, number>>;
export type PercentileAggregation = keyof typeof PERCENTILE_FRACTIONS;

export function isPercentile(aggregation: Aggregation): aggregation is PercentileAggregation {
  return aggregation in PERCENTILE_FRACTIONS;
}

/**
 * Where a base metric's observations come from: OBSERVATIONS are pushed in (recordObservations); RECORDS are
 * computed by OpsHub from its own records (the lead funnel) and cannot be written directly.
 */
export const METRIC_SOURCES = ['OBSERVATIONS', 'RECORDS'] as const;
export type MetricSource = (typeof METRIC_SOURCES)[number];

export const REVIEW_CADENCES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export const RANGE_PRESETS = [
  'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'MONTH_TO_DATE', 'QUARTER_TO_DATE', 'YEAR_TO_DATE',
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const COMPARISONS = ['PREVIOUS_PERIOD', 'PREVIOUS_YEAR'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const GRANULARITIES = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const TARGET_KINDS = ['PLAN', 'LONG_TERM'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const KPI_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** A half-open instant range [from, to). */
export interface TimeRange {
  from: Date;
  to: Date;
}

export interface RangeSpec {
  preset?: RangePreset | null;
  from?: Date | null;
  to?: Date | null;
}

export interface MetricDefinition {
  key: string;
  name: string;
  description: string;
  department: Department;
  unit: Unit;
  direction: Direction;
  aggregation: Aggregation;
  /** A formula over other metric keys (e.g. `sales.deals_won / sales.deals_closed`); null for base metrics. */
  formula?: string | null;
  /** Base metrics only; OBSERVATIONS when absent. */
  source?: MetricSource;
  owner?: string | null;
  reviewCadence?: ReviewCadence | null;
}

export interface TargetDefinition {
  metricKey: string;
  kind: TargetKind;
  value: number;
  /** Inclusive start of the period the target is in force. */
  effectiveFrom: Date;
  /** Exclusive end, or null when open-ended. */
  effectiveTo?: Date | null;
  /** The state before the plan (the seed's "Actual" column). */
  baseline?: number | null;
  /** Relative band around the target inside which a miss is AT_RISK rather than OFF_TRACK (0.1 = 10 %). */
  tolerance?: number;
}
