import { useState } from 'react';
import { ConfirmButton, FormMessage } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { CreateApiKeyForm } from '../components/CreateApiKeyForm';
import { SecretNotice } from '../components/SecretNotice';
import { useApiKeyMutations, useApiKeys } from '../hooks/useApiKeys';
import styles from '../components/Admin.module.css';

/** Integrator keys: create (the key shown once), list with last use, revoke. */
export function ApiKeysPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  useDocumentTitle(t('admin.keys.title'));
  const { data, loading, error, refetch } = useApiKeys();
  const { create, revoke } = useApiKeyMutations();
  const [created, setCreated] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const keys = data?.apiKeys;
  const date = (value: string | null) => (value ? fmt.dateTime(value, 'date') : '—');

  return (
    <>
      <Panel title={t('admin.keys.createTitle')} hint={t('admin.keys.createHint')}>
        {created && (
          <SecretNotice title={t('admin.keys.createdTitle')} hint={t('admin.keys.createdHint')} value={created} onDismiss={() => setCreated(null)} testId="created-key" />
        )}
        <CreateApiKeyForm
          create={async (input) => {
            const { data: answer } = await create({ variables: { input } });
            if (answer) setCreated(answer.createApiKey.key);
          }}
        />
      </Panel>
      <Panel
        title={t('admin.keys.title')}
        data={keys}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<RowSkeletons count={3} />}
        isEmpty={keys?.length === 0}
        emptyState={<p className="muted" data-testid="empty-state">{t('admin.keys.empty')}</p>}
        notice={failed ? <FormMessage>{t('admin.saveFailed')}</FormMessage> : null}
        data-testid="api-keys"
      >
        {(keys) => (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.keys.title')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.keys.name')}</th>
                  <th scope="col">{t('admin.keys.prefix')}</th>
                  <th scope="col">{t('admin.keys.scopes')}</th>
                  <th scope="col">{t('admin.keys.department')}</th>
                  <th scope="col">{t('admin.keys.expires')}</th>
                  <th scope="col">{t('admin.keys.lastUsed')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id} data-testid="api-key-row">
                    <td>{key.name}</td>
                    <td>
                      <code>ohk_{key.prefix}_…</code>
                    </td>
                    <td>{key.scopes.map((scope) => t(`admin.keys.scope.${scope}`)).join(', ')}</td>
                    <td>{key.department ? t(`department.${key.department}`) : t('admin.keys.allDepartments')}</td>
                    <td>{key.expiresAt ? date(key.expiresAt) : t('admin.keys.never')}</td>
                    <td>{key.lastUsedAt ? fmt.dateTime(key.lastUsedAt, 'datetime') : t('admin.keys.notUsed')}</td>
                    <td>
                      {key.revokedAt ? (
                        <span className={`${styles.badge} ${styles.badgeBad}`}>{t('admin.keys.revokedOn', { date: date(key.revokedAt) })}</span>
                      ) : (
                        <ConfirmButton
                          name={key.name}
                          label={t('admin.keys.revoke')}
                          question={t('admin.keys.revokeQuestion', { name: key.name })}
                          confirmLabel={t('admin.keys.revokeYes')}
                          onConfirm={() => {
                            setFailed(false);
                            revoke({ variables: { id: key.id } }).catch(() => setFailed(true));
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}
