import { Field, Float, ID, InputType } from 'type-graphql';
import type { Aggregation, Department, Direction, ReviewCadence, UnitKind } from '@opshub/metrics';
import { AggregationEnum, DepartmentEnum, DirectionEnum, ReviewCadenceEnum, UnitKindEnum } from '../../common/enums';

@InputType()
export class UnitInput {
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Float, { nullable: true }) scaleMin?: number | null;
  @Field(() => Float, { nullable: true }) scaleMax?: number | null;
}

@InputType()
export class MetricInput {
  @Field(() => ID) key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DepartmentEnum) department: Department;
  @Field(() => UnitInput) unit: UnitInput;
  @Field(() => DirectionEnum) direction: Direction;
  @Field(() => AggregationEnum) aggregation: Aggregation;
  @Field(() => String, { nullable: true }) formula?: string | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) reviewCadence?: ReviewCadence | null;
}

@InputType()
export class MetricUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DirectionEnum, { nullable: true }) direction?: Direction | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) reviewCadence?: ReviewCadence | null;
}
