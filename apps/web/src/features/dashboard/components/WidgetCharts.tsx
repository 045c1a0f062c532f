import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { UNBOUNDED, type Comparison } from '@opshub/metrics';
import type { KpiFieldsFragment, RangeInput, WidgetSeriesFieldsFragment } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { axisTickFormatter } from '../../../shared/charts/valueAxis';
import { toUnit, unitKey, type GqlUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { ChartPlaceholder, ErrorState } from '../../../shared/ui/States';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { chartOverlays } from '../../metric';
import { SharedSeriesKpisQuery, WidgetKpiDetailQuery, WidgetSeriesQuery as WidgetSeriesDocument } from '../graphql/builder';
import styles from './Widgets.module.css';

// The metric page's charts, drawn here with the widget's range and comparison.
const TimeSeriesChart = lazy(() => import('../../metric/components/TimeSeriesChart'));
const BreakdownChart = lazy(() => import('../../metric/components/BreakdownChart'));

const MAX_BARS = 12;

/** A live push to the metric's card (a new `lastUpdatedAt`) refetches the chart's points too. */
function useRefetchOnPush(lastUpdatedAt: string | null | undefined, refetch: (() => Promise<unknown>) | undefined): void {
  const seen = useRef(lastUpdatedAt);
  useEffect(() => {
    if (seen.current === lastUpdatedAt) return;
    seen.current = lastUpdatedAt;
    refetch?.().catch(() => {});
  }, [lastUpdatedAt, refetch]);
}

function pairs(points: ReadonlyArray<{ at: string; value: number | null }>): [number, number | null][] {
  return points.map((p) => [Date.parse(p.at), p.value] as [number, number | null]).sort((a, b) => a[0] - b[0]);
}

interface ChartProps {
  metricKey: string;
  range: RangeInput;
  compare: Comparison;
  height: number;
  /** The metric's snapshot on the dashboard, for its target line; refreshed by live updates. */
  kpi: KpiFieldsFragment | undefined;
}

type WidgetSeries = WidgetSeriesFieldsFragment;

/** Reads one metric's series for the overlaid chart and hands it up (a query per metric, each refetched on its own pushes). */
function SeriesSource({ metricKey, range, compare, kpi, onSeries }: Omit<ChartProps, 'height'> & { onSeries: (key: string, series: WidgetSeries | null, error: unknown) => void }) {
  const { language: locale } = useI18n();
  const { data, previousData, error, refetch } = useQuery(WidgetSeriesDocument, { variables: { key: metricKey, range, compare, locale } });
  useRefetchOnPush(kpi?.lastUpdatedAt, refetch);
  const series = (data ?? previousData)?.series ?? null;
  useEffect(() => onSeries(metricKey, series, error), [metricKey, series, error, onSeries]);
  return null;
}

export type Overlay = 'comparison' | 'target' | 'goal' | 'forecast';
const OVERLAYS: readonly Overlay[] = ['comparison', 'target', 'goal', 'forecast'];

interface SeriesChartProps extends Omit<ChartProps, 'metricKey' | 'kpi'> {
  metricKeys: readonly string[];
  /** The metrics' snapshots on the dashboard (targets), by key. */
  kpis: ReadonlyMap<string, KpiFieldsFragment>;
  /**
   * On a shared screen: the series read with the dashboard (null until read, or where the link may not see them),
   * and how to read them again after a push; a share link may not ask `series` or `kpi` itself, so the goal and
   * forecast are read through the dashboard too (`dashboard`: its slug, period and this widget's id).
   */
  shared?: {
    series: readonly WidgetSeries[] | null;
    refetch: (() => Promise<unknown>) | undefined;
    dashboard: { slug: string; widgetId: string; range: RangeInput; compare: Comparison };
  };
}

/**
 * The metrics over time in one chart, each a line of its own colour on its unit's axis (two drawn at most); the first metric's
 * comparison period, target, goal trajectory and forecast are drawn as the viewer toggles them.
 */
export function SeriesChart({ metricKeys, range, compare, height, kpis, shared }: SeriesChartProps) {
  const { t, language: locale } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const id = useId();
  const [queried, setFound] = useState<ReadonlyMap<string, { series: WidgetSeries | null; error: unknown }>>(new Map());
  const onSeries = useCallback((key: string, series: WidgetSeries | null, error: unknown) => setFound((map) => new Map(map).set(key, { series, error })), []);
  const isShared = !!shared;
  const sharedSeries = shared?.series;
  const found = useMemo(
    () => (isShared ? new Map(sharedSeries?.map((series) => [series.metric.key, { series, error: null }])) : queried),
    [isShared, sharedSeries, queried],
  );
  useRefetchOnPush(shared ? metricKeys.map((key) => kpis.get(key)?.lastUpdatedAt ?? '').join(' ') : null, shared?.refetch);
  const [shown, setShown] = useState<ReadonlySet<Overlay>>(() => new Set<Overlay>(['comparison', 'target']));
  const [first] = metricKeys;
  const kpi = kpis.get(first);
  const detailed = shown.has('goal') || shown.has('forecast');
  const detail = useQuery(WidgetKpiDetailQuery, !shared && detailed ? { variables: { key: first, range, compare, locale } } : skipToken);
  const on = shared?.dashboard;
  // Not cached: the page's own `dashboard` query keeps its entry, and this one is read again when toggled on.
  const sharedDetail = useQuery(SharedSeriesKpisQuery, on && detailed
    ? { variables: { slug: on.slug, range: on.range, compare: on.compare, locale }, fetchPolicy: 'no-cache' }
    : skipToken);
  const primary = found.get(first)?.series ?? null;
  const unit = primary?.metric.unit ?? kpi?.metric.unit;
  const palette = chartPalette(theme);
  // Every metric's values and ticks in its own unit, on its unit's axis.
  const formatsOf = useCallback((of: GqlUnit | undefined) => ({
    formatValue: (v: number) => (of ? fmt.value(v, of, { compact: true }) : String(v)),
    formatTick: (step: number) => axisTickFormatter(step, toUnit(of ?? { kind: 'COUNT' }), fmt.locale),
  }), [fmt]);
  const { formatValue, formatTick } = useMemo(() => formatsOf(unit), [formatsOf, unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), primary?.granularity === 'HOUR' ? 'datetime' : 'date'), [fmt, primary?.granularity]);
  const totalOf = (series: WidgetSeries | null) => pairs(series?.groups.find((g) => g.key === null)?.points ?? series?.groups[0]?.points ?? []);
  const current = useMemo(() => totalOf(primary), [primary]);
  const others = useMemo(() => metricKeys.slice(1).flatMap((key, i) => {
    const series = found.get(key)?.series;
    return series ? [{
      name: series.metric.name, points: totalOf(series), color: palette.series[(i + 1) % palette.series.length],
      axis: { key: unitKey(series.metric.unit), domain: UNBOUNDED, ...formatsOf(series.metric.unit) },
    }] : [];
  }), [metricKeys, found, palette, formatsOf]);
  const comparison = useMemo(() => (shown.has('comparison') && primary?.comparison ? pairs(primary.comparison) : null), [primary, shown]);
  const isSum = kpi?.metric.aggregation === 'SUM';
  const target = shown.has('target') && !isSum ? (kpi?.target?.value ?? null) : null;
  const detailKpi = on
    ? (sharedDetail.data ?? sharedDetail.previousData)?.dashboard.widgets.find((widget) => widget.id === on.widgetId)?.seriesKpis?.find((k) => k.metric.key === first)
    : (detail.data ?? detail.previousData)?.kpi;
  const overlays = useMemo(() => chartOverlays({
    trajectory: shown.has('goal') ? detailKpi?.pacing?.trajectory : null,
    forecast: shown.has('forecast') ? detailKpi?.forecast : null,
    granularity: primary?.granularity ?? 'DAY',
    isSum,
    cumulative: false,
    forecastHorizon: Math.ceil(current.length / 4),
  }), [shown, detailKpi, primary?.granularity, isSum, current.length]);
  const name = primary?.metric.name ?? kpi?.metric.name ?? first;
  const labels = useMemo(() => ({
    current: others.length ? name : t('metric.current'), comparison: t('metric.comparison'),
    target: t('metric.targetLine', { value: target === null ? '' : formatValue(target) }),
    goal: t('chart.goal'), forecast: t('chart.forecast'), forecastBand: t('chart.forecastBand'),
  }), [t, target, formatValue, name, others.length]);
  const toggle = (overlay: Overlay, on: boolean) => setShown((set) => {
    const next = new Set(set);
    if (on) next.add(overlay);
    else next.delete(overlay);
    return next;
  });

  const sources = !shared && metricKeys.map((key) => <SeriesSource key={key} metricKey={key} range={range} compare={compare} kpi={kpis.get(key)} onSeries={onSeries} />);
  const failed = found.get(first)?.error;
  if (failed && !primary) return <>{sources}<ErrorState error={failed} onRetry={() => setFound(new Map())} compact /></>;
  const values = current.filter(([, v]) => v !== null);
  const chartHeight = height - TOGGLES_PX;
  return (
    <div className={styles.seriesChart} data-testid="series-chart" data-metrics={metricKeys.join(' ')} data-lines={1 + others.length}>
      {sources}
      <fieldset className={styles.toggles} aria-label={t('widgets.chart.overlays', { name })}>
        {OVERLAYS.map((overlay) => (
          <label key={overlay} htmlFor={`${id}-${overlay}`}>
            <input id={`${id}-${overlay}`} type="checkbox" checked={shown.has(overlay)} onChange={(e) => toggle(overlay, e.target.checked)}
              disabled={(overlay === 'target' || overlay === 'goal') && isSum} data-testid={`chart-toggle-${overlay}`} />
            {t(`widgets.chart.${overlay}`)}
          </label>
        ))}
      </fieldset>
      <ChartFrame label={t('builder.chartLabel', { name: [name, ...others.map((o) => o.name)].join(', '), count: values.length })} height={chartHeight}>
        <Suspense fallback={<ChartPlaceholder height={chartHeight} />}>
          {primary ? (
            <TimeSeriesChart current={current} others={others} unitKey={unit && unitKey(unit)} comparison={comparison} target={target} overlays={overlays} labels={labels}
              palette={palette} dark={theme === 'dark'} formatValue={formatValue} formatTick={formatTick} formatDate={formatDate} height={chartHeight} />
          ) : (
            <ChartPlaceholder height={chartHeight} />
          )}
        </Suspense>
      </ChartFrame>
    </div>
  );
}

/** The chart's overlay toggles take this much of the widget's height. */
const TOGGLES_PX = 40;

/** One metric's total per value of a dimension, largest first. */
export function BreakdownBars({ metricKey, dimension, range, height, kpi }: Omit<ChartProps, 'compare'> & { dimension: string }) {
  const { t, language: locale } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const names = useDimensionLabels();
  const { data, previousData, error, refetch } = useQuery(WidgetSeriesDocument, { variables: { key: metricKey, range, groupBy: dimension, locale } });
  useRefetchOnPush(kpi?.lastUpdatedAt, refetch);
  const series = (data ?? previousData)?.series;
  const unit = series?.metric.unit ?? kpi?.metric.unit;
  const formatValue = useCallback((v: number) => (unit ? fmt.value(v, unit, { compact: true }) : String(v)), [fmt, unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), 'date'), [fmt]);
  const groups = useMemo(() => (series?.groups ?? [])
    .map((g) => ({ key: g.key, label: g.key === null ? t('breakdown.noValue') : names.value(dimension, g.key), total: g.total, series: pairs(g.points) }))
    .sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity))
    .slice(0, MAX_BARS), [series, t, names, dimension]);

  if (error && !series) return <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />;
  const summary = groups.slice(0, 8).map((g) => `${g.label} ${g.total === null ? t('kpi.noValue') : formatValue(g.total)}`).join(', ');
  return (
    <ChartFrame label={t('builder.breakdownLabel', { name: series?.metric.name ?? metricKey, dimension: names.name(dimension), summary })} height={height}>
      <Suspense fallback={<ChartPlaceholder height={height} />}>
        {series ? (
          <BreakdownChart groups={groups} view="bars" palette={chartPalette(theme)} dark={theme === 'dark'} formatValue={formatValue} formatDate={formatDate} onSelect={() => {}} />
        ) : (
          <ChartPlaceholder height={height} />
        )}
      </Suspense>
    </ChartFrame>
  );
}
