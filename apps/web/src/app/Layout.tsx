import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { Outlet, useSearchParams } from 'react-router-dom';
import { KioskSetup } from '../features/dashboard/components/KioskSetup';
import { useKioskMode } from '../features/dashboard/hooks/useKiosk';
import { ConnectionStatus } from '../features/live/components/ConnectionStatus';
import { useMediaQuery } from '../shared/hooks';
import { useI18n } from '../shared/i18n';
import { Icon } from '../shared/ui/Icon';
import { Skeleton } from '../shared/ui/States';
import { carryOverSearch } from '../shared/url/viewState';
import { ExitKioskButton, LanguageSelect, ThemeToggle } from './DisplaySettings';
import styles from './Layout.module.css';
import { Brand, Logo } from './Brand';
import { Sidebar } from './Sidebar';

export function PageFallback() {
  const { t } = useI18n();
  return (
    <div className="page" role="status" aria-label={t('state.loading')}>
      <Skeleton variant="title" />
      <Skeleton variant="panel" />
    </div>
  );
}

/** Below this width the sidebar is a drawer opened from the header's menu button. */
const DRAWER_QUERY = '(max-width: 1023px)';

export function Layout() {
  const { t } = useI18n();
  const kiosk = useKioskMode();
  const [params] = useSearchParams();
  const exitKiosk = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const drawer = useMediaQuery(DRAWER_QUERY);
  const [menuOpen, setMenuOpen] = useState(false);
  const sidebarId = useId();
  const open = drawer && menuOpen;

  useEffect(() => {
    document.documentElement.classList.toggle('kiosk', kiosk);
    if (!kiosk) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') exitKiosk.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [kiosk]);

  // An open drawer closes on Escape and gives the focus back to the button that opened it.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (kiosk) {
    return (
      <div className="app app--kiosk">
        <div className={styles.kioskBar}>
          <ConnectionStatus compact />
          <ExitKioskButton ref={exitKiosk} className={styles.kioskExit} />
        </div>
        <Main />
      </div>
    );
  }

  return (
    <div className="app app--shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Sidebar id={sidebarId} open={open} drawer={drawer} onClose={() => setMenuOpen(false)} />
      {open && <div className={styles.scrim} onClick={() => setMenuOpen(false)} aria-hidden="true" />}
      <div className="app-body">
        <header className="app-header">
          {drawer && (
            <>
              <button
                ref={menuButton}
                type="button"
                className="icon-button"
                aria-expanded={open}
                aria-controls={sidebarId}
                aria-label={open ? t('nav.close') : t('nav.open')}
                onClick={() => setMenuOpen((was) => !was)}
                data-testid="menu-button"
              >
                <Icon name={open ? 'close' : 'menu'} size={20} />
              </button>
              <Brand to={{ pathname: '/', search: carryOverSearch(params) }} />
            </>
          )}
          <div className="app-header__tools" role="group" aria-label={t('app.settings')}>
            <ConnectionStatus />
            <ThemeToggle />
            <KioskSetup />
          </div>
        </header>
        <Main />
      </div>
    </div>
  );
}

function Main() {
  return (
    <main id="main" className="app-main" tabIndex={-1}>
      <Suspense fallback={<PageFallback />}>
        <Outlet />
      </Suspense>
    </main>
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
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
