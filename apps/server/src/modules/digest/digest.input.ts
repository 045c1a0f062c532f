import { Field, ID, InputType } from 'type-graphql';
import type { DigestCadence } from './digest.entity';
import { DigestCadenceEnum } from './digest.type';

@InputType()
export class DigestSubscriptionInput {
  @Field() dashboardSlug: string;
  @Field(() => DigestCadenceEnum) cadence: DigestCadence;
  @Field(() => ID, { nullable: true, description: 'A webhook endpoint subscribed to DIGEST; omit to use the outbox only.' }) webhookEndpointId?: string | null;
}

@InputType({ description: 'A digest for yourself by e-mail, or (heads, executives, ADMINs) for a channel you manage.' })
export class DigestSignupInput {
  @Field() dashboardSlug: string;
  @Field(() => DigestCadenceEnum) cadence: DigestCadence;
  @Field(() => ID, { nullable: true, description: 'Omit to get it yourself, at your e-mail address.' }) channelId?: string | null;
}
