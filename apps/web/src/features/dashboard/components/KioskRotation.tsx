import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { dashboardTitle } from '../../../shared/url/paths';
import { useDashboards } from '../hooks/useDashboards';
import { kioskIntervalMs, kioskPlaylist, useKioskRotation } from '../hooks/useKiosk';
import styles from './KioskRotation.module.css';

/** TV mode: cycles through the playlist (all dashboards by default, every 30 s) and says which one comes next. */
export function KioskRotation({ slug }: { slug: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { data } = useDashboards();
  const slugs = useMemo(() => kioskPlaylist(params, data?.dashboards.map((d) => d.slug) ?? []), [params, data]);
  const intervalMs = kioskIntervalMs(params);
  const next = useKioskRotation(slugs, slug, true, intervalMs);
  if (!next) return null;
  const title = dashboardTitle(next, data?.dashboards.find((d) => d.slug === next)?.title, t);
  return (
    <p className={styles.next} aria-live="off">
      {t('kiosk.next', { title })}
      <span key={slug} className={styles.countdown} style={{ animationDuration: `${intervalMs}ms` }} aria-hidden="true" />
    </p>
  );
}
