import { Field, Float, ID, InputType } from 'type-graphql';
import type { Department, GoalShape } from '@opshub/metrics';
import { DepartmentEnum } from '../../common/enums';
import { GoalShapeEnum } from './goal.type';

@InputType()
export class GoalMilestoneInput {
  @Field() at: Date;
  @Field(() => Float) value: number;
}

@InputType()
export class GoalInput {
  @Field(() => ID, { nullable: true, description: 'Replace this goal; a new one is created without it.' }) id?: string | null;
  @Field() name: string;
  @Field(() => ID) metricKey: string;
  @Field(() => ID, { nullable: true, description: 'The goal this one contributes to (company → department → owner).' }) parentId?: string | null;
  @Field(() => DepartmentEnum, { nullable: true }) department?: Department | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => GoalShapeEnum) shape: GoalShape;
  @Field(() => Float) startValue: number;
  @Field() startAt: Date;
  @Field(() => Float) endValue: number;
  @Field() endAt: Date;
  @Field(() => [GoalMilestoneInput], { nullable: true, description: 'Required by STEPPED and MILESTONES goals, strictly between startAt and endAt.' })
  milestones?: GoalMilestoneInput[] | null;
}
