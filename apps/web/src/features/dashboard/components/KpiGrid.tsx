import { useLocation, useSearchParams } from 'react-router-dom';
import type { Comparison } from '@opshub/metrics';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { metricPath } from '../../../shared/url/paths';
import { carryOverSearch } from '../../../shared/url/viewState';
import { KpiCard, KpiCardSkeleton } from './KpiCard';
import { cardRows } from '../lib/sectionLayout';
import styles from './KpiGrid.module.css';

interface Props {
  kpis: readonly KpiFieldsFragment[];
  compare: Comparison;
  /** Cards are keyed by metric + view so switching range remounts them instead of pulsing them all. */
  viewKey: string;
  now: Date;
  labelledBy?: string;
  /** The section's card columns, when the page has measured them: rows as even as can be, each filling the width. Else as many as fit. */
  columns?: number;
  /** TV mode: every row this tall, so the dashboard fits the screen. */
  rowHeight?: number;
  /** A shared screen: cards without the drill-down link. */
  shared?: boolean;
  /** Metrics the dashboard's filter leaves whole: their cards say so. */
  unfiltered?: ReadonlySet<string>;
}

export function KpiGrid({ kpis, compare, viewKey, now, labelledBy, columns, rowHeight, shared = false, unfiltered }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = carryOverSearch(params, { kiosk: false });
  const from = `${location.pathname}${location.search}`;
  const rows = columns ? cardRows(kpis.length, columns) : null;
  return (
    <ul
      className={styles.kpiGrid}
      aria-labelledby={labelledBy}
      style={rows ? { gridTemplateColumns: `repeat(${rows.tracks}, minmax(0, 1fr))`, gridAutoRows: rowHeight ? `${rowHeight}px` : undefined } : undefined}
      data-fitted={rowHeight ? 'true' : undefined}
    >
      {kpis.map((kpi, i) => (
        <li key={`${kpi.metric.key}|${viewKey}`} style={rows ? { gridColumn: `span ${rows.spans[i]}` } : undefined}>
          <KpiCard
            kpi={kpi}
            compare={compare}
            now={now}
            to={shared ? undefined : { pathname: metricPath(kpi.metric.key), search }}
            linkState={{ from }}
            note={unfiltered?.has(kpi.metric.key) ? { text: t('share.filters.notApplied'), title: t('share.filters.notAppliedHint') } : undefined}
          />
        </li>
      ))}
    </ul>
  );
}

export function KpiGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul className={styles.kpiGrid} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <KpiCardSkeleton />
        </li>
      ))}
    </ul>
  );
}
