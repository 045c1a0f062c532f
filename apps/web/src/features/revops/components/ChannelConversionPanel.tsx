import { lazy, Suspense, useCallback, useId, useMemo } from 'react';
import type { FunnelQuery } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { Panel } from '../../../shared/ui/Panel';
import { ChartPlaceholder } from '../../../shared/ui/States';
import { channelConversions } from '../lib/funnel';

const BarChart = lazy(() => import('./BarChart'));

const PERCENT = { kind: 'PERCENT' } as const;
const COUNT = { kind: 'COUNT' } as const;
const HEIGHT = 240;

interface Props {
  funnel: FunnelQuery['funnel'] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Which channels bring leads sales accepts (MQL → SQL) and that become customers (lead → customer). */
export function ChannelConversionPanel({ funnel, loading, error, onRetry }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const titleId = useId();
  const rows = useMemo(() => (funnel ? channelConversions(funnel.groups) : []), [funnel]);
  const series = useMemo(
    () => [
      { name: t('revops.channels.mqlToSql'), data: rows.map((r) => r.mqlToSql ?? 0) },
      { name: t('revops.channels.leadToCustomer'), data: rows.map((r) => r.leadToCustomer ?? 0) },
    ],
    [rows, t],
  );
  const categories = useMemo(() => rows.map((r) => r.channel), [rows]);
  const formatPercent = useCallback((v: number) => fmt.value(v, PERCENT), [fmt]);
  const percent = (v: number | null) => fmt.value(v, PERCENT);
  const summary = rows.map((r) => `${r.channel} ${percent(r.mqlToSql)} / ${percent(r.leadToCustomer)}`).join(', ');

  return (
    <Panel
      title={t('revops.channels.title')}
      titleId={titleId}
      data={funnel}
      loading={loading}
      error={error}
      onRetry={onRetry}
      skeleton={<ChartPlaceholder height={HEIGHT} />}
      isEmpty={rows.length === 0}
      data-testid="channel-conversion"
    >
      <ChartFrame label={t('revops.channels.chartLabel', { summary })} height={HEIGHT}>
        <Suspense fallback={<ChartPlaceholder height={HEIGHT} />}>
          <BarChart categories={categories} series={series} horizontal={false} height={HEIGHT} palette={chartPalette(theme)} dark={theme === 'dark'} formatValue={formatPercent} />
        </Suspense>
      </ChartFrame>
      {/* A phone is narrower than the table: it scrolls on its own, not the page. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('revops.channels.channel')}</th>
              <th scope="col" className="num">{t('revops.channels.leads')}</th>
              <th scope="col" className="num">{t('revops.channels.mqlToSql')}</th>
              <th scope="col" className="num">{t('revops.channels.leadToCustomer')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.channel} data-testid="channel-conversion-row" data-channel={r.channel}>
                <td>{r.channel}</td>
                <td className="num">{fmt.value(r.leads, COUNT)}</td>
                <td className="num">{percent(r.mqlToSql)}</td>
                <td className="num">{percent(r.leadToCustomer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
