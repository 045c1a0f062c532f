import type { PacingStatus } from '../../../gql/graphql';
import type { GqlUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Icon, type IconName } from '../../../shared/ui/Icon';
import type { PlanGoal } from '../lib/goalTree';
import styles from './GoalPacing.module.css';

const ICONS: Record<PacingStatus, IconName> = { AHEAD: 'up', ON_PACE: 'check', BEHIND: 'down' };
const TONE: Record<PacingStatus, string> = { AHEAD: styles.ahead, ON_PACE: styles.onPace, BEHIND: styles.behind };

/** Pacing as icon and text (never colour alone), with the value expected today, the actual one and the projected end value. */
export function GoalPacing({ progress, unit }: { progress: Pick<PlanGoal['progress'], 'status' | 'expected' | 'actual' | 'projectedAtEnd'>; unit: GqlUnit }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const value = (v: number | null) => (v === null ? '—' : fmt.value(v, unit, { compact: true }));
  return (
    <div className={styles.pacing} data-testid="goal-pacing">
      {progress.status ? (
        <span className={`${styles.status} ${TONE[progress.status]}`} data-status={progress.status}>
          <Icon name={ICONS[progress.status]} size={14} />
          <span>{t(`pacing.${progress.status}`)}</span>
        </span>
      ) : (
        <span className={styles.status} data-status="NONE">
          <Icon name="minus" size={14} />
          <span>{t('goals.noData')}</span>
        </span>
      )}
      <dl className={styles.facts}>
        <div>
          <dt>{t('goals.expectedToday')}</dt>
          <dd data-testid="goal-expected">{value(progress.expected)}</dd>
        </div>
        <div>
          <dt>{t('goals.actual')}</dt>
          <dd data-testid="goal-actual">{value(progress.actual)}</dd>
        </div>
        <div>
          <dt>{t('goals.projected')}</dt>
          <dd data-testid="goal-projected">{value(progress.projectedAtEnd)}</dd>
        </div>
      </dl>
    </div>
  );
}
