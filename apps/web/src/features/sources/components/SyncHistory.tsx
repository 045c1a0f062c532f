import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { ErrorState, RowSkeletons } from '../../../shared/ui/States';
import { useSyncRuns } from '../hooks/useSources';
import styles from './Sources.module.css';

/** A source's syncs, newest first: rows read, points written, how long, and the error of a failed one. */
export function SyncHistory({ metricKey }: { metricKey: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { data, loading, error, refetch } = useSyncRuns(metricKey);
  if (error) return <ErrorState error={error} compact onRetry={() => void refetch().catch(() => {})} />;
  if (loading && !data) return <RowSkeletons count={2} />;
  const runs = data?.sqlSyncRuns ?? [];
  if (runs.length === 0) return <p className="muted" data-testid="sync-history-empty">{t('sources.history.empty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('sources.history.title')}>
      <table className="data-table" data-testid="sync-history">
        <thead>
          <tr>
            <th scope="col">{t('sources.history.when')}</th>
            <th scope="col" className="num">{t('sources.history.rows')}</th>
            <th scope="col" className="num">{t('sources.history.duration')}</th>
            <th scope="col">{t('sources.history.result')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="sync-run">
              <td><time dateTime={run.startedAt}>{fmt.dateTime(run.startedAt, 'datetime')}</time></td>
              <td className="num">{run.rowsRead}</td>
              <td className="num">{t('sources.history.duration.ms', { ms: run.durationMs })}</td>
              <td className={run.error ? `${styles.error} ${styles.failing}` : undefined}>{run.error ?? t('sources.history.ok')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
