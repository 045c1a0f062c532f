import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class SlaPolicyUpdateInput {
  @Field(() => Int, { nullable: true, description: 'Applies to clocks started from now on.' }) durationSeconds?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'An inactive policy starts no new clocks.' }) active?: boolean | null;
}
