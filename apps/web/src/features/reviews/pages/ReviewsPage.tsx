import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, Skeleton } from '../../../shared/ui/States';
import { ActionItemList } from '../components/ActionItemList';
import { ReviewList } from '../components/ReviewList';
import { useReviewBoard } from '../hooks/useReviews';
import styles from '../components/Reviews.module.css';

/** The governance board: what is overdue, what is open, what was done, and the open action items by owner. */
export default function ReviewsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('review.title'));
  const { data, previousData, loading, error, refetch } = useReviewBoard();
  const board = (data ?? previousData)?.reviewBoard;
  const retry = () => void refetch().catch(() => {});
  const panel = (title: string, list: 'overdue' | 'open' | 'recentlyCompleted', empty: string) => (
    <Panel
      title={title}
      data={board}
      loading={loading}
      error={error}
      onRetry={retry}
      skeleton={<Skeleton variant="panel" />}
      isEmpty={(board?.[list].length ?? 0) === 0}
      emptyState={<EmptyState title={empty} hint={t('review.emptyHint')} />}
    >
      {board && <ReviewList reviews={board[list]} testId={`reviews-${list}`} />}
    </Panel>
  );

  return (
    <div className="page" data-testid="reviews-page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('review.title')}</h1>
          <p className="page-header__description">{t('review.description')}</p>
        </div>
      </header>
      <div className={styles.columns}>
        {panel(t('review.overdueTitle'), 'overdue', t('review.noneOverdue'))}
        {panel(t('review.openTitle'), 'open', t('review.noneOpen'))}
      </div>
      {panel(t('review.completedTitle'), 'recentlyCompleted', t('review.noneCompleted'))}
      <Panel
        title={t('review.itemsByOwner')}
        data={board}
        loading={loading}
        error={error}
        onRetry={retry}
        skeleton={<Skeleton variant="panel" />}
        isEmpty={(board?.actionItemsByOwner.length ?? 0) === 0}
        emptyState={<EmptyState title={t('review.noItems')} hint={t('review.emptyHint')} />}
      >
        <div data-testid="items-by-owner">
          {board?.actionItemsByOwner.map((group) => (
            <section key={group.owner?.id ?? 'none'} className={styles.group} data-testid="items-group">
              <h3 className={styles.groupTitle}>{group.owner?.name ?? t('review.noOwner')}</h3>
              <ActionItemList items={group.items} />
            </section>
          ))}
        </div>
      </Panel>
    </div>
  );
}
