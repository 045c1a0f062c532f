import type { CSSProperties, ReactNode } from 'react';
import { errorMessageKey, isForbidden, isUnauthenticated } from '../api/errors';
import { useI18n } from '../i18n';
import { Icon } from './Icon';

export function Skeleton({ className = '', style }: { className?: string; style?: CSSProperties }) {
  return <span className={`skeleton ${className}`} style={style} aria-hidden="true" />;
}

export function EmptyState({ title, hint, children }: { title?: string; hint?: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="state state--empty" data-testid="empty-state">
      <Icon name="empty" size={28} className="state__icon" />
      <p className="state__title">{title ?? t('state.empty')}</p>
      <p className="state__hint">{hint ?? t('state.emptyHint')}</p>
      {children}
    </div>
  );
}

/**
 * The server refused this principal (FORBIDDEN): retrying cannot help, so there is no Retry button, and it is
 * not styled as a failure. `children` offers a way out (a link to what the user may open).
 */
export function NoAccessState({ title, hint, compact = false, children }: { title?: string; hint?: string; compact?: boolean; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`state state--no-access${compact ? ' state--compact' : ''}`} data-testid="no-access-state">
      <Icon name="lock" size={compact ? 18 : 28} className="state__icon" />
      <p className="state__title">{title ?? t('access.title')}</p>
      <p className="state__hint">{hint ?? t('access.hint')}</p>
      {children}
    </div>
  );
}

/** A friendly message for the error's category, never the raw error text, and a Retry button. */
export function ErrorState({ error, onRetry, compact = false }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const { t } = useI18n();
  if (isForbidden(error)) return <NoAccessState compact={compact} />;
  // Not an error to show: the session handling is already taking the user to the sign-in page.
  if (isUnauthenticated(error)) return null;
  return (
    <div className={`state state--error${compact ? ' state--compact' : ''}`} role="alert" data-testid="error-state">
      <Icon name="alert" size={compact ? 18 : 28} className="state__icon" />
      <p className="state__title">{t('state.errorTitle')}</p>
      <p className="state__hint">{t(errorMessageKey(error))}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          <Icon name="refresh" size={14} />
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function LoadingBar({ active }: { active: boolean }) {
  const { t } = useI18n();
  if (!active) return null;
  return (
    <div className="loading-bar" role="progressbar" aria-label={t('state.refreshing')}>
      <span />
    </div>
  );
}
