import type { KpiFieldsFragment, PacingStatus } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Icon, type IconName } from '../../../shared/ui/Icon';
import styles from './KpiPacing.module.css';

const ICONS: Record<PacingStatus, IconName> = { AHEAD: 'check', ON_PACE: 'flat', BEHIND: 'alert' };
const TONE: Record<PacingStatus, string> = { AHEAD: styles.pacingAhead, ON_PACE: styles.pacingOnPace, BEHIND: styles.pacingBehind };

/** Whether KpiPacing renders anything for this KPI (so a card only points aria-describedby at what exists). */
export function hasPacingLine(kpi: KpiFieldsFragment): boolean {
  return kpi.pacing !== null || !!kpi.forecast?.projectedTargetDate;
}

/**
 * Pacing against the KPI's goal (status as icon and text, never colour alone, with the goal, the expected value
 * and the projection in the tooltip and for screen readers) and the date the forecast reaches the target.
 * Renders nothing when there is neither.
 */
export function KpiPacing({ kpi, id }: { kpi: KpiFieldsFragment; id?: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { pacing, forecast, metric } = kpi;
  const reachesOn = forecast?.projectedTargetDate ?? null;
  if (!hasPacingLine(kpi)) return null;
  const detail = pacing
    ? t('pacing.detail', {
        goal: pacing.goal.name,
        expected: fmt.value(pacing.expected, metric.unit, { compact: true }),
        projected: fmt.value(pacing.projectedAtEnd, metric.unit, { compact: true }),
      })
    : null;
  return (
    <p id={id} className={styles.kpiCardPacing} data-testid="kpi-pacing">
      {pacing && (
        <span className={`${styles.pacing} ${TONE[pacing.status]}`} data-status={pacing.status} title={detail ?? undefined}>
          <Icon name={ICONS[pacing.status]} size={14} />
          <span>{t(`pacing.${pacing.status}`)}</span>
          <span className="sr-only"> ({detail})</span>
        </span>
      )}
      {reachesOn && (
        <span className="kpi-card__forecast" data-testid="kpi-forecast">
          {t('forecast.reachesTarget', { date: fmt.dateTime(reachesOn, 'date') })}
        </span>
      )}
    </p>
  );
}
