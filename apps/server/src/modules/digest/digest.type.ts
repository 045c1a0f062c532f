import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { DIGEST_CADENCES, type DigestCadence } from './digest.entity';

export const DigestCadenceEnum = enumOf(DIGEST_CADENCES);
registerEnumType(DigestCadenceEnum, { name: 'DigestCadence', description: "Sent at the start of each day or week (Monday) in the organisation's time zone." });

@ObjectType()
export class DigestSubscription {
  @Field(() => ID) id: string;
  @Field() dashboardSlug: string;
  @Field(() => DigestCadenceEnum) cadence: DigestCadence;
  @Field(() => ID, { nullable: true, description: 'Delivered there as a DIGEST event; the outbox gets every digest either way.' }) webhookEndpointId: string | null;
  @Field(() => ID, { nullable: true, description: 'The user it is e-mailed to; it lists the open alerts that user may read.' }) userId: string | null;
  @Field(() => ID, { nullable: true, description: 'Who subscribed; a channel digest lists the open alerts they may read.' }) createdBy: string | null;
  @Field() active: boolean;
  @Field() nextRunAt: Date;
  @Field(() => Date, { nullable: true }) lastRunAt: Date | null;
}

@ObjectType({ description: 'A rendered digest, kept for a mail relay (which sets sentAt) and as a record.' })
export class DigestMessage {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) subscriptionId: string | null;
  @Field() dashboardSlug: string;
  @Field(() => DigestCadenceEnum) cadence: DigestCadence;
  @Field() periodFrom: Date;
  @Field() periodTo: Date;
  @Field() subject: string;
  @Field() html: string;
  @Field(() => ID, { nullable: true }) webhookDeliveryId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
