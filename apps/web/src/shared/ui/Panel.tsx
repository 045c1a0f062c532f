import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingBar } from './States';
import styles from './Panel.module.css';

export interface PanelProps<T> extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  title: ReactNode;
  /** The heading's id, for content that names itself after the panel. */
  titleId?: string;
  /** Controls in the header, beside the title. */
  actions?: ReactNode;
  /** One line under the header. */
  hint?: ReactNode;
  /** A message over the content, whatever state it is in (an action that failed). */
  notice?: ReactNode;
  /**
   * What the panel shows, once there is something (possibly the previous answer while a new one loads). Until
   * then it shows `skeleton` while loading, or `error` with Retry. A panel without `data` just shows its content.
   */
  data?: T | null;
  /** A request is in flight. */
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  skeleton?: ReactNode;
  /** The answer holds nothing: `emptyState` is shown instead of the content. */
  isEmpty?: boolean;
  emptyState?: ReactNode;
  /** The thin bar over the panel; by default while fresher data loads over what is shown. */
  refreshing?: boolean;
  children?: ReactNode | ((data: NonNullable<T>) => ReactNode);
}

/**
 * A titled panel with the states every query result passes through: a skeleton until the first answer, an
 * error with Retry, an empty state, and a loading bar while fresher data loads over the shown content.
 */
export function Panel<T>(props: PanelProps<T>) {
  const {
    title, titleId, actions, hint, notice, data, loading = false, error, onRetry, skeleton, isEmpty = false, emptyState, refreshing, className, children, ...rest
  } = props;
  const generatedId = useId();
  const headingId = titleId ?? `${generatedId}-title`;
  const hasData = 'data' in props ? data !== undefined && data !== null : true;
  const content = () => (typeof children === 'function' ? children(data as NonNullable<T>) : children);
  return (
    <section className={className ? `${styles.panel} ${className}` : styles.panel} aria-labelledby={headingId} aria-busy={loading} {...rest}>
      <LoadingBar active={refreshing ?? (loading && hasData)} className={styles.loadingBar} />
      <div className={styles.header}>
        <h2 id={headingId}>{title}</h2>
        {actions && <div className={styles.tools}>{actions}</div>}
      </div>
      {hint && <PanelHint>{hint}</PanelHint>}
      {notice}
      {!hasData && loading && skeleton}
      {!hasData && !loading && !!error && <ErrorState error={error} onRetry={onRetry} compact />}
      {hasData && isEmpty && (emptyState ?? <EmptyState />)}
      {hasData && !isEmpty && content()}
    </section>
  );
}

/** A quiet line of explanation in a panel. */
export function PanelHint({ children }: { children: ReactNode }) {
  return <p className={`${styles.hint} muted`}>{children}</p>;
}
