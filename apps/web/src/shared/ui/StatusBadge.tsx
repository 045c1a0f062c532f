import type { HTMLAttributes, ReactNode } from 'react';
import type { KpiStatus } from '@opshub/metrics';
import { useI18n } from '../i18n';
import { Icon, type IconName } from './Icon';
import styles from './StatusBadge.module.css';

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

const TONE: Record<DisplayStatus, string> = {
  ON_TRACK: styles.statusOnTrack,
  AT_RISK: styles.statusAtRisk,
  OFF_TRACK: styles.statusOffTrack,
  NO_DATA: styles.statusNoData,
  NONE: styles.statusNone,
};

/** A small pill in the colour of a status. */
export function StatusChip({ tone, children, ...rest }: { tone: DisplayStatus; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={`${styles.status} ${TONE[tone]}`} {...rest}>
      {children}
    </span>
  );
}

/** Status as colour AND icon AND text, never colour alone. */
export function StatusBadge({ status }: { status: KpiStatus | null }) {
  const { t } = useI18n();
  const shown = displayStatus(status);
  return (
    <StatusChip tone={shown} data-testid="kpi-status" data-status={shown}>
      <Icon name={ICONS[shown]} size={14} />
      <span>{t(`status.${shown}`)}</span>
    </StatusChip>
  );
}
