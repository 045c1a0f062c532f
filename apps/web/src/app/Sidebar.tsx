import { NavLink, useSearchParams } from 'react-router-dom';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useViewer } from '../features/auth/hooks/useViewer';
import { DashboardNav, navLinkClass } from '../features/dashboard/components/DashboardNav';
import { MyReviewsBadge } from '../features/reviews/components/MyReviewsBadge';
import { useI18n } from '../shared/i18n';
import { Icon } from '../shared/ui/Icon';
import { carryOverSearch } from '../shared/url/viewState';
import { Brand } from './Brand';
import { LanguageSelect } from './DisplaySettings';
import { visibleNavItems } from './navigation';
import styles from './Sidebar.module.css';

/**
 * Every place the user may go, in one column that scrolls on its own: the dashboards (dozens, once people build
 * them), then the workspace pages. Beside the page on a desktop, a drawer on a phone or tablet.
 */
export function Sidebar({ id, open, drawer, onClose }: { id: string; open: boolean; drawer: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const viewer = useViewer();
  const search = carryOverSearch(params);
  const hidden = drawer && !open;
  return (
    <aside id={id} className={styles.sidebar} data-drawer={drawer ? 'true' : undefined} data-open={open ? 'true' : undefined} inert={hidden} aria-hidden={hidden || undefined}>
      <div className={styles.top}>
        <Brand to={{ pathname: '/', search }} />
        {drawer && (
          <button type="button" className="icon-button" aria-label={t('nav.close')} onClick={onClose} data-testid="menu-close">
            <Icon name="close" size={20} />
          </button>
        )}
      </div>
      <nav className={styles.nav} aria-label={t('nav.main')} onClick={(event) => (event.target as Element).closest('a') && onClose()}>
        <h2 className={styles.heading}>{t('nav.dashboards')}</h2>
        <DashboardNav />
        <h2 className={styles.heading}>{t('nav.workspace')}</h2>
        <ul className={styles.list}>
          {visibleNavItems(viewer?.role).map((item) => (
            <li key={item.path}>
              <NavLink to={{ pathname: item.path, search }} className={navLinkClass} data-testid={item.testId}>
                <Icon name={item.icon} size={16} />
                <span>{t(item.label)}</span>
                {item.path === '/reviews' && <MyReviewsBadge />}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.footer}>
        <LanguageSelect />
        <UserMenu />
      </div>
    </aside>
  );
}
