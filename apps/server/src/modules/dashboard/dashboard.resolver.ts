import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Comparison } from '@opshub/metrics';
import { ComparisonEnum } from '../../common/enums';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { filterableMetrics, opensDashboard, readsMetric, requireDashboard } from '../auth/access.guard';
import { DashboardService } from './dashboard.service';
import { Dashboard, DashboardSummary } from './dashboard.type';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => [DashboardSummary], { description: 'The dashboards the caller may open.' })
  async dashboards(@Ctx() ctx: AppContext): Promise<DashboardSummary[]> {
    return (await ctx.services.dashboards.listDashboards()).filter((dashboard) => opensDashboard(ctx, dashboard));
  }

  @Query(() => Dashboard, {
    description: 'A dashboard with every KPI computed over the period (default: last 30 days). Whoever may open it sees each card at KPI level. '
      + 'A filter (region = EMEA) slices every metric that has its dimensions and that the caller may break down; unfilteredMetricKeys names the rest.',
  })
  async dashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
  ): Promise<Dashboard> {
    const dashboard = await ctx.services.dashboards.getDashboard(slug);
    requireDashboard(ctx, dashboard);
    const filters = filter ?? [];
    const filtered = await filterableMetrics(ctx, DashboardService.metricKeysOf(dashboard), filters);
    return ctx.services.dashboards.computeDashboard(await ctx.catalog(), dashboard, range, compare, { filters, filtered });
  }

  @FieldResolver(() => [String], { description: 'The dimensions its metrics carry that the caller may filter by (those of metrics they may break down), sorted.' })
  async dimensions(@Ctx() ctx: AppContext, @Root() dashboard: Dashboard): Promise<string[]> {
    const keys = [...new Set(dashboard.sections.flatMap((section) => section.metricKeys))];
    const names = await Promise.all(keys.map(async (key) => (await readsMetric(ctx, key, 'DETAIL') ? ctx.dimensionNames(key) : [])));
    return [...new Set(names.flat())].sort();
  }
}
