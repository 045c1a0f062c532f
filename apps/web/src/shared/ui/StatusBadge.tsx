import type { KpiStatus } from '@opshub/metrics';
import { useI18n } from '../i18n';
import { Icon, type IconName } from './Icon';

/** The API's status, or NONE when it is null: a KPI without a target in force gets no judgement. */
export type DisplayStatus = KpiStatus | 'NONE';

export function displayStatus(status: KpiStatus | null | undefined): DisplayStatus {
  return status ?? 'NONE';
}

const ICONS: Record<DisplayStatus, IconName> = {
  ON_TRACK: 'check',
  AT_RISK: 'alert',
  OFF_TRACK: 'cross',
  NO_DATA: 'minus',
  NONE: 'minus',
};

/** CSS modifier: on-track, at-risk, off-track, no-data, none. */
export function statusClass(status: DisplayStatus): string {
  return status.toLowerCase().replace('_', '-');
}

/** Status as colour AND icon AND text, never colour alone. */
export function StatusBadge({ status }: { status: KpiStatus | null }) {
  const { t } = useI18n();
  const shown = displayStatus(status);
  return (
    <span className={`status status--${statusClass(shown)}`} data-testid="kpi-status" data-status={shown}>
      <Icon name={ICONS[shown]} size={14} />
      <span>{t(`status.${shown}`)}</span>
    </span>
  );
}
