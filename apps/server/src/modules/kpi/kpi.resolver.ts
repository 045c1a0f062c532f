import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Comparison, Granularity, RangeSpec } from '@opshub/metrics';
import { ComparisonEnum, GranularityEnum } from '../../common/enums';
import { checkDimensionFilters } from '../../common/dimension-filters';
import { badUserInput } from '../../common/errors';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { filterableMetrics, requireDashboard, requireMetric } from '../auth/access.guard';
import { FormulaPreview, Kpi, KpiForecast, Series } from './kpi.type';
import { MAX_FORECAST_PERIODS } from './kpi.service';

const MAX_KPIS_AT_ONCE = 60;

interface KpiUpdatedArgs {
  keys?: string[] | null;
  dashboard?: string | null;
  widget?: string | null;
  range?: RangeInput | null;
  compare: Comparison;
  filter?: DimensionFilterInput[] | null;
}

async function subscribeKpiUpdated({ args, context }: SubscribeResolverData<unknown, KpiUpdatedArgs, AppContext>) {
  const { services } = context;
  if (!args.keys?.length && !args.dashboard) throw badUserInput('Give keys, a dashboard, or both', { field: 'keys' });
  const filters = args.filter ?? [];
  // Named keys with a filter are slices, as in the kpi query; a dashboard's cards are sliced where the filter applies.
  for (const key of args.keys ?? []) await requireMetric(context, key, filters.length ? 'DETAIL' : 'KPI');
  services.kpis.resolve(args.range); // reject a bad range now rather than on the first event
  checkDimensionFilters(filters, 'filter');
  const keys = new Set(args.keys ?? []);
  let period = { range: args.range ?? null as RangeSpec | null, compare: args.compare };
  if (args.widget && !args.dashboard) throw badUserInput('A widget is followed with its dashboard', { field: 'widget' });
  if (args.dashboard) {
    // As the dashboard query: whoever opens the dashboard follows every card on it at KPI level.
    const dashboard = await services.dashboards.getDashboard(args.dashboard);
    requireDashboard(context, dashboard);
    if (args.widget) {
      // One widget with its own period: its metrics over that period.
      const widget = services.dashboards.widgetPeriod(dashboard, args.widget, period);
      if (!widget) throw badUserInput(`Dashboard "${dashboard.slug}" has no widget "${args.widget}"`, { field: 'widget' });
      widget.metricKeys.forEach((key) => keys.add(key));
      period = widget.period;
    } else {
      for (const key of services.dashboards.metricKeysOf(dashboard)) keys.add(key);
    }
  }
  const filtered = await filterableMetrics(context, [...keys], filters);
  return services.live.subscribe([
    { keys: [...keys].filter((key) => !filtered.has(key)), filters: [] },
    { keys: [...filtered], filters },
  ], period.range, period.compare);
}

@Resolver(() => Kpi)
export class KpiResolver {
  @Query(() => Kpi, { description: "A KPI's snapshot: value, comparison, target, status and trend over a period (default: last 30 days), optionally of a dimension slice." })
  async kpi(
    @Ctx() ctx: AppContext,
    @Arg('key', () => ID) key: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
  ): Promise<Kpi> {
    // A slice (filter) is a breakdown of the metric; the headline value is not.
    await requireMetric(ctx, key, filter?.length ? 'DETAIL' : 'KPI');
    const [kpi] = await ctx.services.kpis.computeKpis(await ctx.catalog(), [key], range, compare, new Date(), filter ?? []);
    return kpi;
  }

  @Query(() => [Kpi], { description: 'Several KPIs at once, in the order asked (up to 60; each must be readable): what a dashboard editor shows of widgets not saved yet.' })
  async kpis(
    @Ctx() ctx: AppContext,
    @Arg('keys', () => [ID]) keys: string[],
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
  ): Promise<Kpi[]> {
    if (keys.length > MAX_KPIS_AT_ONCE) throw badUserInput(`Ask for at most ${MAX_KPIS_AT_ONCE} KPIs at once`, { field: 'keys' });
    for (const key of keys) await requireMetric(ctx, key, 'KPI');
    return ctx.services.kpis.computeKpis(await ctx.catalog(), [...new Set(keys)], range, compare);
  }

  @Query(() => Series, { description: 'Drill-down: the time series at a granularity, filtered and optionally grouped by one dimension.' })
  async series(
    @Ctx() ctx: AppContext,
    @Arg('key', () => ID) key: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('granularity', () => GranularityEnum, { nullable: true, description: 'Defaults to one that fits the range.' }) granularity: Granularity | null,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
    @Arg('groupBy', () => String, { nullable: true }) groupBy: string | null,
    @Arg('compare', () => ComparisonEnum, { nullable: true, description: 'Overlay the comparison period.' }) compare: Comparison | null,
  ): Promise<Series> {
    await requireMetric(ctx, key, groupBy != null || filter?.length ? 'DETAIL' : 'KPI');
    return ctx.services.kpis.series(await ctx.catalog(), key, { range, granularity, filters: filter, groupBy, compare });
  }

  @Query(() => FormulaPreview, { description: 'What a formula would give before it is saved, over a period (default: the last 90 days); needs read access to every metric it reads.' })
  async formulaPreview(
    @Ctx() ctx: AppContext,
    @Arg('formula') formula: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
  ): Promise<FormulaPreview> {
    const catalog = await ctx.catalog();
    for (const input of ctx.services.kpis.formulaInputs(catalog, formula)) await requireMetric(ctx, input, 'KPI');
    return ctx.services.kpis.previewFormula(catalog, formula, range);
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the metric's data became overdue for its expected interval; null while fresh. A stale card must not pass for current." })
  staleSince(@Ctx() ctx: AppContext, @Root() kpi: Kpi): Promise<Date | null> {
    return ctx.staleSince(kpi.metric.key);
  }

  @FieldResolver(() => KpiForecast, { nullable: true, description: 'The trend projected ahead with a confidence band; null with fewer than 4 complete buckets. No extra query.' })
  forecast(
    @Ctx() ctx: AppContext,
    @Root() kpi: Kpi,
    @Arg('periods', () => Int, { nullable: true, description: `Buckets ahead, 1 to ${MAX_FORECAST_PERIODS}; by default as many as the forecast is fitted on.` }) periods: number | null,
    @Arg('confidence', () => Float, { defaultValue: 0.95 }) confidence: number,
  ): KpiForecast | null {
    return ctx.services.kpis.forecast(kpi, { periods, confidence });
  }

  @Subscription(() => Kpi, {
    subscribe: subscribeKpiUpdated,
    description: 'After a write commits, the new snapshot of every affected KPI among `keys` and the KPIs of `dashboard`, sliced by `filter` as the dashboard query slices them.',
  })
  kpiUpdated(
    @Root() kpi: Kpi,
    @Arg('keys', () => [ID], { nullable: true }) _keys: string[] | null,
    @Arg('dashboard', () => ID, { nullable: true }) _dashboard: string | null,
    @Arg('widget', () => ID, { nullable: true, description: "With dashboard: only that widget's metrics, over its own range and comparison when it has them." }) _widget: string | null,
    @Arg('range', () => RangeInput, { nullable: true }) _range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) _compare: Comparison,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) _filter: DimensionFilterInput[] | null,
  ): Kpi {
    return kpi;
  }
}
