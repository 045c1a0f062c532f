import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class ShareLinkInput {
  @Field(() => ID) dashboardSlug: string;
  @Field({ description: 'When the link stops working: in the future, at most a year ahead.' }) expiresAt: Date;
  @Field({ defaultValue: '', description: 'Where the link is used, e.g. "Lobby TV"; at most 100 characters.' }) label: string;
}
