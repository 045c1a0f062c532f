import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Department } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';
import { CHANNEL_KINDS, type ChannelKind, type WebhookEventType } from '../webhook/webhook.entity';
import { WebhookEventTypeEnum } from '../webhook/webhook.type';

export const ChannelKindEnum = enumOf(CHANNEL_KINDS);
registerEnumType(ChannelKindEnum, {
  name: 'ChannelKind',
  description: 'WEBHOOK: signed JSON POSTs (X-OpsHub-Signature). SLACK: a Slack-compatible incoming webhook ({"text": …}). EMAIL: messages to fixed addresses over SMTP.',
});

@ObjectType({ description: 'Where alerts and digests go: a signed webhook, a Slack incoming webhook or e-mail addresses.' })
export class Channel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field(() => DepartmentEnum, { nullable: true, description: "null: an ADMIN channel; otherwise its department's head manages it." }) department: Department | null;
  @Field(() => String, { nullable: true, description: 'WEBHOOK and SLACK.' }) url: string | null;
  @Field(() => [String], { description: 'EMAIL: the addresses.' }) recipients: string[];
  @Field(() => [WebhookEventTypeEnum], { description: 'ADMIN channels: events it gets from every rule; a department channel gets what is routed to it.' }) eventTypes: WebhookEventType[];
  @Field() active: boolean;
  @Field({ description: 'en or es: the language of its e-mails and Slack messages.' }) locale: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class CreatedChannel {
  @Field(() => Channel) channel: Channel;
  @Field(() => String, { nullable: true, description: 'WEBHOOK: the HMAC-SHA256 key of X-OpsHub-Signature; shown only now.' }) secret: string | null;
}
