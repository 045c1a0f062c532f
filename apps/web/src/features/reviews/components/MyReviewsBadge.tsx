import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { MyOpenReviewCountQuery } from '../graphql/myOpenReviewCount';
import styles from './Reviews.module.css';

/** Beside the Reviews link: how many reviews wait for the signed-in user (re-read every minute); nothing when none. */
export function MyReviewsBadge() {
  const { t } = useI18n();
  const { data } = useQuery(MyOpenReviewCountQuery, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const count = data?.myOpenReviewCount ?? 0;
  if (count === 0) return null;
  return (
    <span className={styles.badge} aria-label={t('review.waiting', { count })} data-testid="my-reviews-badge">
      {count}
    </span>
  );
}
