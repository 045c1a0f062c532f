import { useI18n } from '../../../shared/i18n';
import { dashboardTitle } from '../../../shared/url/paths';
import { useDashboards } from '../hooks/useDashboards';
import { useKioskRotation } from '../hooks/useKiosk';
import styles from './KioskRotation.module.css';

/** TV mode: cycles through the dashboards every 30 s and says which one comes next. */
export function KioskRotation({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data } = useDashboards();
  const slugs = data?.dashboards.map((d) => d.slug) ?? [];
  const next = useKioskRotation(slugs, slug, true);
  if (!next) return null;
  const title = dashboardTitle(next, data?.dashboards.find((d) => d.slug === next)?.title, t);
  return (
    <p className={styles.next} aria-live="off">
      {t('kiosk.next', { title })}
      <span className={styles.countdown} aria-hidden="true" />
    </p>
  );
}
