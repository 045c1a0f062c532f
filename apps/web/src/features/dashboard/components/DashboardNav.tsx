import { NavLink, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { Skeleton } from '../../../shared/ui/States';
import { dashboardPath, dashboardTitle, KNOWN_DASHBOARDS } from '../../../shared/url/paths';
import { carryOverSearch } from '../../../shared/url/viewState';
import { useDashboards } from '../hooks/useDashboards';
import styles from './DashboardNav.module.css';

/** The look of a link in the sidebar, for NavLink's className. */
export function navLinkClass({ isActive }: { isActive: boolean }): string {
  return isActive ? `${styles.link} ${styles.active}` : styles.link;
}

/** Dashboards from the `dashboards` query; links keep the current range/compare. */
export function DashboardNav() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { data, loading, error } = useDashboards();
  const search = carryOverSearch(params);
  const dashboards =
    data?.dashboards.map((d) => ({ slug: d.slug, title: d.title })) ??
    (error ? KNOWN_DASHBOARDS.map((slug) => ({ slug, title: undefined })) : []);

  return (
    <div className={styles.nav}>
      <ul>
        {loading && !data
          ? KNOWN_DASHBOARDS.map((slug) => (
              <li key={slug}>
                <Skeleton variant="nav" />
              </li>
            ))
          : dashboards.map((d) => (
              <li key={d.slug}>
                <NavLink
                  to={{ pathname: dashboardPath(d.slug), search }}
                  end
                  className={navLinkClass}
                  data-testid="dashboard-link"
                  data-slug={d.slug}
                >
                  {dashboardTitle(d.slug, d.title, t)}
                </NavLink>
              </li>
            ))}
      </ul>
    </div>
  );
}
