import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { dashboardPath, dashboardTitle, EXECUTIVE_SLUG } from '../../../shared/url/paths';
import { useDashboards } from '../hooks/useDashboards';
import { KIOSK_INTERVALS, KIOSK_ROTATION_MS } from '../hooks/useKiosk';
import styles from './KioskSetup.module.css';

/** The header's TV button: choose which dashboards a wall screen rotates through and for how long, then start. */
export function KioskSetup() {
  const { t } = useI18n();
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data } = useDashboards();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [every, setEvery] = useState(KIOSK_ROTATION_MS / 1000);
  const [error, setError] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close);
    };
  }, [open]);

  if (location.pathname.startsWith('/metrics/')) return null;
  const dashboards = data?.dashboards ?? [];
  const selected = chosen ?? dashboards.map((d) => d.slug);
  const toggle = (slug: string) => {
    setError(false);
    setChosen(selected.includes(slug) ? selected.filter((s) => s !== slug) : dashboards.map((d) => d.slug).filter((s) => s === slug || selected.includes(s)));
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError(true);
      return;
    }
    const next = new URLSearchParams(params);
    next.set('kiosk', '1');
    next.set('every', String(every));
    if (selected.length === dashboards.length) next.delete('playlist');
    else next.set('playlist', selected.join(','));
    const current = location.pathname.startsWith('/dashboards/') ? location.pathname.slice('/dashboards/'.length) : EXECUTIVE_SLUG;
    const first = selected.includes(current) ? current : selected[0];
    setOpen(false);
    navigate({ pathname: first === EXECUTIVE_SLUG ? '/' : dashboardPath(first), search: `?${next}` });
  };

  return (
    <div className={styles.root} ref={root}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('kiosk.enterHint')}
        title={t('kiosk.enterHint')}
        onClick={() => setOpen((was) => !was)}
        data-testid="kiosk-setup"
      >
        <Icon name="tv" size={18} />
      </button>
      {open && (
        <form id={id} className={styles.panel} onSubmit={start} aria-label={t('kiosk.enter')}>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('kiosk.playlist')}</legend>
            {dashboards.map((dashboard) => (
              <label key={dashboard.slug} className={styles.option}>
                <input type="checkbox" checked={selected.includes(dashboard.slug)} onChange={() => toggle(dashboard.slug)} data-slug={dashboard.slug} />
                {dashboardTitle(dashboard.slug, dashboard.title, t)}
              </label>
            ))}
            {error && (
              <p className={styles.error} role="alert">
                {t('kiosk.pickOne')}
              </p>
            )}
          </fieldset>
          <label className={styles.every}>
            {t('kiosk.every')}
            <select value={every} onChange={(event) => setEvery(Number(event.target.value))} data-testid="kiosk-every">
              {KIOSK_INTERVALS.map((seconds) => (
                <option key={seconds} value={seconds}>
                  {seconds < 60 ? t('kiosk.seconds', { count: seconds }) : t('kiosk.minutes', { count: seconds / 60 })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary" data-testid="kiosk-start">
            <Icon name="tv" size={16} />
            {t('kiosk.start')}
          </button>
        </form>
      )}
    </div>
  );
}
