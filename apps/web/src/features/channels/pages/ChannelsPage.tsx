import { useState } from 'react';
import { DEPARTMENTS } from '@opshub/metrics';
import type { ChannelFieldsFragment } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { useViewer } from '../../auth/hooks/useViewer';
import { ChannelForm } from '../components/ChannelForm';
import { ChannelItem } from '../components/ChannelList';
import { useChannels } from '../hooks/useChannels';
import styles from '../components/Channels.module.css';

/** Departments whose channels the viewer makes: all and ADMIN ones ('') for an ADMIN, all for an executive, a head's own. */
function useChannelDepartments(): string[] {
  const viewer = useViewer();
  if (!viewer) return [];
  if (viewer.role === 'ADMIN') return ['', ...DEPARTMENTS];
  if (viewer.role === 'EXECUTIVE') return [...DEPARTMENTS];
  return viewer.role === 'DEPARTMENT_HEAD' ? [...(viewer.departments ?? [])] : [];
}

export default function ChannelsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('rules.channelsPage.title'));
  const departments = useChannelDepartments();
  const { data, loading, error, refetch, save, saving, remove, sendTest } = useChannels();
  const [editing, setEditing] = useState<ChannelFieldsFragment | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const channels = data?.channels;
  return (
    <div className="page" data-testid="channels-page">
      <header className="page-header">
        <h1>{t('rules.channelsPage.title')}</h1>
      </header>
      <Panel
        title={t('rules.channelsPage.title')}
        hint={t('rules.channelsPage.hint')}
        actions={departments.length > 0 && editing === null && (
          <button type="button" className="button button--primary button--small" onClick={() => setEditing('new')} data-testid="channel-new">
            {t('rules.channel.new')}
          </button>
        )}
        notice={secret && <p role="status" className={styles.secret} data-testid="channel-secret">{t('rules.channel.secret', { secret })}</p>}
        data={channels}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<RowSkeletons count={3} />}
        isEmpty={channels?.length === 0 && editing === null}
        emptyState={<p className="muted" data-testid="channels-empty">{t('rules.channel.empty')}</p>}
      >
        {(channels) => (
          <>
            {editing === 'new' && (
              <ChannelForm
                channel={null}
                departments={departments}
                saving={saving}
                onSave={async (input) => setSecret(await save(null, input))}
                onDone={() => setEditing(null)}
              />
            )}
            <ul className={styles.list}>
              {channels.map((channel) =>
                editing !== 'new' && editing?.id === channel.id ? (
                  <li key={channel.id}>
                    <ChannelForm channel={channel} departments={departments} saving={saving} onSave={async (input) => void (await save(channel.id, input))} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <ChannelItem key={channel.id} channel={channel} onEdit={() => setEditing(channel)} onDelete={() => remove(channel.id)} onSendTest={() => sendTest(channel.id)} />
                ),
              )}
            </ul>
          </>
        )}
      </Panel>
    </div>
  );
}
