import { Field, Float, ID, InputType } from 'type-graphql';
import type { TargetKind } from '@opshub/metrics';
import { TargetKindEnum } from '../../common/enums';

@InputType()
export class TargetInput {
  @Field(() => ID, { nullable: true, description: 'The target to edit; omitted, the one of the same metric, kind and effectiveFrom is replaced, or a new one created.' }) id?: string | null;
  @Field(() => ID) metricKey: string;
  @Field(() => TargetKindEnum) kind: TargetKind;
  @Field(() => Float) value: number;
  @Field(() => Float, { nullable: true }) baseline?: number | null;
  @Field(() => Float, { nullable: true, description: 'Defaults to 0.1.' }) tolerance?: number | null;
  @Field() effectiveFrom: Date;
  @Field(() => Date, { nullable: true }) effectiveTo?: Date | null;
}
