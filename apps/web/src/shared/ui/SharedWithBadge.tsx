import type { Department } from '@opshub/metrics';
import { useI18n } from '../i18n';
import styles from './SharedWithBadge.module.css';

/** "Shared with Sales": a dashboard or metric that further departments read as their own; nothing when it is not shared. */
export function SharedWithBadge({ departments }: { departments: readonly Department[] }) {
  const { t } = useI18n();
  if (departments.length === 0) return null;
  const names = departments.map((department) => t(`department.${department}`)).join(', ');
  return (
    <span className={styles.badge} data-testid="shared-with-badge">
      {t('shr.badge', { departments: names })}
    </span>
  );
}
