import { Link, useSearchParams } from 'react-router-dom';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { chartPalette } from '../../../shared/charts/palette';
import { Sparkline } from '../../../shared/charts/Sparkline';
import { changeIndicator } from '../../../shared/format/changeIndicator';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { KpiChange } from '../../../shared/ui/KpiChange';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { metricPath } from '../../../shared/url/paths';
import { carryOverSearch } from '../../../shared/url/viewState';
import styles from './Widgets.module.css';

export type ScorecardKpi = KpiFieldsFragment & { metric: { owner: string | null } };

/** What an executive reads in a review: one row per KPI with value, target, status, change, trend and owner. A shared screen names KPIs without the drill-down link. */
export function ScorecardWidget({ kpis, caption, shared = false }: { kpis: readonly ScorecardKpi[]; caption: string; shared?: boolean }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const [params] = useSearchParams();
  const search = carryOverSearch(params, { kiosk: false });
  const palette = chartPalette(theme);
  return (
    <div className={styles.scroll}>
      <table className={styles.scorecard} data-testid="scorecard">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('builder.scorecard.kpi')}</th>
            <th scope="col" className={styles.number}>{t('builder.scorecard.value')}</th>
            <th scope="col" className={styles.number}>{t('builder.scorecard.target')}</th>
            <th scope="col">{t('builder.scorecard.status')}</th>
            <th scope="col" className={styles.number}>{t('builder.scorecard.change')}</th>
            <th scope="col" className={styles.trend}>{t('builder.scorecard.trend')}</th>
            <th scope="col">{t('builder.scorecard.owner')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const { sentiment, arrow } = changeIndicator(kpi, kpi.metric.unit, kpi.metric.direction);
            return (
              <tr key={kpi.metric.key} data-metric={kpi.metric.key}>
                <th scope="row">
                  {shared ? kpi.metric.name : <Link to={{ pathname: metricPath(kpi.metric.key), search }}>{kpi.metric.name}</Link>}
                </th>
                <td className={styles.number}>{fmt.value(kpi.value, kpi.metric.unit, { compact: true })}</td>
                <td className={styles.number}>{kpi.target ? fmt.value(kpi.target.value, kpi.metric.unit, { compact: true }) : '—'}</td>
                <td><StatusBadge status={kpi.status} /></td>
                <td className={styles.number}>
                  <KpiChange sentiment={sentiment}>{`${arrow} ${fmt.change(kpi.change, kpi.changeRatio, kpi.metric.unit)}`}</KpiChange>
                </td>
                <td className={styles.trend}>
                  <Sparkline points={kpi.trend} label={t('kpi.trendEmpty', { name: kpi.metric.name })} color={{ GOOD: palette.good, BAD: palette.bad, NEUTRAL: palette.primary }[sentiment]} height={28} />
                </td>
                <td>{kpi.metric.owner ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
