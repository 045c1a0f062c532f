import { NavLink } from 'react-router-dom';
import { useViewer } from '../../auth/hooks/useViewer';
import { navLinkClass } from '../../dashboard/components/DashboardNav';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';

/** The way to the administration, for ADMINs only. */
export function AdminLink() {
  const { t } = useI18n();
  const viewer = useViewer();
  if (viewer?.role !== 'ADMIN') return null;
  return (
    <NavLink to="/admin" className={navLinkClass} data-testid="admin-link">
      <Icon name="lock" size={16} />
      <span>{t('admin.nav.link')}</span>
    </NavLink>
  );
}
