import { useSearchParams } from 'react-router-dom';
import type { AttentionReason } from '../../../gql/graphql';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { RangeControls } from '../../../shared/ui/RangeControls';
import { EmptyState, ErrorState, LoadingBar, RowSkeletons } from '../../../shared/ui/States';
import { useViewState } from '../../../shared/url/useViewState';
import { carryOverSearch } from '../../../shared/url/viewState';
import { AttentionList } from '../components/AttentionList';
import { useAttentionItems } from '../hooks/useAttentionItems';
import styles from './AttentionPage.module.css';

/** The executive's first screen of the day: every KPI off track, at risk or behind pace, across all dashboards. */
export default function AttentionPage() {
  const { t } = useI18n();
  const view = useViewState();
  const [params] = useSearchParams();
  const now = useNow();
  const { data, previousData, loading, error, refetch } = useAttentionItems(view.rangeInput, view.compare);
  useDocumentTitle(t('attention.title'));
  const items = (data ?? previousData)?.attentionItems;
  const count = (reason: AttentionReason) => items?.filter((item) => item.reasons.includes(reason)).length ?? 0;

  return (
    <div className="page" aria-busy={loading} data-testid="attention-page">
      <LoadingBar active={loading && !!items} />
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('attention.title')}</h1>
          <p className="page-header__description">{t('attention.description')}</p>
        </div>
        <RangeControls />
      </header>
      {items && items.length > 0 && (
        <p className={styles.summary} data-testid="attention-summary">
          {t('attention.summary', { count: items.length, offTrack: count('OFF_TRACK'), atRisk: count('AT_RISK'), behind: count('BEHIND_PACE') })}
        </p>
      )}
      {!items && loading && (
        <div role="status" aria-label={t('state.loading')} className={styles.skeletons}>
          <RowSkeletons count={6} />
        </div>
      )}
      {!items && error && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} />}
      {items?.length === 0 && <EmptyState title={t('attention.emptyTitle')} hint={t('attention.emptyHint')} />}
      {items && items.length > 0 && <AttentionList items={items} now={now} search={carryOverSearch(params)} />}
    </div>
  );
}
