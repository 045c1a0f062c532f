import { NavLink, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { carryOverSearch } from '../../../shared/url/viewState';
import { navLinkClass } from '../../dashboard/components/DashboardNav';

/** The header's way to the metric catalog (at /catalog: the server serves Prometheus at /metrics). */
export function CatalogNavLink() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  return (
    <NavLink to={{ pathname: '/catalog', search: carryOverSearch(params) }} className={navLinkClass} data-testid="catalog-link">
      <Icon name="empty" size={16} />
      <span>{t('catalog.nav')}</span>
    </NavLink>
  );
}
