import { useId } from 'react';
import { useFormat } from '../format/useFormat';
import { useI18n } from '../i18n';
import { ErrorState } from './States';
import styles from './Pager.module.css';

const COUNT = { kind: 'COUNT' } as const;

export interface PagerProps {
  /** What the rows are ("Raw observations"), for the pager's accessible name. */
  label: string;
  shown: number;
  total: number;
  hasMore: boolean;
  /** The next page is on its way. */
  loading: boolean;
  /** Loading the next page failed (null when it did not); Retry loads it again. */
  error: unknown;
  onLoadMore: () => void;
  testId?: string;
}

/** Under a list that grows by pages: how many rows are shown of how many, and "Load more" while there are more. */
export function Pager({ label, shown, total, hasMore, loading, error, onLoadMore, testId }: PagerProps) {
  const { t } = useI18n();
  const fmt = useFormat();
  const countId = useId();
  return (
    <div className={styles.pager} role="group" aria-label={t('pager.label', { name: label })} data-testid={testId}>
      <span id={countId} className="muted" data-testid="pager-count" aria-live="polite">
        {t('pager.showing', { shown: fmt.value(shown, COUNT), total: fmt.value(total, COUNT) })}
      </span>
      {error !== null && <ErrorState error={error} onRetry={onLoadMore} compact />}
      {hasMore && (
        <button type="button" className="button" onClick={onLoadMore} disabled={loading} aria-describedby={countId} data-testid="pager-more">
          {loading ? t('pager.loadingMore') : t('pager.loadMore')}
        </button>
      )}
    </div>
  );
}
