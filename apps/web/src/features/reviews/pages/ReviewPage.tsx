import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { serverFieldErrors, FormMessage } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { BackLink } from '../../../shared/ui/BackLink';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, Skeleton } from '../../../shared/ui/States';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import { ActionItemForm } from '../components/ActionItemForm';
import { ActionItemList } from '../components/ActionItemList';
import { ReviewKpiRow } from '../components/ReviewKpiRow';
import { CompleteReviewMutation } from '../graphql/reviews';
import { useReview } from '../hooks/useReviews';
import styles from '../components/Reviews.module.css';

/** One review: the frozen scorecard with the owner's comments, the action items, and completing it. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t, language: locale } = useI18n();
  const format = useFormat();
  const { data, previousData, loading, error, refetch } = useReview(id);
  const review = (data ?? previousData)?.review;
  const people = (data ?? previousData)?.reviewPeople ?? [];
  useDocumentTitle(review ? `${review.subjectName} · ${t('review.title')}` : t('review.title'));
  const [complete, completion] = useMutation(CompleteReviewMutation);
  /** A refusal to complete; one about a KPI's missing comment names that KPI, and goes once the comment is saved. */
  const [completeError, setCompleteError] = useState<{ message: string; metricKey?: string } | null>(null);
  const onComplete = async () => {
    setCompleteError(null);
    try {
      await complete({ variables: { id, locale } });
      await refetch();
    } catch (failure) {
      // The server names the first off-track KPI without a comment: said again in the reader's language.
      const refused = serverFieldErrors(failure)[0];
      const uncommented = refused?.field === 'kpis' ? review?.kpis.find((kpi) => kpi.needsComment) : undefined;
      setCompleteError(uncommented
        ? { message: t('review.error.uncommented', { name: uncommented.metric?.name ?? uncommented.metricKey }), metricKey: uncommented.metricKey }
        : { message: refused?.message ?? t('review.saveFailed') });
    }
  };
  const refusal = completeError?.metricKey && !review?.kpis.find((kpi) => kpi.metricKey === completeError.metricKey)?.needsComment ? null : completeError?.message;
  const retry = () => void refetch().catch(() => {});
  const kpiNames = review?.kpis.map((kpi) => ({ metricKey: kpi.metricKey, name: kpi.metric?.name ?? kpi.metricKey })) ?? [];

  return (
    <div className="page" data-testid="review-page">
      <BackLink to="/reviews">{t('review.back')}</BackLink>
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{review?.subjectName ?? t('review.title')}</h1>
          {review && (
            <p className="page-header__description">
              {t('review.rowMeta', {
                cadence: t(`catalog.cadence.${review.cadence}`),
                owner: review.owner?.name ?? t('review.noOwner'),
                from: format.dateTime(review.periodFrom, 'date'),
                to: format.dateTime(new Date(Date.parse(review.periodTo) - 1), 'date'),
              })}
            </p>
          )}
        </div>
        {review && (review.completedAt ? (
          <StatusChip tone="ON_TRACK" data-testid="review-state">
            {t('review.completedBy', { name: review.completedBy?.name ?? '—', date: format.dateTime(review.completedAt, 'date') })}
          </StatusChip>
        ) : (
          <StatusChip tone={review.overdue ? 'OFF_TRACK' : 'AT_RISK'} data-testid="review-state">
            {t(review.overdue ? 'review.overdueSince' : 'review.dueBy', { date: format.dateTime(review.dueBy, 'date') })}
          </StatusChip>
        ))}
      </header>
      <Panel
        title={t('review.scorecard')}
        data={review}
        loading={loading}
        error={error}
        onRetry={retry}
        skeleton={<Skeleton variant="panel" />}
        isEmpty={(review?.kpis.length ?? 0) === 0}
        emptyState={<EmptyState title={t('review.noKpis')} hint={t('review.noKpisHint')} />}
      >
        {review && (
          <ul className={styles.list}>
            {review.kpis.map((kpi) => (
              <ReviewKpiRow key={kpi.metricKey} reviewId={review.id} kpi={kpi} editable={review.editable} />
            ))}
          </ul>
        )}
      </Panel>
      {review && review.carriedActionItems.length > 0 && (
        <Panel title={t('review.carried')}>
          <div data-testid="carried-items">
            <ActionItemList items={review.carriedActionItems} />
          </div>
        </Panel>
      )}
      {review && (
        <Panel title={t('review.actionItems')}>
          {review.actionItems.length > 0 ? <ActionItemList items={review.actionItems} /> : <p className={styles.rowMeta}>{t('review.noItemsYet')}</p>}
          {review.editable && <ActionItemForm reviewId={review.id} kpis={kpiNames} people={people} defaultOwner={review.owner?.id ?? ''} />}
        </Panel>
      )}
      {review?.editable && (
        <div className={styles.actions}>
          <button type="button" className="button button--primary" onClick={() => void onComplete()} disabled={completion.loading} data-testid="review-complete">
            {t('review.complete')}
          </button>
          {refusal && <FormMessage>{refusal}</FormMessage>}
        </div>
      )}
    </div>
  );
}
