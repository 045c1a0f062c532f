import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { Aggregation, Department, Direction, ReviewCadence, UnitKind } from '@opshub/metrics';
import { AggregationEnum, DepartmentEnum, DirectionEnum, ReviewCadenceEnum, UnitKindEnum } from '../../common/enums';

@InputType()
export class UnitInput {
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Float, { nullable: true }) scaleMin?: number | null;
  @Field(() => Float, { nullable: true }) scaleMax?: number | null;
}

@InputType({ description: "A metric's name and description in a language other than the default (English)." })
export class MetricTranslationInput {
  @Field({ description: 'Two-letter language code such as "es".' }) locale: string;
  @Field(() => String, { nullable: true, description: 'Empty or null: the English text is shown.' }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class MetricInput {
  @Field(() => ID) key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DepartmentEnum) department: Department;
  @Field(() => [DepartmentEnum], { nullable: true, description: 'Further departments it is shared with: they read it, its goals, targets and alerts, and their heads edit those.' })
  sharedWith?: Department[] | null;
  @Field(() => UnitInput) unit: UnitInput;
  @Field(() => DirectionEnum) direction: Direction;
  @Field(() => AggregationEnum) aggregation: Aggregation;
  @Field(() => String, { nullable: true }) formula?: string | null;
  @Field(() => String, { nullable: true, description: 'An owner title such as "VP Sales", for an owner who is not a user.' }) owner?: string | null;
  @Field(() => ID, { nullable: true, description: 'The user who answers for the metric.' }) ownerUserId?: string | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) reviewCadence?: ReviewCadence | null;
  @Field(() => Int, { nullable: true, description: 'How often data should arrive, in minutes; the metric is stale past it.' }) expectedIntervalMinutes?: number | null;
  @Field(() => [MetricTranslationInput], { nullable: true }) translations?: MetricTranslationInput[] | null;
}

/** Omitted fields stay as they are; null clears the nullable ones. */
@InputType()
export class MetricUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DepartmentEnum, { nullable: true }) department?: Department | null;
  @Field(() => [DepartmentEnum], { nullable: true, description: 'Replaces the departments it is shared with; [] shares it with none.' }) sharedWith?: Department[] | null;
  @Field(() => UnitInput, { nullable: true }) unit?: UnitInput | null;
  @Field(() => DirectionEnum, { nullable: true }) direction?: Direction | null;
  @Field(() => AggregationEnum, { nullable: true }) aggregation?: Aggregation | null;
  @Field(() => String, { nullable: true, description: 'Only for a derived metric: a base metric cannot become derived, nor the reverse.' }) formula?: string | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => ID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) reviewCadence?: ReviewCadence | null;
  @Field(() => Int, { nullable: true, description: 'Null clears it (a SQL source schedule then stands in).' }) expectedIntervalMinutes?: number | null;
  @Field(() => [MetricTranslationInput], { nullable: true, description: 'Replaces the translations of the locales given.' }) translations?: MetricTranslationInput[] | null;
}
