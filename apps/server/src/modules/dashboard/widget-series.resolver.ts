import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { readsMetric, readsWidgetData } from '../auth/access.guard';
import { Series } from '../kpi/kpi.type';
import { DashboardWidget } from './dashboard.type';

/**
 * A chart widget's series, through the dashboard that shows it: a share link reads exactly what its dashboard's
 * charts draw (their metrics, period and comparison), and no other series.
 */
@Resolver(() => DashboardWidget)
export class WidgetSeriesResolver {
  @FieldResolver(() => [Series], {
    nullable: true,
    description: "A TIME_SERIES widget's metrics over its period, in its order, each with its comparison overlaid and sliced by the dashboard's filter where "
      + 'the cards are; null for other widgets and for a caller who may not read one of its metrics.',
  })
  async series(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<Series[] | null> {
    if (widget.type !== 'TIME_SERIES') return null;
    const { filters, filtered } = widget.filter;
    const readable = await Promise.all(widget.metricKeys.map((key) => readsWidgetData(ctx, widget, () => readsMetric(ctx, key, filtered.has(key) ? 'DETAIL' : 'KPI'))));
    if (readable.includes(false)) return null;
    const catalog = await ctx.catalog();
    const { range, compare } = widget.period;
    return Promise.all(widget.metricKeys.map((key) => ctx.services.kpis.series(catalog, key, { range, compare, filters: filtered.has(key) ? filters : [] })));
  }
}
