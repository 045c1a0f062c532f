import { Field, InputType } from 'type-graphql';

@InputType()
export class DimensionLabelInput {
  @Field() dimension: string;
  @Field() value: string;
  @Field({ description: 'The English label.' }) label: string;
  @Field(() => String, { nullable: true, description: 'The Spanish label; empty or null: the English one is shown.' }) labelEs?: string | null;
}
