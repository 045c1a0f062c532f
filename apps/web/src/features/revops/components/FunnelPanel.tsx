import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { FunnelQuery } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { Panel } from '../../../shared/ui/Panel';
import { ChartPlaceholder } from '../../../shared/ui/States';
import { funnelBars, readableDuration } from '../lib/funnel';
import styles from './FunnelPanel.module.css';

const BarChart = lazy(() => import('./BarChart'));

const COUNT = { kind: 'COUNT' } as const;
const PERCENT = { kind: 'PERCENT' } as const;
const HOURS = { kind: 'HOURS' } as const;
const HEIGHT = 220;

interface Props {
  funnel: FunnelQuery['funnel'] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The shared lead funnel of the period: stage counts, conversion from stage to stage, response times and win rate. */
export function FunnelPanel({ funnel, loading, error, onRetry }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const bars = useMemo(() => (funnel ? funnelBars(funnel.total) : []), [funnel]);
  const labels = useMemo(() => bars.map((bar) => t(`stage.${bar.status}`)), [bars, t]);
  const series = useMemo(() => [{ name: t('revops.funnel.title'), data: bars.map((bar) => bar.entered) }], [bars, t]);
  const formatCount = useCallback((v: number) => fmt.value(v, COUNT), [fmt]);
  const total = funnel?.total;
  const summary = bars.map((bar, i) => `${labels[i]} ${formatCount(bar.entered)}`).join(', ');

  return (
    <Panel
      title={t('revops.funnel.title')}
      hint={t('revops.funnel.hint')}
      data={total}
      loading={loading}
      error={error}
      onRetry={onRetry}
      skeleton={<ChartPlaceholder height={HEIGHT} />}
      isEmpty={bars[0]?.entered === 0}
      data-testid="funnel-panel"
    >
      {(total) => (
        <>
          <ChartFrame label={t('revops.funnel.chartLabel', { summary })} height={HEIGHT}>
            <Suspense fallback={<ChartPlaceholder height={HEIGHT} />}>
              <BarChart categories={labels} series={series} horizontal height={HEIGHT} palette={chartPalette(theme)} dark={theme === 'dark'} formatValue={formatCount} />
            </Suspense>
          </ChartFrame>
          <div className="table-scroll">
            <table className={`data-table ${styles.funnelStages}`}>
              <thead>
                <tr>
                  <th scope="col">{t('revops.funnel.stage')}</th>
                  <th scope="col" className="num">{t('revops.funnel.entered')}</th>
                  <th scope="col" className="num">{t('revops.funnel.conversion')}</th>
                  <th scope="col" className="num">{t('revops.funnel.timeInStage')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar, i) => {
                  const median = total.stages.find((s) => s.status === bar.status)?.medianHoursInStage ?? null;
                  const duration = median === null ? null : readableDuration(median);
                  return (
                    <tr key={bar.status} data-testid="funnel-stage" data-status={bar.status} data-entered={bar.entered}>
                      <th scope="row">{labels[i]}</th>
                      <td className="num">{formatCount(bar.entered)}</td>
                      <td className="num">{fmt.value(bar.conversion, PERCENT)}</td>
                      <td className="num">{duration ? fmt.value(duration.value, duration.unit) : t('kpi.noValue')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <dl className={styles.funnelFacts}>
            <div>
              <dt>{t('revops.funnel.responseMedian')}</dt>
              <dd data-testid="response-median">{fmt.value(total.responseTime.medianHours, HOURS)}</dd>
            </div>
            <div>
              <dt>{t('revops.funnel.responseP90')}</dt>
              <dd data-testid="response-p90">{fmt.value(total.responseTime.p90Hours, HOURS)}</dd>
            </div>
            <div>
              <dt>{t('revops.funnel.winRate')}</dt>
              <dd>{fmt.value(total.winRate, PERCENT)}</dd>
            </div>
          </dl>
        </>
      )}
    </Panel>
  );
}
