import { Fragment, useState } from 'react';
import { useViewer } from '../../auth/hooks/useViewer';
import { roleLabel } from '../../auth';
import { ConfirmButton, FormMessage } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { EditUserForm } from '../components/EditUserForm';
import { InviteUserForm } from '../components/InviteUserForm';
import { SecretNotice } from '../components/SecretNotice';
import { useUserMutations, useUsers } from '../hooks/useUsers';
import { setPasswordLink } from '../lib/adminSchemas';
import styles from '../components/Admin.module.css';

/** Users: invite with a one-time link, change role and departments, disable, issue a new link. */
export function UsersPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const viewer = useViewer();
  useDocumentTitle(t('admin.users.title'));
  const { data, loading, error, refetch } = useUsers();
  const { invite, update, setDisabled, reset } = useUserMutations();
  const [link, setLink] = useState<{ token: string; email: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const users = data?.users;

  /** Row actions report failure once, above the table; their fields have no form to show errors beside. */
  const act = (action: () => Promise<unknown>) => {
    setFailed(false);
    action().catch(() => setFailed(true));
  };
  const showLink = (token: string, email: string) => setLink({ token, email });

  return (
    <>
      <Panel title={t('admin.users.inviteTitle')} hint={t('admin.users.inviteHint')}>
        {link && (
          <SecretNotice
            title={t('admin.users.linkTitle', { email: link.email })}
            hint={t('admin.users.linkHint')}
            value={setPasswordLink(window.location.origin, link.token)}
            onDismiss={() => setLink(null)}
            testId="password-link"
          />
        )}
        <InviteUserForm
          invite={async (input) => {
            const { data: answer } = await invite({ variables: { input } });
            return answer ? { token: answer.inviteUser.token, email: answer.inviteUser.user.email } : null;
          }}
          onInvited={(invited) => showLink(invited.token, invited.email)}
        />
      </Panel>

      <Panel
        title={t('admin.users.title')}
        data={users}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<RowSkeletons count={4} />}
        isEmpty={users?.length === 0}
        notice={failed ? <FormMessage>{t('admin.saveFailed')}</FormMessage> : null}
        data-testid="users"
      >
        {(users) => (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.users.title')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.email')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">{t('admin.users.status')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <Fragment key={user.id}>
                    <tr data-testid="user-row" data-email={user.email}>
                      <td>{user.name}</td>
                      <td>{user.email}</td>
                      <td>{roleLabel(user.role, user.departments, t)}</td>
                      <td>
                        <span className={`${styles.badge} ${user.disabledAt ? styles.badgeBad : styles.badgeGood}`}>
                          {user.disabledAt ? t('admin.users.disabledSince', { date: fmt.dateTime(user.disabledAt, 'date') }) : t('admin.users.active')}
                        </span>
                      </td>
                      <td>
                        <div className={styles.rowActions}>
                          <button type="button" className="button button--small" aria-expanded={editing === user.id} onClick={() => setEditing(editing === user.id ? null : user.id)}>
                            {t('admin.edit')}
                          </button>
                          {!user.disabledAt && (
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => act(async () => {
                                const { data: answer } = await reset({ variables: { id: user.id } });
                                if (answer) showLink(answer.resetUserPassword.token, user.email);
                              })}
                            >
                              {t('admin.users.reset')}
                            </button>
                          )}
                          {user.disabledAt ? (
                            <button type="button" className="button button--small" onClick={() => act(() => setDisabled({ variables: { id: user.id, disabled: false } }))}>
                              {t('admin.users.enable')}
                            </button>
                          ) : (
                            user.id !== viewer?.id && (
                              <ConfirmButton
                                name={user.name}
                                label={t('admin.users.disable')}
                                question={t('admin.users.disableQuestion', { name: user.name })}
                                confirmLabel={t('admin.users.disableYes')}
                                onConfirm={() => act(() => setDisabled({ variables: { id: user.id, disabled: true } }))}
                              />
                            )
                          )}
                        </div>
                      </td>
                    </tr>
                    {editing === user.id && (
                      <tr className={styles.editRow}>
                        <td colSpan={5}>
                          <EditUserForm user={user} save={(input) => update({ variables: { id: user.id, input } })} onDone={() => setEditing(null)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}
