import { useMutation } from '@apollo/client/react';
import type { ReviewActionItemFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { zonedDayStart } from '../../../shared/url/viewState';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import { SetReviewActionItemDoneMutation } from '../graphql/reviews';
import styles from './Reviews.module.css';

/** Action items with their owner and due date; each can be ticked done (the server says who may). */
export function ActionItemList({ items, showMetric = true, canTick = true }: { items: readonly ReviewActionItemFieldsFragment[]; showMetric?: boolean; canTick?: boolean }) {
  const { t, language: locale } = useI18n();
  const format = useFormat();
  const [setDone, { loading }] = useMutation(SetReviewActionItemDoneMutation);
  return (
    <ul className={styles.items} data-testid="action-items">
      {items.map((item) => (
        <li key={item.id} className={styles.item} data-testid="action-item" data-done={item.doneAt ? 'true' : 'false'}>
          {canTick ? (
            <input
              type="checkbox"
              checked={item.doneAt !== null}
              disabled={loading}
              aria-label={t('review.markDone', { text: item.text })}
              onChange={(event) => void setDone({ variables: { id: item.id, done: event.target.checked, locale } }).catch(() => {})}
            />
          ) : null}
          <div className={styles.itemBody}>
            <span className={item.doneAt ? styles.doneText : undefined}>{item.text}</span>
            <span className={styles.itemMeta}>
              {showMetric && item.metric ? `${item.metric.name} · ` : ''}
              {t('review.itemMeta', { owner: item.owner?.name ?? t('review.noOwner'), date: format.dateTime(zonedDayStart(item.dueDate, format.timeZone), 'date') })}
            </span>
          </div>
          {item.overdue && (
            <StatusChip tone="OFF_TRACK" data-testid="action-item-overdue">
              {t('review.overdue')}
            </StatusChip>
          )}
          {item.doneAt && <StatusChip tone="ON_TRACK">{t('review.done')}</StatusChip>}
        </li>
      ))}
    </ul>
  );
}
