import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Comparison } from '@opshub/metrics';
import { ComparisonEnum } from '../../common/enums';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { Dashboard, DashboardSummary } from './dashboard.type';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => [DashboardSummary])
  dashboards(@Ctx() ctx: AppContext): Promise<DashboardSummary[]> {
    return ctx.services.dashboards.listDashboards();
  }

  @Query(() => Dashboard, { description: 'A dashboard with every KPI computed over the period (default: last 30 days).' })
  async dashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
  ): Promise<Dashboard> {
    return ctx.services.dashboards.computeDashboard(await ctx.catalog(), slug, range, compare);
  }
}
