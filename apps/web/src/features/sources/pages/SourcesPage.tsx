import { useState } from 'react';
import type { SqlConnectionFieldsFragment, SqlSourceFieldsFragment, SqlSourceStatus } from '../../../gql/graphql';
import { ConfirmButton } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Icon, type IconName } from '../../../shared/ui/Icon';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { ConnectionForm } from '../components/ConnectionForm';
import { SourceEditor } from '../components/SourceEditor';
import { SyncHistory } from '../components/SyncHistory';
import { useSources } from '../hooks/useSources';
import styles from '../components/Sources.module.css';

const STATUS_ICON: Record<SqlSourceStatus, IconName> = { OK: 'check', FAILING: 'alert', NEVER_SYNCED: 'minus', PAUSED: 'minus' };

/** SQL sources (ADMIN): the databases connected, the metrics they feed, each source's status and sync history. */
export default function SourcesPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  useDocumentTitle(t('sources.title'));
  const sources = useSources();
  const { data, loading, error, refetch } = sources;
  const [editingConnection, setEditingConnection] = useState<SqlConnectionFieldsFragment | 'new' | null>(null);
  const [editingSource, setEditingSource] = useState<SqlSourceFieldsFragment | 'new' | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [tested, setTested] = useState<Record<string, string>>({});
  const [queued, setQueued] = useState<string | null>(null);
  const retry = () => void refetch().catch(() => {});
  const connections = data?.sqlConnections ?? [];
  const metricName = (key: string) => data?.metrics.find((m) => m.key === key)?.name ?? key;
  const fed = new Set(data?.sqlSources.map((s) => s.metricKey));
  const feedable = (data?.metrics ?? []).filter((m) => !m.formula && m.source === 'OBSERVATIONS' && !fed.has(m.key));
  const testSaved = async (id: string) => {
    const result = await sources.testConnection({ connectionId: id });
    setTested((all) => ({ ...all, [id]: result?.ok ? t('sources.connection.ok') : t('sources.connection.failed', { message: result?.message ?? '' }) }));
  };

  return (
    <div className="page" data-testid="sources-page">
      <header className="page-header">
        <h1>{t('sources.title')}</h1>
      </header>
      <Panel
        title={t('sources.connections.title')}
        hint={t('sources.connections.hint')}
        actions={editingConnection === null && (
          <button type="button" className="button button--primary button--small" onClick={() => setEditingConnection('new')} data-testid="connection-new">
            {t('sources.connections.new')}
          </button>
        )}
        data={data?.sqlConnections}
        loading={loading}
        error={error}
        onRetry={retry}
        skeleton={<RowSkeletons count={2} />}
        isEmpty={connections.length === 0 && editingConnection === null}
        emptyState={<p className="muted" data-testid="connections-empty">{t('sources.connections.empty')}</p>}
      >
        {(list) => (
          <>
            {editingConnection !== null && (
              <ConnectionForm
                key={editingConnection === 'new' ? 'new' : editingConnection.id}
                connection={editingConnection === 'new' ? null : editingConnection}
                onSave={(input) => sources.saveConnection(editingConnection === 'new' ? null : editingConnection.id, input)}
                onTest={(connectionString) => sources.testConnection({ connectionString })}
                onDone={() => setEditingConnection(null)}
              />
            )}
            <ul className={styles.list}>
              {list.map((c) => (
                <li key={c.id} className={styles.item} data-testid="connection-item">
                  <div>
                    <strong>{c.name}</strong>
                    <div className={styles.where}>{c.host} / {c.database}</div>
                    {tested[c.id] && <p role="status" className="muted">{tested[c.id]}</p>}
                  </div>
                  <div className={styles.actions}>
                    <button type="button" className="button button--small" onClick={() => void testSaved(c.id)}>{t('sources.connection.test')}</button>
                    <button type="button" className="button button--small" onClick={() => setEditingConnection(c)}>{t('sources.edit')}</button>
                    <ConfirmButton name={c.name} onConfirm={() => void sources.deleteConnection(c.id).catch(retry)} />
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </Panel>

      <Panel
        title={t('sources.sources.title')}
        hint={t('sources.sources.hint')}
        actions={editingSource === null && connections.length > 0 && (
          <button type="button" className="button button--primary button--small" onClick={() => setEditingSource('new')} data-testid="source-new">
            {t('sources.sources.new')}
          </button>
        )}
        data={data?.sqlSources}
        loading={loading}
        error={error}
        onRetry={retry}
        skeleton={<RowSkeletons count={3} />}
        isEmpty={data?.sqlSources.length === 0 && editingSource === null}
        emptyState={<p className="muted" data-testid="sources-empty">{connections.length > 0 ? t('sources.sources.empty') : t('sources.sources.connectFirst')}</p>}
      >
        {(list) => (
          <>
            {editingSource !== null && (
              <SourceEditor
                key={editingSource === 'new' ? 'new' : editingSource.metricKey}
                source={editingSource === 'new' ? null : editingSource}
                connections={connections}
                metrics={editingSource === 'new' ? feedable : [{ key: editingSource.metricKey, name: metricName(editingSource.metricKey) }]}
                onSave={sources.saveSource}
                onDone={() => setEditingSource(null)}
              />
            )}
            <ul className={styles.list}>
              {list.map((s) => (
                <li key={s.metricKey} data-testid="source-item" data-status={s.status}>
                  <div className={styles.item}>
                    <div>
                      <strong>{metricName(s.metricKey)}</strong>{' '}
                      <span className="muted">{connections.find((c) => c.id === s.connectionId)?.name}</span>
                      <div>
                        <span className={`${styles.status} ${s.status === 'FAILING' ? styles.failing : s.status === 'OK' ? styles.ok : ''}`}>
                          <Icon name={STATUS_ICON[s.status]} size={14} />
                          {t(`sources.status.${s.status}`)}
                        </span>{' '}
                        <span className="muted">
                          {s.cron ? t('sources.schedule.cron', { cron: s.cron }) : t('sources.schedule.every', { minutes: s.everyMinutes ?? 0 })}
                          {s.lastSyncAt && ` · ${t('sources.lastSync', { time: fmt.dateTime(s.lastSyncAt, 'relative') })}`}
                        </span>
                      </div>
                      {queued === s.metricKey && <p role="status" className="muted" data-testid="source-queued">{t('sources.syncQueued')}</p>}
                      {s.lastError && <p className={`${styles.error} ${styles.failing}`} data-testid="source-error">{s.lastError}</p>}
                    </div>
                    <div className={styles.actions}>
                      <button type="button" className="button button--small" onClick={() => void sources.syncSource(s.metricKey).then(() => setQueued(s.metricKey), retry)} data-testid="source-sync">
                        {t('sources.syncNow')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => setHistory(history === s.metricKey ? null : s.metricKey)} aria-expanded={history === s.metricKey}>
                        {t('sources.history.title')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => setEditingSource(s)}>{t('sources.edit')}</button>
                      <ConfirmButton name={metricName(s.metricKey)} onConfirm={() => void sources.deleteSource(s.metricKey).catch(retry)} />
                    </div>
                  </div>
                  {history === s.metricKey && <SyncHistory metricKey={s.metricKey} />}
                </li>
              ))}
            </ul>
          </>
        )}
      </Panel>
    </div>
  );
}
