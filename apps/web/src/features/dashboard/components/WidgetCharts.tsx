import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Comparison } from '@opshub/metrics';
import type { KpiFieldsFragment, RangeInput } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { axisTickFormatter } from '../../../shared/charts/valueAxis';
import { toUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { ChartPlaceholder, ErrorState } from '../../../shared/ui/States';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { WidgetSeriesQuery } from '../graphql/builder';

// The metric page's charts, drawn here with the dashboard's range and comparison.
const TimeSeriesChart = lazy(() => import('../../metric/components/TimeSeriesChart'));
const BreakdownChart = lazy(() => import('../../metric/components/BreakdownChart'));

const MAX_BARS = 12;

/** A live push to the metric's card (a new `lastUpdatedAt`) refetches the chart's points too. */
function useRefetchOnPush(lastUpdatedAt: string | null | undefined, refetch: () => Promise<unknown>): void {
  const seen = useRef(lastUpdatedAt);
  useEffect(() => {
    if (seen.current === lastUpdatedAt) return;
    seen.current = lastUpdatedAt;
    refetch().catch(() => {});
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

/** One metric over time with its comparison period and target. */
export function SeriesChart({ metricKey, range, compare, height, kpi }: ChartProps) {
  const { t, language: locale } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const { data, previousData, error, refetch } = useQuery(WidgetSeriesQuery, { variables: { key: metricKey, range, compare, locale } });
  useRefetchOnPush(kpi?.lastUpdatedAt, refetch);
  const series = (data ?? previousData)?.series;
  const unit = series?.metric.unit ?? kpi?.metric.unit;
  const formatValue = useCallback((v: number) => (unit ? fmt.value(v, unit, { compact: true }) : String(v)), [fmt, unit]);
  const formatTick = useCallback((step: number) => axisTickFormatter(step, toUnit(unit ?? { kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null }), fmt.locale), [fmt.locale, unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), series?.granularity === 'HOUR' ? 'datetime' : 'date'), [fmt, series?.granularity]);
  const current = useMemo(() => pairs(series?.groups.find((g) => g.key === null)?.points ?? series?.groups[0]?.points ?? []), [series]);
  const comparison = useMemo(() => (series?.comparison ? pairs(series.comparison) : null), [series]);
  const target = kpi?.metric.aggregation === 'SUM' ? null : (kpi?.target?.value ?? null);
  const labels = useMemo(() => ({
    current: t('metric.current'), comparison: t('metric.comparison'),
    target: t('metric.targetLine', { value: target === null ? '' : formatValue(target) }),
  }), [t, target, formatValue]);

  if (error && !series) return <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />;
  const name = series?.metric.name ?? kpi?.metric.name ?? metricKey;
  const values = current.filter(([, v]) => v !== null);
  return (
    <ChartFrame label={t('builder.chartLabel', { name, count: values.length })} height={height}>
      <Suspense fallback={<ChartPlaceholder height={height} />}>
        {series ? (
          <TimeSeriesChart current={current} comparison={comparison} target={target} labels={labels} palette={chartPalette(theme)} dark={theme === 'dark'}
            formatValue={formatValue} formatTick={formatTick} formatDate={formatDate} height={height} />
        ) : (
          <ChartPlaceholder height={height} />
        )}
      </Suspense>
    </ChartFrame>
  );
}

/** One metric's total per value of a dimension, largest first. */
export function BreakdownBars({ metricKey, dimension, range, height, kpi }: Omit<ChartProps, 'compare'> & { dimension: string }) {
  const { t, language: locale } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const names = useDimensionLabels();
  const { data, previousData, error, refetch } = useQuery(WidgetSeriesQuery, { variables: { key: metricKey, range, groupBy: dimension, locale } });
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
