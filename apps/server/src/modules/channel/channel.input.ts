import { Field, InputType } from 'type-graphql';
import type { Department } from '@opshub/metrics';
import { DepartmentEnum } from '../../common/enums';
import type { ChannelKind, WebhookEventType } from '../webhook/webhook.entity';
import { WebhookEventTypeEnum } from '../webhook/webhook.type';
import { ChannelKindEnum } from './channel.type';

@InputType()
export class ChannelInput {
  @Field() name: string;
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field(() => DepartmentEnum, { nullable: true, description: 'Omit for an ADMIN channel (ADMIN only).' }) department?: Department | null;
  @Field(() => String, { nullable: true, description: 'WEBHOOK and SLACK: the http(s) URL.' }) url?: string | null;
  @Field(() => [String], { nullable: true, description: 'EMAIL: one to 20 addresses.' }) recipients?: string[] | null;
  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'ADMIN channels only: events it gets from every rule.' }) eventTypes?: WebhookEventType[] | null;
  @Field({ defaultValue: true }) active: boolean;
  @Field(() => String, { nullable: true, description: 'EMAIL and SLACK: en (the default) or es, the language of its messages.' }) locale?: string | null;
}
