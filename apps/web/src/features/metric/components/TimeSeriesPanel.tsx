import { lazy, Suspense, useCallback, useEffect, useId, useMemo } from 'react';
import type { Comparison, Granularity } from '@opshub/metrics';
import type { DimensionFilterInput, KpiFieldsFragment, MetricDetailQuery, RangeInput } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { axisTickFormatter, toDomain } from '../../../shared/charts/valueAxis';
import { toUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { Panel } from '../../../shared/ui/Panel';
import { ChartPlaceholder } from '../../../shared/ui/States';
import { useAnnotations } from '../../alerts/hooks/useAnnotations';
import { ChartAnnotations } from '../../annotations/components/ChartAnnotations';
import { useAnnotationDraft } from '../../annotations/hooks/useAnnotationDraft';
import { useSeries } from '../hooks/useMetricData';
import type { GranularityOption } from '../lib/drillState';
import { chartOverlays } from '../lib/overlays';
import { cumulative as runningTotal, toPairs } from '../lib/series';

const TimeSeriesChart = lazy(() => import('./TimeSeriesChart'));
const HEIGHT = 320;

type MetricInfo = NonNullable<MetricDetailQuery['metric']>;
/** The card's fields plus what the drill-down adds: the goal trajectory and the forecast points. */
type DetailKpi = KpiFieldsFragment & Partial<Pick<NonNullable<MetricDetailQuery['kpi']>, 'pacing' | 'forecast'>>;

interface Props {
  metric: MetricInfo;
  kpi: DetailKpi | null;
  range: RangeInput;
  compare: Comparison;
  filter: DimensionFilterInput[] | undefined;
  granularity: Granularity;
  granularityOptions: GranularityOption[];
  onGranularityChange: (granularity: Granularity) => void;
  cumulative: boolean;
  onCumulativeChange: (cumulative: boolean) => void;
  /** Changes when a live update arrived: refetch. */
  liveTick: number;
  /** A target being edited, drawn instead of the one in force before it is saved. */
  previewTarget?: number | null;
}

export function TimeSeriesPanel(props: Props) {
  const { metric, kpi, range, compare, filter, granularity, cumulative, liveTick } = props;
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const id = useId();
  const { data, previousData, loading, error, refetch } = useSeries(metric.key, range, granularity, filter, compare);
  const annotations = useAnnotations(metric.key, range);
  const annotationDraft = useAnnotationDraft(metric);

  useEffect(() => {
    if (liveTick > 0) refetch().catch(() => {});
  }, [liveTick, refetch]);

  const series = (data ?? previousData)?.series;
  const isSum = metric.aggregation === 'SUM';
  const showCumulative = isSum && cumulative;

  const { current, comparison } = useMemo(() => {
    const total = series?.groups.find((g) => g.key === null) ?? series?.groups[0];
    const cur = toPairs(total?.points ?? []);
    const cmp = series?.comparison ? toPairs(series.comparison) : null;
    return showCumulative ? { current: runningTotal(cur), comparison: cmp && runningTotal(cmp) } : { current: cur, comparison: cmp };
  }, [series, showCumulative]);

  // A SUM target is for the whole period: only comparable with the running total.
  const targetValue = props.previewTarget ?? kpi?.target?.value ?? null;
  const target = targetValue !== null && (!isSum || showCumulative) ? targetValue : null;
  const values = current.map(([, v]) => v).filter((v): v is number => v !== null);
  const hasData = values.length > 0;
  // The forecast looks a quarter of the shown span ahead: further out its band dwarfs the data.
  const forecastHorizon = Math.ceil(current.length / 4);
  const overlays = useMemo(
    () => chartOverlays({ trajectory: kpi?.pacing?.trajectory, forecast: kpi?.forecast, granularity, isSum, cumulative: showCumulative, forecastHorizon }),
    [kpi?.pacing?.trajectory, kpi?.forecast, granularity, isSum, showCumulative, forecastHorizon],
  );

  const formatValue = useCallback((v: number) => fmt.value(v, metric.unit, { compact: true }), [fmt, metric.unit]);
  const formatTick = useCallback((step: number) => axisTickFormatter(step, toUnit(metric.unit), fmt.locale), [fmt.locale, metric.unit]);
  const domain = useMemo(() => toDomain(metric.domain), [metric.domain]);
  const formatDate = useCallback(
    (ms: number) => fmt.dateTime(new Date(ms), granularity === 'HOUR' ? 'datetime' : 'date'),
    [fmt, granularity],
  );
  const labels = useMemo(
    () => ({
      current: t('metric.current'),
      comparison: series?.comparisonPeriod
        ? `${t('metric.comparison')} (${fmt.dateTime(series.comparisonPeriod.from, 'date')} – ${fmt.dateTime(series.comparisonPeriod.to, 'date')})`
        : t('metric.comparison'),
      target: t('metric.targetLine', { value: target === null ? '' : fmt.value(target, metric.unit, { compact: true }) }),
      goal: kpi?.pacing ? `${t('chart.goal')}: ${kpi.pacing.goal.name}` : t('chart.goal'),
      forecast: t('chart.forecast'),
      forecastBand: t('chart.forecastBand'),
    }),
    [t, fmt, target, metric.unit, series?.comparisonPeriod, kpi?.pacing],
  );

  const granularityName = t(`granularity.${granularity}`);
  let chartLabel = hasData
    ? t('metric.chartLabel', {
        name: metric.name,
        granularity: granularityName,
        count: values.length,
        first: formatValue(values[0]),
        last: formatValue(values[values.length - 1]),
      })
    : t('metric.chartLabelEmpty', { name: metric.name });
  if (hasData && comparison?.length) chartLabel += t('metric.comparisonSummary', { count: comparison.filter(([, v]) => v !== null).length });
  if (hasData && target !== null) chartLabel += t('metric.targetSummary', { value: formatValue(target) });

  return (
    <Panel
      title={t('metric.overTime')}
      actions={
        <>
          {isSum && (
            <label className="toggle" title={t('metric.cumulativeHint')}>
              <input type="checkbox" checked={cumulative} onChange={(e) => props.onCumulativeChange(e.target.checked)} />
              <span>{t('metric.cumulative')}</span>
            </label>
          )}
          <div className="field field--inline">
            <label htmlFor={`${id}-granularity`}>{t('granularity.label')}</label>
            <select
              id={`${id}-granularity`}
              data-testid="granularity-select"
              value={granularity}
              onChange={(e) => props.onGranularityChange(e.target.value as Granularity)}
            >
              {props.granularityOptions.map((o) => (
                <option key={o.granularity} value={o.granularity} disabled={o.disabled}>
                  {t(`granularity.${o.granularity}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      }
      loading={loading}
      data={series}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<ChartPlaceholder height={HEIGHT} />}
      isEmpty={!hasData}
    >
      <ChartFrame label={chartLabel} height={HEIGHT} testId="timeseries-chart">
        <Suspense fallback={<ChartPlaceholder height={HEIGHT} />}>
          <TimeSeriesChart
            current={current}
            comparison={comparison}
            target={target}
            overlays={overlays}
            labels={labels}
            palette={chartPalette(theme)}
            dark={theme === 'dark'}
            formatValue={formatValue}
            formatTick={formatTick}
            formatDate={formatDate}
            domain={domain}
            height={HEIGHT}
            annotations={annotations}
            onSelectTime={annotationDraft.onSelect}
          />
        </Suspense>
      </ChartFrame>
      <ChartAnnotations metricKey={metric.key} annotations={annotations} formatDate={formatDate} draft={annotationDraft} />
    </Panel>
  );
}
