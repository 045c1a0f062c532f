import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) objectType?: string | null;
  @Field(() => ID, { nullable: true }) objectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A user\'s or an API key\'s id.' }) actorId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this instant, exclusive.' }) to?: Date | null;
}
