import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Comparison } from '@opshub/metrics';
import { ComparisonEnum } from '../../common/enums';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { opensDashboard, requireDashboard } from '../auth/access.guard';
import { Dashboard, DashboardSummary } from './dashboard.type';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => [DashboardSummary], { description: 'The dashboards the caller may open.' })
  async dashboards(@Ctx() ctx: AppContext): Promise<DashboardSummary[]> {
    return (await ctx.services.dashboards.listDashboards()).filter((dashboard) => opensDashboard(ctx, dashboard));
  }

  @Query(() => Dashboard, {
    description: 'A dashboard with every KPI computed over the period (default: last 30 days). Whoever may open it sees each card at KPI level.',
  })
  async dashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
  ): Promise<Dashboard> {
    const dashboard = await ctx.services.dashboards.getDashboard(slug);
    requireDashboard(ctx, dashboard);
    return ctx.services.dashboards.computeDashboard(await ctx.catalog(), dashboard, range, compare);
  }
}
