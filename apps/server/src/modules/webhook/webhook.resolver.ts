import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireAdmin } from '../auth/access.guard';
import { WebhookEndpointInput } from './webhook.input';
import { CreatedWebhookEndpoint, WebhookDelivery, WebhookEndpoint } from './webhook.type';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Query(() => [WebhookEndpoint])
  webhookEndpoints(@Ctx() ctx: AppContext): Promise<WebhookEndpoint[]> {
    requireAdmin(ctx);
    return ctx.services.webhooks.endpoints();
  }

  @Query(() => [WebhookDelivery], { description: 'The delivery log, newest first, with every attempt.' })
  webhookDeliveries(
    @Ctx() ctx: AppContext,
    @Arg('endpointId', () => ID, { nullable: true }) endpointId: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<WebhookDelivery[]> {
    requireAdmin(ctx);
    return ctx.services.webhooks.deliveries({ endpointId }, first);
  }

  @Mutation(() => CreatedWebhookEndpoint)
  createWebhookEndpoint(@Ctx() ctx: AppContext, @Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    requireAdmin(ctx);
    return ctx.services.webhooks.createEndpoint(input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => WebhookEndpoint, { description: 'An inactive endpoint gets no new deliveries; queued ones are still sent.' })
  async setWebhookEndpointActive(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('active') active: boolean): Promise<WebhookEndpoint> {
    requireAdmin(ctx);
    const endpoint = await ctx.services.webhooks.setActive(id, active, actorOf(principalOf(ctx)));
    if (!endpoint) throw notFound('WebhookEndpoint', id);
    return endpoint;
  }
}
