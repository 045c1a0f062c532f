import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { readsWidgetData } from '../auth/access.guard';
import { Kpi, Series } from '../kpi/kpi.type';
import { DashboardWidget } from './dashboard.type';

/**
 * A chart widget's series and overlays, through the dashboard that shows it: a share link reads exactly what its
 * dashboard's charts draw (their metrics, period and comparison, goal trajectory and forecast), and no other metric's.
 */
@Resolver(() => DashboardWidget)
export class WidgetSeriesResolver {
  @FieldResolver(() => [Series], {
    nullable: true,
    description: "A TIME_SERIES widget's metrics over its period, in its order, each with its comparison overlaid and sliced by the dashboard's filter where "
      + 'its cards are; null for other widgets. Whoever opens the dashboard reads them, as its cards.',
  })
  async series(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<Series[] | null> {
    if (widget.type !== 'TIME_SERIES') return null;
    const { filters, filtered } = widget.filter;
    // A widget reaches only who opened its dashboard, which shows each metric's total (KPI level) to all of them; a
    // slice (breakdown) only where the filter was allowed to apply, which the dashboard query checked per metric.
    if (!(await readsWidgetData(ctx, widget, () => true))) return null;
    const catalog = await ctx.catalog();
    const { range, compare } = widget.period;
    return Promise.all(widget.metricKeys.map((key) => ctx.services.kpis.series(catalog, key, { range, compare, filters: filtered.has(key) ? filters : [] })));
  }

  @FieldResolver(() => [Kpi], {
    nullable: true,
    description: "A TIME_SERIES widget's metrics as KPIs over its period, in its order: what its goal and forecast overlays draw "
      + '(`pacing { trajectory }`, `forecast`), sliced as its series; null for other widgets. Whoever opens the dashboard reads them, as its cards.',
  })
  async seriesKpis(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<Kpi[] | null> {
    if (widget.type !== 'TIME_SERIES') return null;
    // As `series`: the chart's own metrics only, whole or sliced where the dashboard's filter applies.
    if (!(await readsWidgetData(ctx, widget, () => true))) return null;
    const { range, compare } = widget.period;
    const computed = await ctx.services.dashboards.computeFiltered(await ctx.catalog(), widget.metricKeys, range, compare, widget.filter);
    const byKey = new Map(computed.map((kpi) => [kpi.metric.key, kpi]));
    return widget.metricKeys.map((key) => byKey.get(key)!);
  }
}
