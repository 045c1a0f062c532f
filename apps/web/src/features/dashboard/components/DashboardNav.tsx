import { useState } from 'react';
import { Link, NavLink, useSearchParams } from 'react-router-dom';
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

/** With more dashboards than this, a filter box helps find one. */
const FILTER_FROM = 10;

/** Dashboards from the `dashboards` query, the departments' then the user's own; links keep the current range/compare. */
export function DashboardNav() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { data, loading, error } = useDashboards();
  const [filter, setFilter] = useState('');
  const search = carryOverSearch(params);
  const all =
    data?.dashboards.map((d) => ({ slug: d.slug, title: d.title, personal: d.personal })) ??
    (error ? KNOWN_DASHBOARDS.map((slug) => ({ slug, title: undefined, personal: false })) : []);
  const words = filter.trim().toLowerCase();
  const dashboards = words ? all.filter((d) => dashboardTitle(d.slug, d.title, t).toLowerCase().includes(words)) : all;
  const link = (d: (typeof all)[number]) => (
    <li key={d.slug}>
      <NavLink to={{ pathname: dashboardPath(d.slug), search }} end className={navLinkClass} data-testid="dashboard-link" data-slug={d.slug}>
        {dashboardTitle(d.slug, d.title, t)}
      </NavLink>
    </li>
  );
  const personal = dashboards.filter((d) => d.personal);

  return (
    <div className={styles.nav}>
      {all.length >= FILTER_FROM && (
        <input type="search" className={styles.filter} value={filter} onChange={(e) => setFilter(e.target.value)}
          placeholder={t('builder.nav.filter')} aria-label={t('builder.nav.filter')} />
      )}
      <ul>
        {loading && !data
          ? KNOWN_DASHBOARDS.map((slug) => (
              <li key={slug}>
                <Skeleton variant="nav" />
              </li>
            ))
          : dashboards.filter((d) => !d.personal).map(link)}
      </ul>
      {personal.length > 0 && (
        <>
          <p className={styles.group}>{t('builder.nav.mine')}</p>
          <ul>{personal.map(link)}</ul>
        </>
      )}
      {data && (
        <Link to="/dashboards/new" className={`${styles.link} ${styles.create}`} data-testid="new-dashboard">
          + {t('builder.nav.new')}
        </Link>
      )}
    </div>
  );
}
