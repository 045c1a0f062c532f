import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An action item decided in a review, about one KPI of it.' })
export class ReviewActionItemInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID, { description: 'A KPI of the review.' }) metricKey: string;
  @Field(() => ID, { nullable: true, description: 'The user who does it (required).' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'The local date it is due, YYYY-MM-DD (required).' }) dueDate?: string | null;
  @Field({ description: 'What is to be done (1–500 characters).' }) text: string;
}
