import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useSearchParams } from 'react-router-dom';
import { AdminLink } from '../features/admin/components/AdminLink';
import { UserMenu } from '../features/auth/components/UserMenu';
import { DashboardNav, navLinkClass } from '../features/dashboard/components/DashboardNav';
import { useKioskMode } from '../features/dashboard/hooks/useKiosk';
import { ConnectionStatus } from '../features/live/components/ConnectionStatus';
import { useI18n } from '../shared/i18n';
import { Icon } from '../shared/ui/Icon';
import { Skeleton } from '../shared/ui/States';
import { carryOverSearch } from '../shared/url/viewState';
import { ExitKioskButton, KioskLink, LanguageSelect, ThemeToggle } from './DisplaySettings';
import styles from './Layout.module.css';

function Logo() {
  return (
    <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M8 21l5-6 4 3 7-9" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function PageFallback() {
  const { t } = useI18n();
  return (
    <div className="page" role="status" aria-label={t('state.loading')}>
      <Skeleton variant="title" />
      <Skeleton variant="panel" />
    </div>
  );
}

export function Layout() {
  const { t } = useI18n();
  const kiosk = useKioskMode();
  const [params] = useSearchParams();
  const exitKiosk = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.documentElement.classList.toggle('kiosk', kiosk);
    if (!kiosk) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') exitKiosk.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [kiosk]);

  return (
    <div className={`app${kiosk ? ' app--kiosk' : ''}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {kiosk ? (
        <div className={styles.kioskBar}>
          <ConnectionStatus compact />
          <ExitKioskButton ref={exitKiosk} className={styles.kioskExit} />
        </div>
      ) : (
        <header className="app-header">
          <Link to={{ pathname: '/', search: carryOverSearch(params) }} className="brand">
            <Logo />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <DashboardNav />
          <NavLink to={{ pathname: '/alerts', search: carryOverSearch(params) }} className={navLinkClass} data-testid="alerts-link">
            <Icon name="alert" size={16} />
            <span>{t('nav.alerts')}</span>
          </NavLink>
          <AdminLink />
          <div className="app-header__tools" role="group" aria-label={t('app.settings')}>
            <ConnectionStatus />
            <LanguageSelect />
            <ThemeToggle />
            <KioskLink />
          </div>
          <UserMenu />
        </header>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** The pages before signing in: the brand and the display settings, no navigation. */
export function PublicLayout() {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header app-header--public">
        <span className="brand">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </span>
        <div className="app-header__tools" role="group" aria-label={t('app.settings')}>
          <LanguageSelect />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
