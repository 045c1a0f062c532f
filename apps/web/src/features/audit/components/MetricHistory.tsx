import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { useMetricHistory } from '../hooks/useMetricHistory';
import { describeChange } from '../lib/describeChange';
import styles from './MetricHistory.module.css';

/** Who changed the metric, its targets, goals and rules, and when: "Target 25% → 30% by Ana Ruiz, Dec 3". */
export function MetricHistory({ metricKey }: { metricKey: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { data, loading, error, refetch } = useMetricHistory(metricKey);
  const metric = data?.metric;
  return (
    <Panel
      title={t('admin.history.title')}
      data={metric}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={3} />}
      isEmpty={metric?.history.length === 0}
      emptyState={<p className="muted" data-testid="empty-state">{t('admin.history.empty')}</p>}
      data-testid="metric-history"
    >
      {(metric) => (
        <ol className={styles.list}>
          {metric.history.map((event) => (
            <li key={event.id} className={styles.item} data-testid="history-entry" data-object-type={event.objectType}>
              <span className={styles.dot} aria-hidden="true" />
              <span>{describeChange(event, t, fmt, metric.unit)}</span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
