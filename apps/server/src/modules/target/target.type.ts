import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { TargetKind } from '@opshub/metrics';
import { TargetKindEnum } from '../../common/enums';

@ObjectType({ description: 'A time-bound target: in force from effectiveFrom (inclusive) to effectiveTo (exclusive, open when null).' })
export class Target {
  @Field(() => ID) id: string;
  @Field(() => ID) metricKey: string;
  @Field(() => TargetKindEnum) kind: TargetKind;
  @Field(() => Float) value: number;
  @Field(() => Float, { nullable: true, description: 'The state before the plan.' }) baseline: number | null;
  @Field(() => Float, { description: 'Relative band around the target inside which a miss is AT_RISK (0.1 = 10 %).' }) tolerance: number;
  @Field() effectiveFrom: Date;
  @Field(() => Date, { nullable: true }) effectiveTo: Date | null;
}
