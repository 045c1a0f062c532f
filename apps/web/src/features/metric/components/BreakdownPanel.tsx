import { lazy, Suspense, useCallback, useEffect, useId, useMemo } from 'react';
import type { Granularity } from '@opshub/metrics';
import type { DimensionFilterInput, MetricDetailQuery, RangeInput } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { Panel, PanelHint } from '../../../shared/ui/Panel';
import { ChartPlaceholder } from '../../../shared/ui/States';
import { useBreakdown } from '../hooks/useMetricData';
import type { BreakdownView } from '../lib/drillState';
import { toPairs } from '../lib/series';
import { axisTickFormatter } from '../../../shared/charts/valueAxis';
import { toUnit } from '../../../shared/format/unit';
import type { BreakdownGroup } from './BreakdownChart';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import styles from './BreakdownPanel.module.css';

const BreakdownChart = lazy(() => import('./BreakdownChart'));

/** Readable charts: the largest groups only (the server returns every dimension value). */
const MAX_BARS = 20;
const MAX_STACKED = 10;

type MetricInfo = NonNullable<MetricDetailQuery['metric']>;

interface Props {
  metric: MetricInfo;
  range: RangeInput;
  granularity: Granularity;
  filter: DimensionFilterInput[] | undefined;
  groupBy: string | null;
  view: BreakdownView;
  onGroupByChange: (dimension: string) => void;
  onViewChange: (view: BreakdownView) => void;
  /** Drill further: filter on a dimension value. */
  onSelectValue: (dimension: string, value: string) => void;
  liveTick: number;
}

export function BreakdownPanel(props: Props) {
  const { metric, range, granularity, filter, groupBy, view, liveTick, onSelectValue } = props;
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  const { theme } = useTheme();
  const id = useId();
  const { data, previousData, loading, error, refetch } = useBreakdown(metric.key, range, granularity, filter, groupBy);

  useEffect(() => {
    if (liveTick > 0 && groupBy) refetch().catch(() => {});
  }, [liveTick, groupBy, refetch]);

  const result = data ?? (previousData?.series.groupBy === groupBy ? previousData : undefined);
  const formatValue = useCallback((v: number) => fmt.value(v, metric.unit, { compact: true }), [fmt, metric.unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), 'date'), [fmt]);
  const formatTick = useCallback((step: number) => axisTickFormatter(step, toUnit(metric.unit), fmt.locale), [fmt.locale, metric.unit]);

  const groups = useMemo<BreakdownGroup[]>(() => {
    const all = (result?.series.groups ?? [])
      .map((g) => ({ key: g.key, label: g.key === null || !groupBy ? t('breakdown.noValue') : labels.value(groupBy, g.key), total: g.total, series: toPairs(g.points) }))
      .sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity));
    return all.slice(0, view === 'bars' ? MAX_BARS : MAX_STACKED);
  }, [result, view, t, labels, groupBy]);

  const select = useCallback(
    (group: BreakdownGroup) => {
      if (groupBy && group.key !== null) onSelectValue(groupBy, group.key);
    },
    [groupBy, onSelectValue],
  );

  const hasData = groups.some((g) => g.total !== null);
  const summary = groups
    .slice(0, 8)
    .map((g) => `${g.label} ${g.total === null ? t('kpi.noValue') : formatValue(g.total)}`)
    .join(', ');

  if (metric.dimensions.length === 0) {
    return (
      <Panel title={t('breakdown.title')} data-testid="breakdown-chart" data-empty="true">
        <p className="muted">{t('breakdown.none')}</p>
      </Panel>
    );
  }

  return (
    <Panel
      title={t('breakdown.title')}
      actions={
        <>
          <div className="field field--inline">
            <label htmlFor={`${id}-group`}>{t('breakdown.groupBy')}</label>
            <select id={`${id}-group`} data-testid="groupby-select" value={groupBy ?? ''} onChange={(e) => props.onGroupByChange(e.target.value)}>
              {metric.dimensions.map((d) => (
                <option key={d} value={d}>
                  {labels.name(d)}
                </option>
              ))}
            </select>
          </div>
          <div className="segmented" role="group" aria-label={t('breakdown.view')}>
            {(['bars', 'stacked'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => props.onViewChange(v)}>
                {t(`breakdown.view.${v}`)}
              </button>
            ))}
          </div>
        </>
      }
      loading={loading}
      data={result}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<ChartPlaceholder height={240} />}
      isEmpty={!hasData}
      data-testid="breakdown-chart"
      data-group-by={groupBy ?? ''}
    >
      <ChartFrame label={t('breakdown.chartLabel', { name: metric.name, dimension: groupBy ? labels.name(groupBy) : '', summary })} interactive>
        <Suspense fallback={<ChartPlaceholder height={240} />}>
            <BreakdownChart
              groups={groups}
              view={view}
              palette={chartPalette(theme)}
              dark={theme === 'dark'}
              formatValue={formatValue}
              formatTick={formatTick}
              formatDate={formatDate}
              floor={metric.domain?.min ?? -Infinity}
              onSelect={select}
            />
        </Suspense>
      </ChartFrame>
      <PanelHint>{t('breakdown.hint')}</PanelHint>
      {/* Keyboard and screen-reader path to the same drill-down as clicking a bar. */}
      <ul className={styles.segmentList}>
        {groups.map((g) => (
          <li key={g.key ?? '∅'}>
            <button
              type="button"
              className={styles.segment}
              data-testid="breakdown-segment"
              data-value={g.key ?? ''}
              disabled={g.key === null}
              onClick={() => select(g)}
              aria-label={t('breakdown.segment', {
                dimension: groupBy ? labels.name(groupBy) : '',
                value: g.label,
                total: g.total === null ? t('kpi.noValue') : formatValue(g.total),
              })}
            >
              <span className="segment__label">{g.label}</span>
              <span className={styles.segmentValue}>{g.total === null ? t('kpi.noValue') : formatValue(g.total)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
