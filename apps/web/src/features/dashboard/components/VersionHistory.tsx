import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmButton, FormMessage } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { ErrorState } from '../../../shared/ui/States';
import { DashboardVersionsQuery, RestoreDashboardVersionMutation } from '../graphql/builder';
import { saveConflict } from '../lib/saveErrors';
import styles from './DashboardEditor.module.css';

/** Every saved version, newest first: who, when, what changed; an earlier one can be restored (as a new version). */
export function VersionHistory({ slug, version, onRestored }: { slug: string; version: number; onRestored: () => void }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { data, loading, error, refetch } = useQuery(DashboardVersionsQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  const [restore] = useMutation(RestoreDashboardVersionMutation);
  const [message, setMessage] = useState<string | null>(null);

  const restoreVersion = async (old: number) => {
    setMessage(null);
    try {
      await restore({ variables: { slug, version: old, baseVersion: version } });
      await refetch();
      onRestored();
    } catch (failure) {
      const stale = saveConflict(failure);
      setMessage(stale ? t('builder.history.conflict', { version: stale.currentVersion }) : t('builder.editor.saveFailed'));
    }
  };

  return (
    <section className={styles.history} aria-label={t('builder.history.title')} data-testid="version-history">
      <h2 className={styles.pickerTitle}>{t('builder.history.title')}</h2>
      {loading && !data && <p className="muted">{t('builder.history.loading')}</p>}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />}
      {message && <FormMessage>{message}</FormMessage>}
      <ol>
        {data?.dashboardVersions.map((entry) => (
          <li key={entry.version} data-testid="version" data-version={entry.version}>
            <div>
              <strong>{t('builder.history.version', { version: entry.version })}</strong>{' '}
              <span className="muted">{t('builder.history.by', { who: entry.createdBy, when: fmt.dateTime(entry.createdAt, 'datetime') })}</span>
              <p>{entry.summary}</p>
            </div>
            {entry.version === version ? (
              <span className="muted">{t('builder.history.current')}</span>
            ) : (
              <ConfirmButton name={t('builder.history.version', { version: entry.version })} label={t('builder.history.restore')}
                question={t('builder.history.confirm', { version: entry.version })} confirmLabel={t('builder.history.restore')}
                onConfirm={() => void restoreVersion(entry.version)} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
