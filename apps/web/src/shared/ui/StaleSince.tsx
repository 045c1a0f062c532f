import { useFormat } from '../format/useFormat';
import { useI18n } from '../i18n';
import { Icon } from './Icon';
import styles from './StaleSince.module.css';

/**
 * "Stale since …" for a KPI whose data is overdue for its expected interval: an icon and words, not colour
 * only, so an old number is never read as a current one. Renders nothing while the data is fresh.
 */
export function StaleSince({ staleSince, id, now }: { staleSince: string | null | undefined; id?: string; now?: Date }) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (!staleSince) return null;
  return (
    <p id={id} className={styles.stale} data-testid="kpi-stale">
      <Icon name="clock" size={14} />
      <time dateTime={staleSince} title={fmt.dateTime(staleSince, 'relative', now)}>
        {t('sources.stale.since', { time: fmt.dateTime(staleSince, 'datetime') })}
      </time>
    </p>
  );
}
