import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_EVENT_TYPES, type WebhookDeliveryState, type WebhookEventType } from './webhook.entity';

export const WebhookEventTypeEnum = enumOf(WEBHOOK_EVENT_TYPES);
export const WebhookDeliveryStateEnum = enumOf(WEBHOOK_DELIVERY_STATES);
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'ALERT_RAISED: a rule fired. ALERT_CHANGED: an alert was acknowledged or resolved. DIGEST: a scheduled dashboard digest. TEST: a test message sent to one channel. REVIEW: a review opened for its owner or overdue, an action item assigned or overdue.',
});
registerEnumType(WebhookDeliveryStateEnum, { name: 'WebhookDeliveryState', description: 'FAILED: every attempt failed; no more retries.' });

@ObjectType({ description: 'A receiver of signed HTTP POSTs. The secret is shown only when the endpoint is created.' })
export class WebhookEndpoint {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() url: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes: WebhookEventType[];
  @Field() active: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint) endpoint: WebhookEndpoint;
  @Field({ description: 'The HMAC-SHA256 key of the X-OpsHub-Signature header; store it, it is not shown again.' }) secret: string;
}

@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => Int) attempt: number;
  @Field() at: Date;
  @Field(() => Int, { nullable: true, description: 'null when no response came (refused, timed out).' }) statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;
}

@ObjectType({ description: 'One event on its way to one endpoint, with every attempt.' })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'null: an e-mail to one user (their digest), not to a channel.' }) endpointId: string | null;
  @Field(() => String, { nullable: true, description: "The user's address when endpointId is null." }) recipient: string | null;
  @Field(() => WebhookEventTypeEnum) eventType: WebhookEventType;
  @Field({ description: 'The JSON body sent.' }) payload: string;
  @Field(() => WebhookDeliveryStateEnum) state: WebhookDeliveryState;
  @Field(() => Int) attempts: number;
  @Field({ description: 'When the next attempt is due (PENDING only).' }) nextAttemptAt: Date;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => [WebhookAttempt]) attemptLog: WebhookAttempt[];
}
