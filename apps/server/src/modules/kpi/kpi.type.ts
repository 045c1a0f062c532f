import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Granularity, KpiStatus, ValueDomain } from '@opshub/metrics';
import { GranularityEnum, KpiStatusEnum } from '../../common/enums';
import { Metric } from '../metric/metric.type';
import { Target } from '../target/target.type';

@ObjectType({ description: 'A half-open period [from, to).' })
export class Period {
  @Field() from: Date;
  @Field() to: Date;
}

@ObjectType()
export class SeriesPoint {
  @Field({ description: 'Start of the bucket, or of the period when the bucket began before it (the first week of a year to date).' }) at: Date;
  @Field(() => Float, { nullable: true, description: 'Null when the bucket has no data.' }) value: number | null;
}

@ObjectType({ description: "A KPI's snapshot over a period, with its comparison and the target in force." })
export class Kpi {
  @Field(() => Metric) metric: Metric;
  @Field(() => Period) period: Period;
  @Field(() => Period) comparisonPeriod: Period;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) comparisonValue: number | null;
  @Field(() => Float, { nullable: true, description: 'value − comparisonValue' }) change: number | null;
  @Field(() => Float, { nullable: true, description: '(value − comparisonValue) / |comparisonValue|' }) changeRatio: number | null;
  @Field(() => Target, { nullable: true, description: 'The target in force at the end of the period.' }) target: Target | null;
  @Field(() => Float, { nullable: true, description: 'Direction-aware attainment: 1 means exactly on target.' }) attainment: number | null;
  @Field(() => KpiStatusEnum, { nullable: true, description: 'Null when the metric has no target in force (nothing to judge against).' })
  status: KpiStatus | null;
  @Field(() => [SeriesPoint], { description: 'A sparkline of the period at trendGranularity.' }) trend: SeriesPoint[];
  @Field(() => GranularityEnum) trendGranularity: Granularity;
  @Field(() => Date, { nullable: true, description: 'When data of this KPI in the period was last written.' }) lastUpdatedAt: Date | null;
  /** What values the metric can take (not in the schema: Metric.domain says it); bounds the forecast and pacing. */
  domain: ValueDomain;
}

@ObjectType()
export class SeriesGroup {
  @Field(() => String, { nullable: true, description: 'The dimension value; null for the ungrouped total or points without that dimension.' })
  key: string | null;
  @Field(() => Float, { nullable: true, description: 'The value over the whole period.' }) total: number | null;
  @Field(() => [SeriesPoint]) points: SeriesPoint[];
}

@ObjectType({ description: 'A time series for drill-down, optionally broken down by one dimension.' })
export class Series {
  @Field(() => Metric) metric: Metric;
  @Field(() => Period) period: Period;
  @Field(() => GranularityEnum) granularity: Granularity;
  @Field(() => String, { nullable: true }) groupBy: string | null;
  @Field(() => [SeriesGroup], { description: 'Groups ordered by total, largest first.' }) groups: SeriesGroup[];
  @Field(() => Period, { nullable: true }) comparisonPeriod: Period | null;
  @Field(() => [SeriesPoint], { nullable: true, description: "The comparison period's total series, aligned bucket by bucket onto this period's bucket starts." })
  comparison: SeriesPoint[] | null;
}

@ObjectType({ description: 'What a formula would give before it is saved: its total and series over the period, from the data of the metrics it reads.' })
export class FormulaPreview {
  @Field(() => [ID], { description: 'The metrics the formula reads.' }) inputs: string[];
  @Field(() => Period) period: Period;
  @Field(() => GranularityEnum) granularity: Granularity;
  @Field(() => Float, { nullable: true, description: 'The formula over the whole period (ratios as sum/sum); null without data.' }) total: number | null;
  @Field(() => [SeriesPoint]) points: SeriesPoint[];
}

@ObjectType()
export class ForecastPoint {
  @Field({ description: 'Start of the bucket.' }) at: Date;
  @Field(() => Float) value: number;
  @Field(() => Float, { description: 'Lower edge of the confidence band.' }) lower: number;
  @Field(() => Float, { description: 'Upper edge of the confidence band.' }) upper: number;
}

@ObjectType({
  description: "The KPI's trend projected over the next buckets at trendGranularity, by Holt's linear trend method (double exponential smoothing) " +
    'fitted to the complete buckets of the period, with a confidence band that widens with the horizon.',
})
export class KpiForecast {
  @Field({ description: '"holt-linear".' }) method: string;
  @Field(() => Float, { description: 'Level smoothing parameter of the fit.' }) alpha: number;
  @Field(() => Float, { description: 'Trend smoothing parameter of the fit.' }) beta: number;
  @Field(() => Float, { description: 'Coverage of the band, e.g. 0.95.' }) confidence: number;
  @Field(() => GranularityEnum) granularity: Granularity;
  @Field(() => [ForecastPoint], { description: 'The first point is the bucket after the last complete one (the running bucket, if any).' })
  points: ForecastPoint[];
  @Field(() => Float, { nullable: true, description: 'The target projected: the one in force, when the KPI does not meet it yet.' })
  targetValue: number | null;
  @Field(() => Date, { nullable: true, description: 'Start of the first bucket after now where the projection crosses targetValue; null when it does not within the horizon.' })
  projectedTargetDate: Date | null;
}
