import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { Skeleton } from '../../../shared/ui/States';
import { useMetricActionItems } from '../hooks/useReviews';
import { ActionItemList } from './ActionItemList';

/** The action items of the metric's reviews on its page; nothing when it has none. */
export function MetricActionItems({ metricKey }: { metricKey: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useMetricActionItems(metricKey);
  const items = data?.metricActionItems ?? [];
  if (!loading && !error && items.length === 0) return null;
  return (
    <Panel title={t('review.metricItems')} data={data} loading={loading} error={error} onRetry={() => void refetch().catch(() => {})} skeleton={<Skeleton variant="panel" />}>
      <div data-testid="metric-action-items">
        <ActionItemList items={items} showMetric={false} canTick={false} />
      </div>
    </Panel>
  );
}
