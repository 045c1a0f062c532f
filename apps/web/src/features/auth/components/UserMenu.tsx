import { useState } from 'react';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { useSession } from '../hooks/useSession';
import { useLanguagePreference } from '../hooks/useLanguagePreference';
import { useViewer } from '../hooks/useViewer';
import { roleLabel } from '../lib/roleLabel';
import styles from './UserMenu.module.css';

/** Who is signed in, with which role, and the way out. */
export function UserMenu() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const viewer = useViewer();
  const [failed, setFailed] = useState(false);
  useLanguagePreference();
  if (!viewer) return null;

  const role = viewer.role ? roleLabel(viewer.role, viewer.departments, t) : '';
  const busy = session.status === 'signingOut';
  const onSignOut = () => {
    setFailed(false);
    signOut().catch(() => setFailed(true));
  };

  return (
    <div className={styles.userMenu} data-testid="user-menu" data-role={viewer.role ?? undefined}>
      <Icon name="user" size={16} className={styles.userMenuIcon} />
      <span className={styles.userMenuWho} title={t('auth.account', { name: viewer.name, role })}>
        <span className={styles.userMenuName} data-testid="user-name">
          {viewer.name}
        </span>
        {role && (
          <span className={styles.userMenuRole} data-testid="user-role">
            {role}
          </span>
        )}
      </span>
      <button type="button" className="button button--small" onClick={onSignOut} disabled={busy} data-testid="sign-out">
        <Icon name="signOut" size={14} />
        <span>{busy ? t('auth.signingOut') : t('auth.signOut')}</span>
      </button>
      {failed && (
        <p className={styles.userMenuError} role="alert">
          {t('auth.signOutFailed')}
        </p>
      )}
    </div>
  );
}
