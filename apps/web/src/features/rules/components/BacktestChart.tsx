import { useCallback, useMemo } from 'react';
import type { AlertRuleBacktestQuery } from '../../../gql/graphql';
import { chartPalette } from '../../../shared/charts/palette';
import type { GqlUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import TimeSeriesChart from '../../metric/components/TimeSeriesChart';

type Backtest = AlertRuleBacktestQuery['alertRuleBacktest'];

/** The metric over the backtest's buckets with a marker where the rule would have fired or cleared. */
export default function BacktestChart({ backtest, threshold, unit, height }: { backtest: Backtest; threshold: number | null; unit: GqlUnit; height: number }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const current = useMemo(() => backtest.points.map((p) => [Date.parse(p.at), p.value ?? null] as [number, number | null]), [backtest.points]);
  const annotations = useMemo(
    () => backtest.events.map((e, i) => ({ id: `${i}`, title: t(`rules.backtest.${e.transition}`), at: Date.parse(e.at), endAt: null })),
    [backtest.events, t],
  );
  const formatValue = useCallback((v: number) => fmt.value(v, unit, { compact: true }), [fmt, unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), backtest.granularity === 'HOUR' ? 'datetime' : 'date'), [fmt, backtest.granularity]);
  const labels = useMemo(() => ({ current: t('metric.current'), comparison: t('metric.comparison'), target: t('rules.threshold') }), [t]);
  return (
    <TimeSeriesChart
      current={current}
      comparison={null}
      target={threshold}
      labels={labels}
      palette={chartPalette(theme)}
      dark={theme === 'dark'}
      formatValue={formatValue}
      formatDate={formatDate}
      height={height}
      annotations={annotations}
    />
  );
}
