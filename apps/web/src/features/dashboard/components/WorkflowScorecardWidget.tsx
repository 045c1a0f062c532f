import { Link, useSearchParams } from 'react-router-dom';
import { formatDuration } from '@opshub/metrics';
import type { WidgetDataFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { metricPath } from '../../../shared/url/paths';
import { carryOverSearch } from '../../../shared/url/viewState';
import type { ScorecardKpi } from './ScorecardWidget';
import styles from './Widgets.module.css';

type Row = NonNullable<WidgetDataFieldsFragment['workflowScorecard']>[number];

const PERCENT = { kind: 'PERCENT' } as const;

/** A workflow's deadlines in a cell: "< 5 min · < 1 day", or "< 7 days per step" when its steps share one. */
export function deadlineText(deadlines: Row['deadlines'], t: ReturnType<typeof useI18n>['t'], locale: string): string {
  const durations = [...new Set(deadlines.map((d) => d.durationSeconds))];
  if (durations.length === 0) return '—';
  const text = durations.map((seconds) => t('wfdash.scorecard.within', { duration: formatDuration(seconds / 3600, { locale }) })).join(' · ');
  return durations.length === 1 && deadlines.length > 1 ? t('wfdash.scorecard.perStep', { deadline: text }) : text;
}

/**
 * Seed 004's "Workflows" table: one row per workflow with its deadline, SLA attainment over the period (the
 * attainment KPI, live with the dashboard), target and status. A shared screen names workflows without links.
 */
export function WorkflowScorecardWidget({ rows, kpis, caption, shared = false }: { rows: readonly Row[]; kpis: ReadonlyMap<string, ScorecardKpi>; caption: string; shared?: boolean }) {
  const { t, locale } = useI18n();
  const fmt = useFormat();
  const [params] = useSearchParams();
  const search = carryOverSearch(params, { kiosk: false });
  return (
    <div className={styles.scroll}>
      <table className={`${styles.scorecard} ${styles.stackable}`} data-testid="workflow-scorecard">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('wfdash.scorecard.workflow')}</th>
            <th scope="col">{t('wfdash.scorecard.deadline')}</th>
            <th scope="col" className={styles.number}>{t('wfdash.scorecard.attainment')}</th>
            <th scope="col" className={styles.number}>{t('builder.scorecard.target')}</th>
            <th scope="col">{t('builder.scorecard.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kpi = kpis.get(row.metricKey);
            const name = t(`wfdash.workflow.${row.workflow}`);
            const target = kpi?.target?.value ?? row.target;
            return (
              <tr key={row.workflow} data-workflow={row.workflow} data-metric={row.metricKey}>
                <th scope="row">{shared ? name : <Link to={{ pathname: metricPath(row.metricKey), search }}>{name}</Link>}</th>
                <td title={row.deadlines.map((d) => d.name).join('\n')} data-testid="workflow-deadline" data-label={t('wfdash.scorecard.deadline')}>{deadlineText(row.deadlines, t, locale)}</td>
                <td className={styles.number} data-testid="workflow-attainment" data-value={kpi?.value ?? undefined} data-label={t('wfdash.scorecard.attainment')}>{fmt.value(kpi?.value ?? null, PERCENT)}</td>
                <td className={styles.number} data-label={t('builder.scorecard.target')}>{target == null ? '—' : fmt.value(target, PERCENT)}</td>
                <td data-label={t('builder.scorecard.status')}>{kpi ? <StatusBadge status={kpi.status} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
