import { registerEnumType } from 'type-graphql';
import {
  AGGREGATIONS, COMPARISONS, DEPARTMENTS, DIRECTIONS, GRANULARITIES, KPI_STATUSES, METRIC_SOURCES, RANGE_PRESETS, REVIEW_CADENCES,
  SLA_WORKFLOWS, TARGET_KINDS, UNIT_KINDS,
} from '@opshub/metrics';

/** GraphQL enums mirror the domain's string unions, so both sides share one list of values. */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const DepartmentEnum = enumOf(DEPARTMENTS);
export const UnitKindEnum = enumOf(UNIT_KINDS);
export const DirectionEnum = enumOf(DIRECTIONS);
export const AggregationEnum = enumOf(AGGREGATIONS);
export const ReviewCadenceEnum = enumOf(REVIEW_CADENCES);
export const RangePresetEnum = enumOf(RANGE_PRESETS);
export const ComparisonEnum = enumOf(COMPARISONS);
export const GranularityEnum = enumOf(GRANULARITIES);
export const TargetKindEnum = enumOf(TARGET_KINDS);
export const KpiStatusEnum = enumOf(KPI_STATUSES);
export const MetricSourceEnum = enumOf(METRIC_SOURCES);
export const SlaWorkflowEnum = enumOf(SLA_WORKFLOWS);

registerEnumType(DepartmentEnum, { name: 'Department' });
registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'PERCENT values are fractions (0.25 = 25 %).' });
registerEnumType(DirectionEnum, { name: 'Direction' });
registerEnumType(AggregationEnum, {
  name: 'Aggregation',
  description: 'How a metric rolls up over time: SUM for flows, LAST for stocks (last value per series, summed across series), AVG, MIN, MAX.',
});
registerEnumType(ReviewCadenceEnum, { name: 'ReviewCadence' });
registerEnumType(SlaWorkflowEnum, {
  name: 'SlaWorkflow',
  description: 'A workflow with SLA deadlines: LEAD (lead management, from lead records) or one of the Workflow records (ONBOARDING, TICKET, RENEWAL).',
});
registerEnumType(RangePresetEnum, { name: 'RangePreset', description: "Periods in the organisation's time zone, ending now." });
registerEnumType(ComparisonEnum, { name: 'Comparison' });
registerEnumType(GranularityEnum, { name: 'Granularity' });
registerEnumType(TargetKindEnum, { name: 'TargetKind', description: 'PLAN targets are short-term (e.g. a 90-day plan); LONG_TERM are the standing goal.' });
registerEnumType(KpiStatusEnum, { name: 'KpiStatus' });
registerEnumType(MetricSourceEnum, {
  name: 'MetricSource',
  description: 'OBSERVATIONS are pushed in with recordObservations; RECORDS are computed from lead records and cannot be written directly.',
});
