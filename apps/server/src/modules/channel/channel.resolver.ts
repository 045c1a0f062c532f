import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { canAdminister, canEdit, DEPARTMENTS } from '@opshub/metrics';
import { notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireAdmin, requireEdit } from '../auth/access.guard';
import { WebhookDelivery } from '../webhook/webhook.type';
import { ChannelInput } from './channel.input';
import { Channel, CreatedChannel } from './channel.type';

/** An ADMIN channel (no department) is the ADMINs'; a department's channel also its head's and the executives'. */
function requireChannelEdit(ctx: AppContext, department: Channel['department']): void {
  if (department === null) requireAdmin(ctx);
  else requireEdit(ctx, department, 'ALERT_RULE');
}

async function existing(ctx: AppContext, id: string): Promise<Channel> {
  const channel = await ctx.services.channels.channel(id);
  if (!channel) throw notFound('Channel', id);
  requireChannelEdit(ctx, channel.department);
  return channel;
}

@Resolver(() => Channel)
export class ChannelResolver {
  @Query(() => [Channel], { description: 'The channels you manage: every one for an ADMIN, those of the departments whose rules you edit otherwise.' })
  channels(@Ctx() ctx: AppContext): Promise<Channel[]> {
    const { grant } = principalOf(ctx);
    return ctx.services.channels.channels(canAdminister(grant) ? null : DEPARTMENTS.filter((d) => canEdit(grant, d, 'ALERT_RULE')));
  }

  @Query(() => [WebhookDelivery], { description: "A channel's delivery log, newest first, with every attempt." })
  async channelDeliveries(
    @Ctx() ctx: AppContext,
    @Arg('channelId', () => ID) channelId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<WebhookDelivery[]> {
    await existing(ctx, channelId);
    return ctx.services.webhooks.deliveries({ endpointId: channelId }, first);
  }

  @Mutation(() => CreatedChannel)
  createChannel(@Ctx() ctx: AppContext, @Arg('input', () => ChannelInput) input: ChannelInput): Promise<CreatedChannel> {
    requireChannelEdit(ctx, input.department ?? null);
    return ctx.services.channels.create(input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Channel, { description: 'Replaces its name, address(es), events and whether it is active; kind and department stay.' })
  async updateChannel(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => ChannelInput) input: ChannelInput): Promise<Channel> {
    await existing(ctx, id);
    return ctx.services.channels.update(id, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Channel, { description: 'Deletes it and its delivery log; rules stop routing to it.' })
  async deleteChannel(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Channel> {
    await existing(ctx, id);
    return ctx.services.channels.delete(id, actorOf(principalOf(ctx)));
  }

  @Mutation(() => WebhookDelivery, { description: 'Queues a test message to the channel; its delivery log shows whether it arrived.' })
  async sendTestNotification(@Ctx() ctx: AppContext, @Arg('channelId', () => ID) channelId: string): Promise<WebhookDelivery> {
    await existing(ctx, channelId);
    return ctx.services.channels.sendTest(channelId);
  }
}
