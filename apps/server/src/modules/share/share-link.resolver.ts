import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf, requireDashboardShare } from '../auth/access.guard';
import { DashboardSummary } from '../dashboard/dashboard.type';
import { ShareLinkInput } from './share-link.input';
import { CreatedShareLink, ShareLink } from './share-link.type';

@Resolver(() => ShareLink)
export class ShareLinkResolver {
  @Query(() => [ShareLink], { description: "A dashboard's share links, newest first (revoked and expired ones too); for the heads, executives and ADMINs who may open it." })
  async shareLinks(@Ctx() ctx: AppContext, @Arg('dashboardSlug', () => ID) dashboardSlug: string): Promise<ShareLink[]> {
    requireDashboardShare(ctx, await ctx.services.dashboards.getDashboard(dashboardSlug));
    return (await ctx.services.shareLinks.list(dashboardSlug)).map((link) => ctx.services.shareLinks.toShareLink(link));
  }

  @Query(() => DashboardSummary, { description: 'The dashboard the share link in use opens (then read it with `dashboard`). FORBIDDEN without a share link.' })
  async sharedDashboard(@Ctx() ctx: AppContext): Promise<DashboardSummary> {
    const principal = principalOf(ctx);
    if (principal.kind !== 'SHARE_LINK' || !principal.dashboard) throw forbidden('Only a share link has a shared dashboard');
    const slug = principal.dashboard;
    const dashboard = await ctx.services.dashboards.findDashboard(slug);
    if (!dashboard) throw forbidden('The shared dashboard no longer exists');
    return ctx.services.dashboards.toSummary(dashboard, false);
  }

  @Mutation(() => CreatedShareLink)
  async createShareLink(@Ctx() ctx: AppContext, @Arg('input', () => ShareLinkInput) input: ShareLinkInput): Promise<CreatedShareLink> {
    const dashboard = await ctx.services.dashboards.getDashboard(input.dashboardSlug);
    requireDashboardShare(ctx, dashboard);
    const { link, token } = await ctx.services.shareLinks.create(dashboard, input, actorOf(principalOf(ctx)));
    return Object.assign(new CreatedShareLink(), { link: ctx.services.shareLinks.toShareLink(link), token });
  }

  @Mutation(() => ShareLink, { description: 'Stops the link at once: screens showing it close.' })
  async revokeShareLink(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ShareLink> {
    const link = await ctx.services.shareLinks.get(id);
    const dashboard = await ctx.services.dashboards.getDashboard(link.dashboardSlug);
    requireDashboardShare(ctx, dashboard);
    return ctx.services.shareLinks.toShareLink(await ctx.services.shareLinks.revoke(dashboard, link, actorOf(principalOf(ctx))));
  }
}
