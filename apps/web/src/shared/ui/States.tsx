import type { CSSProperties, ReactNode } from 'react';
import { errorMessageKey, isForbidden, isUnauthenticated } from '../api/errors';
import { useI18n } from '../i18n';
import { Icon } from './Icon';
import styles from './States.module.css';

export type SkeletonVariant = 'text' | 'chip' | 'value' | 'spark' | 'nav' | 'title' | 'panel' | 'chart' | 'row';

export function Skeleton({ variant, style }: { variant: SkeletonVariant; style?: CSSProperties }) {
  return <span className={`${styles.skeleton} ${styles[variant]}`} style={style} aria-hidden="true" />;
}

/** `count` row-high skeletons, standing in for a list or a table. */
export function RowSkeletons({ count }: { count: number }) {
  return Array.from({ length: count }, (_, i) => <Skeleton key={i} variant="row" />);
}

/** Stands in for a lazy chart at its final height (no layout shift). */
export function ChartPlaceholder({ height }: { height: number }) {
  return <Skeleton variant="chart" style={{ height }} />;
}

export function EmptyState({ title, hint, children }: { title?: string; hint?: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={styles.state} data-testid="empty-state">
      <Icon name="empty" size={28} className={styles.stateIcon} />
      <p className={styles.stateTitle}>{title ?? t('state.empty')}</p>
      <p className={styles.stateHint}>{hint ?? t('state.emptyHint')}</p>
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
    <div className={`${styles.state} ${styles.noAccess}${compact ? ` ${styles.compact}` : ''}`} data-testid="no-access-state">
      <Icon name="lock" size={compact ? 18 : 28} className={styles.stateIcon} />
      <p className={styles.stateTitle}>{title ?? t('access.title')}</p>
      <p className={styles.stateHint}>{hint ?? t('access.hint')}</p>
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
    <div className={`${styles.state} ${styles.error}${compact ? ` ${styles.compact}` : ''}`} role="alert" data-testid="error-state">
      <Icon name="alert" size={compact ? 18 : 28} className={styles.stateIcon} />
      <p className={styles.stateTitle}>{t('state.errorTitle')}</p>
      <p className={styles.stateHint}>{t(errorMessageKey(error))}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          <Icon name="refresh" size={14} />
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** A thin bar over the content while fresher data loads; `className` places it (a panel's sits inside its border). */
export function LoadingBar({ active, className }: { active: boolean; className?: string }) {
  const { t } = useI18n();
  if (!active) return null;
  return (
    <div className={className ? `${styles.loadingBar} ${className}` : styles.loadingBar} role="progressbar" aria-label={t('state.refreshing')}>
      <span />
    </div>
  );
}
