import { Field, InputType } from 'type-graphql';
import type { WebhookEventType } from './webhook.entity';
import { WebhookEventTypeEnum } from './webhook.type';

@InputType()
export class WebhookEndpointInput {
  @Field() name: string;
  @Field({ description: 'http(s) URL the events are POSTed to.' }) url: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes: WebhookEventType[];
  @Field(() => String, { nullable: true, description: 'At least 16 characters; generated when omitted.' }) secret?: string | null;
}
