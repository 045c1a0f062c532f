import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ReviewQuery as ReviewData } from '../../../gql/graphql';
import { FormMessage, serverFieldErrors } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { CommentReviewKpiMutation, ReviewQuery } from '../graphql/reviews';
import styles from './Reviews.module.css';

type ReviewKpi = NonNullable<ReviewData['review']>['kpis'][number];

/** One KPI of the frozen scorecard and the owner's comment on it (required when off track). */
export function ReviewKpiRow({ reviewId, kpi, editable }: { reviewId: string; kpi: ReviewKpi; editable: boolean }) {
  const { t } = useI18n();
  const format = useFormat();
  const [draft, setDraft] = useState(kpi.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const [comment, { loading }] = useMutation(CommentReviewKpiMutation, { refetchQueries: [ReviewQuery], awaitRefetchQueries: true });
  const unit = kpi.metric?.unit ?? { kind: 'COUNT' as const, currency: null, scaleMin: null, scaleMax: null };
  const save = async () => {
    setError(null);
    if (draft.trim() === '') return setError(t('review.error.comment'));
    try {
      await comment({ variables: { reviewId, metricKey: kpi.metricKey, comment: draft } });
    } catch (failure) {
      setError(serverFieldErrors(failure)[0]?.message ?? t('review.saveFailed'));
    }
  };
  return (
    <li className={styles.kpi} data-testid="review-kpi" data-metric-key={kpi.metricKey} data-needs-comment={kpi.needsComment ? 'true' : 'false'}>
      <div className={styles.kpiHead}>
        <strong>{kpi.metric?.name ?? kpi.metricKey}</strong>
        <StatusBadge status={kpi.status ?? null} />
      </div>
      <dl className={styles.figures}>
        <div>
          <dt>{t('review.value')}</dt>
          <dd>{format.value(kpi.value, unit)}</dd>
        </div>
        <div>
          <dt>{t('review.target')}</dt>
          <dd>{kpi.target === null ? '—' : format.value(kpi.target, unit)}</dd>
        </div>
        <div>
          <dt>{t('review.change')}</dt>
          <dd>{format.change(kpi.change, kpi.changeRatio, unit)}</dd>
        </div>
        <div>
          <dt>{t('review.pace')}</dt>
          <dd>{kpi.paceStatus ? t(`pacing.${kpi.paceStatus}`) : '—'}</dd>
        </div>
      </dl>
      {editable ? (
        <div className={styles.commentForm}>
          <label htmlFor={`comment-${kpi.metricKey}`}>{kpi.status === 'OFF_TRACK' ? t('review.commentRequired') : t('review.comment')}</label>
          <textarea
            id={`comment-${kpi.metricKey}`}
            value={draft}
            maxLength={2000}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={error ? true : undefined}
            data-testid="kpi-comment"
          />
          {error && <FormMessage>{error}</FormMessage>}
          <div className={styles.actions}>
            <button type="button" className="button" onClick={() => void save()} disabled={loading || draft === (kpi.comment ?? '')} data-testid="kpi-comment-save">
              {t('review.saveComment')}
            </button>
            {kpi.comment && draft === kpi.comment && <span className={styles.rowMeta}>{t('review.saved')}</span>}
          </div>
        </div>
      ) : (
        kpi.comment && <p className={styles.comment} data-testid="kpi-comment-text">{kpi.comment}</p>
      )}
    </li>
  );
}
