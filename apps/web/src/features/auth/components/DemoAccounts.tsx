import { useId } from 'react';
import type { DemoAccountsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { useDemoAccounts } from '../hooks/useDemoAccounts';
import { roleLabel } from '../lib/roleLabel';
import styles from './DemoAccounts.module.css';

export type DemoAccount = DemoAccountsQuery['demoAccounts'][number];

/** One-click sign-in as each demo account; nothing at all unless the server runs in demo mode. */
export function DemoAccounts({ onPick, disabled }: { onPick: (account: DemoAccount) => void; disabled: boolean }) {
  const { t } = useI18n();
  const titleId = useId();
  const { data } = useDemoAccounts();
  const accounts = data?.demoAccounts ?? [];
  if (accounts.length === 0) return null;

  return (
    <section className={styles.demoAccounts} aria-labelledby={titleId} data-testid="demo-accounts">
      <h2 id={titleId} className={styles.demoAccountsTitle}>
        {t('auth.demoTitle')}
      </h2>
      <p className={styles.demoAccountsHint}>{t('auth.demoHint')}</p>
      <ul className={styles.demoAccountsList}>
        {accounts.map((account) => {
          const role = roleLabel(account.role, account.departments, t);
          return (
            <li key={account.email}>
              <button
                type="button"
                className={styles.demoAccount}
                onClick={() => onPick(account)}
                disabled={disabled}
                aria-label={t('auth.demoSignIn', { name: account.name, role })}
                data-testid="demo-account"
                data-email={account.email}
              >
                <Icon name="user" size={18} className={styles.demoAccountIcon} />
                <span className={styles.demoAccountText}>
                  <span className={styles.demoAccountName}>{account.name}</span>
                  <span className={styles.demoAccountRole}>{role}</span>
                </span>
                <span className={styles.demoAccountEmail}>{account.email}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
