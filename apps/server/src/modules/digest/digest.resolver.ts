import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput, notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import { canReadOwned } from '@opshub/metrics';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf, requireAdmin, requireDashboard, requireEdit, requireOwnedEdit } from '../auth/access.guard';
import { DigestSignupInput, DigestSubscriptionInput } from './digest.input';
import { DigestMessage, DigestSubscription } from './digest.type';

/**
 * The dashboards whose digests the principal sees: those of departments it reads in full (the owner's or one it is
 * shared with). A digest lists the
 * dashboard's open alerts, which a department head following the executive KPIs does not get to see.
 */
async function digestDashboardSlugs(ctx: AppContext): Promise<string[]> {
  const { grant } = principalOf(ctx);
  return (await ctx.services.dashboards.listDashboards(null)).filter((dashboard) => dashboard.department !== null && canReadOwned(grant, { department: dashboard.department, sharedWith: dashboard.sharedWith })).map((dashboard) => dashboard.slug);
}

/** A digest is changed (created, run, marked sent) by whoever edits its dashboard's department (or one it is shared with). */
async function requireDigestEdit(ctx: AppContext, dashboardSlug: string): Promise<void> {
  const dashboard = await ctx.services.dashboards.getDashboard(dashboardSlug);
  // A personal dashboard's digests are its owner's.
  if (dashboard.department === null) requireDashboard(ctx, dashboard);
  else requireOwnedEdit(ctx, { department: dashboard.department, sharedWith: dashboard.sharedWith }, 'DIGEST');
}

@Resolver(() => DigestSubscription)
export class DigestResolver {
  @Query(() => [DigestSubscription], { description: 'The subscriptions of the dashboards of departments you read.' })
  async digestSubscriptions(@Ctx() ctx: AppContext): Promise<DigestSubscription[]> {
    return ctx.services.digests.subscriptions(await digestDashboardSlugs(ctx));
  }

  @Query(() => [DigestMessage], { description: 'Rendered digests of the dashboards of departments you read, newest first; unsentOnly for a mail relay.' })
  async digestOutbox(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200.' }) first: number,
    @Arg('unsentOnly', { defaultValue: false }) unsentOnly: boolean,
  ): Promise<DigestMessage[]> {
    return ctx.services.digests.outbox(first, unsentOnly, await digestDashboardSlugs(ctx), principalOf(ctx).id);
  }

  @Mutation(() => DigestSubscription, { description: 'A daily or weekly digest of a dashboard, from the next day or week on.' })
  async createDigestSubscription(@Ctx() ctx: AppContext, @Arg('input', () => DigestSubscriptionInput) input: DigestSubscriptionInput): Promise<DigestSubscription> {
    // An unknown dashboard is the input's mistake, reported by subscribe with its field.
    if (await ctx.services.dashboards.findDashboard(input.dashboardSlug)) await requireDigestEdit(ctx, input.dashboardSlug);
    // Endpoints are the admins' integrations: nobody else routes data to one.
    if (input.webhookEndpointId) requireAdmin(ctx);
    return ctx.services.digests.subscribe(input, actorOf(principalOf(ctx)));
  }

  @Query(() => [DigestSubscription], { description: 'The digests you subscribed to (yourself or a channel), optionally of one dashboard.' })
  myDigestSubscriptions(@Ctx() ctx: AppContext, @Arg('dashboardSlug', () => String, { nullable: true }) dashboardSlug: string | null): Promise<DigestSubscription[]> {
    return ctx.services.digests.subscriptionsBy(principalOf(ctx).id, dashboardSlug);
  }

  @Mutation(() => DigestSubscription, {
    description: "A daily or weekly digest of a dashboard you open, e-mailed to you; or, for department heads, executives and ADMINs, sent to a channel they manage. It lists the dashboard's open alerts you may read.",
  })
  async subscribeToDigest(@Ctx() ctx: AppContext, @Arg('input', () => DigestSignupInput) input: DigestSignupInput): Promise<DigestSubscription> {
    const principal = principalOf(ctx);
    if (principal.kind !== 'USER') throw forbidden('Only a signed-in user subscribes to digests');
    const dashboard = await ctx.services.dashboards.findDashboard(input.dashboardSlug);
    // An unknown dashboard is the input's mistake, reported by signUp with its field.
    if (dashboard) requireDashboard(ctx, dashboard);
    if (input.channelId) {
      if (principal.grant.role === 'VIEWER') throw forbidden('Viewers subscribe themselves, not channels');
      const channel = await ctx.services.channels.channel(input.channelId);
      if (!channel) throw badUserInput('unknown channel', { field: 'input.channelId' });
      if (channel.department === null) requireAdmin(ctx);
      else requireEdit(ctx, channel.department, 'DIGEST');
    }
    return ctx.services.digests.signUp(input, { ...actorOf(principal), id: principal.id });
  }

  @Mutation(() => DigestSubscription, { description: 'Ends a digest you subscribed to (or, for whoever edits its dashboard\'s digests, any of its dashboard).' })
  async deleteDigestSubscription(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<DigestSubscription> {
    const subscription = await ctx.services.digests.subscription(id);
    if (!subscription) throw notFound('DigestSubscription', id);
    if (subscription.createdBy !== principalOf(ctx).id) await requireDigestEdit(ctx, subscription.dashboardSlug);
    return ctx.services.digests.unsubscribe(id, actorOf(principalOf(ctx)));
  }

  @Mutation(() => DigestMessage, { description: 'Renders and delivers the digest for the day or week ending now, outside the schedule.' })
  async runDigest(@Ctx() ctx: AppContext, @Arg('subscriptionId', () => ID) subscriptionId: string): Promise<DigestMessage> {
    const subscription = await ctx.services.digests.subscription(subscriptionId);
    if (!subscription) throw notFound('DigestSubscription', subscriptionId);
    if (subscription.createdBy !== principalOf(ctx).id) await requireDigestEdit(ctx, subscription.dashboardSlug);
    return ctx.services.digests.run(subscriptionId);
  }

  @Mutation(() => DigestMessage, { description: 'For a mail relay (an API key reading the dashboard\'s department, or whoever edits its digests): the message was sent.' })
  async markDigestSent(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<DigestMessage> {
    const message = await ctx.services.digests.message(id);
    if (!message) throw notFound('DigestMessage', id);
    const principal = principalOf(ctx);
    if (principal.kind === 'API_KEY') {
      const dashboard = await ctx.services.dashboards.getDashboard(message.dashboardSlug);
      if (dashboard.department === null || !canReadOwned(principal.grant, { department: dashboard.department, sharedWith: dashboard.sharedWith })) throw forbidden(`This key may not handle ${dashboard.department} digests`);
    } else {
      await requireDigestEdit(ctx, message.dashboardSlug);
    }
    return ctx.services.digests.markSent(id);
  }
}
