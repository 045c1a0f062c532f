import { Field, Float, ID, InputType } from 'type-graphql';

@InputType()
export class ChecklistItemInput {
  @Field(() => ID, { description: 'The plan goal it belongs to; its due day may not be before the goal starts.' }) goalId: string;
  @Field({ description: 'Up to 200 characters.' }) title: string;
  @Field(() => ID, { nullable: true, description: 'The user who answers for it (required).' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: "A calendar day, YYYY-MM-DD, in the organisation's zone (required)." }) dueDate?: string | null;
  @Field(() => Float, { nullable: true, description: "In the metric's unit (0.8 is 80 %); required with a metric." }) target?: number | null;
  @Field(() => String, { nullable: true, description: 'A catalog metric to read progress from; without one the item is ticked by hand.' }) metricKey?: string | null;
}

@InputType()
export class RaciStepInput {
  @Field(() => ID, { nullable: true, description: 'Required: who does the work.' }) responsibleUserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required: the one who answers for it.' }) accountableUserId?: string | null;
  @Field(() => [ID], { nullable: true }) consultedUserIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) informedUserIds?: string[] | null;
}
