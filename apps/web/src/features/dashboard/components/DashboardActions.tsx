import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { ConfirmButton, FormMessage } from '../../../shared/forms';
import { downloadFile } from '../../../shared/download';
import { useI18n } from '../../../shared/i18n';
import { dashboardPath } from '../../../shared/url/paths';
import { DashboardExportQuery, DeleteDashboardMutation, DuplicateDashboardMutation } from '../graphql/builder';
import { VersionHistory } from './VersionHistory';
import styles from './DashboardEditor.module.css';

interface Props {
  slug: string;
  title: string;
  version: number;
  canEdit: boolean;
  onEdit: () => void;
  /** A restore changed the dashboard: reload it. */
  onChanged: () => void;
}

/** What one can do with a dashboard besides looking: edit, see and restore versions, duplicate, export, delete. */
export function DashboardActions({ slug, title, version, canEdit, onEdit, onChanged }: Props) {
  const { t } = useI18n();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [history, setHistory] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [duplicate, { loading: duplicating }] = useMutation(DuplicateDashboardMutation, { refetchQueries: ['Dashboards'] });
  const [remove] = useMutation(DeleteDashboardMutation, { refetchQueries: ['Dashboards'] });

  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch {
      setFailure(t('builder.actions.failed'));
    }
  };
  const exportJson = () => run(async () => {
    const { data } = await client.query({ query: DashboardExportQuery, variables: { slug }, fetchPolicy: 'network-only' });
    if (data) downloadFile(`${slug}.dashboard.json`, [data.dashboardExport], 'application/json');
  });
  const copy = () => run(async () => {
    const { data } = await duplicate({ variables: { slug, title: t('builder.actions.copyTitle', { title }) } });
    if (data) navigate({ pathname: dashboardPath(data.duplicateDashboard.slug), search: '?edit=1' });
  });
  const destroy = () => run(async () => {
    await remove({ variables: { slug } });
    navigate('/');
  });

  return (
    <div className={styles.editor}>
      <div className={styles.toolbar} data-testid="dashboard-actions">
        {canEdit && <button type="button" className="button button--primary button--small" onClick={onEdit} data-testid="dashboard-edit">{t('builder.actions.edit')}</button>}
        {canEdit && (
          <button type="button" className="button button--small" aria-expanded={history} onClick={() => setHistory((open) => !open)} data-testid="dashboard-history">
            {t('builder.actions.history')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void copy()} disabled={duplicating} data-testid="dashboard-duplicate">{t('builder.actions.duplicate')}</button>
        <button type="button" className="button button--small" onClick={() => void exportJson()} data-testid="dashboard-export">{t('builder.actions.export')}</button>
        {canEdit && <ConfirmButton name={title} onConfirm={() => void destroy()} />}
      </div>
      {failure && <FormMessage>{failure}</FormMessage>}
      {history && <VersionHistory slug={slug} version={version} onRestored={onChanged} />}
    </div>
  );
}
