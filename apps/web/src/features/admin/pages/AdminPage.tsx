import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { AuditTrailPage } from '../../audit/pages/AuditTrailPage';
import { useViewer } from '../../auth/hooks/useViewer';
import { useI18n } from '../../../shared/i18n';
import { NoAccessState } from '../../../shared/ui/States';
import { ApiKeysPage } from './ApiKeysPage';
import { OrganizationPage } from './OrganizationPage';
import { SlaPoliciesPage } from './SlaPoliciesPage';
import { UsersPage } from './UsersPage';
import styles from './AdminPage.module.css';

const SECTIONS = [
  { path: 'users', label: 'admin.nav.users', element: <UsersPage /> },
  { path: 'api-keys', label: 'admin.nav.keys', element: <ApiKeysPage /> },
  { path: 'sla', label: 'admin.nav.sla', element: <SlaPoliciesPage /> },
  { path: 'organization', label: 'admin.nav.organization', element: <OrganizationPage /> },
  { path: 'audit', label: 'admin.nav.audit', element: <AuditTrailPage /> },
] as const;

/** Administration (ADMIN only; the server refuses everyone else anyway): users, keys, SLA policies, organisation settings, the audit trail. */
export default function AdminPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  if (viewer?.role !== 'ADMIN') {
    return (
      <div className="page">
        <NoAccessState hint={t('admin.noAccess')} />
      </div>
    );
  }
  return (
    <div className="page" data-testid="admin-page">
      <header className="page-header">
        <h1>{t('admin.title')}</h1>
      </header>
      <nav className={styles.tabs} aria-label={t('admin.title')}>
        {SECTIONS.map((section) => (
          <NavLink key={section.path} to={`/admin/${section.path}`} className={({ isActive }) => (isActive ? `${styles.tab} ${styles.active}` : styles.tab)}>
            {t(section.label)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="/admin/users" replace />} />
        {SECTIONS.map((section) => (
          <Route key={section.path} path={section.path} element={section.element} />
        ))}
      </Routes>
    </div>
  );
}
