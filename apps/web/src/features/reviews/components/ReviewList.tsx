import { Link } from 'react-router-dom';
import type { ReviewSummaryFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import styles from './Reviews.module.css';

/** Reviews as rows: subject, cadence, owner, period and when due (or done). */
export function ReviewList({ reviews, testId }: { reviews: readonly ReviewSummaryFieldsFragment[]; testId: string }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <ul className={styles.list} data-testid={testId}>
      {reviews.map((review) => (
        <li key={review.id} className={styles.row} data-testid="review-row" data-review-id={review.id}>
          <div>
            <Link to={`/reviews/${review.id}`} className={styles.rowTitle}>
              {review.subjectName}
            </Link>
            <div className={styles.rowMeta}>
              {t('review.rowMeta', {
                cadence: t(`catalog.cadence.${review.cadence}`),
                owner: review.owner?.name ?? t('review.noOwner'),
                from: format.dateTime(review.periodFrom, 'date'),
                to: format.dateTime(new Date(Date.parse(review.periodTo) - 1), 'date'),
              })}
            </div>
          </div>
          {review.completedAt ? (
            <StatusChip tone="ON_TRACK" data-testid="review-done">{t('review.completedOn', { date: format.dateTime(review.completedAt, 'date') })}</StatusChip>
          ) : (
            <StatusChip tone={review.overdue ? 'OFF_TRACK' : 'AT_RISK'} data-testid={review.overdue ? 'review-overdue' : 'review-open'}>
              {t(review.overdue ? 'review.overdueSince' : 'review.dueBy', { date: format.dateTime(review.dueBy, 'date') })}
            </StatusChip>
          )}
        </li>
      ))}
    </ul>
  );
}
