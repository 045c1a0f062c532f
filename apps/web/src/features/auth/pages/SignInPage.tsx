import { useId, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { isUnauthenticated } from '../../../shared/api/errors';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { Skeleton } from '../../../shared/ui/States';
import { AuthPage } from '../components/AuthPage';
import { DemoAccounts } from '../components/DemoAccounts';
import { useSession } from '../hooks/useSession';
import { nextPath } from '../lib/signInPath';
import { signInErrorMessage } from '../lib/signInError';
import styles from './SignInPage.module.css';

/** E-mail and password (or a demo account), then on to the page that was asked for (`?next=`). */
export function SignInPage() {
  const { t, locale } = useI18n();
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('auth.signIn'));

  if (session.status === 'signedIn') return <Navigate to={nextPath(params.get('next'))} replace />;
  if (session.status === 'loading') {
    return (
      <AuthPage role="status" aria-label={t('auth.checking')}>
        <Skeleton variant="panel" />
      </AuthPage>
    );
  }

  const submit = async (mail: string, secret: string) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(mail, secret);
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(email.trim(), password);
  };

  const expired = session.status === 'signedOut' && session.reason === 'expired';
  const message = error ? signInErrorMessage(error, t, locale) : null;
  // Only wrong credentials are the fields' fault; a rate limit or an unreachable server are not.
  const invalid = isUnauthenticated(error) || undefined;

  return (
    <AuthPage data-testid="sign-in-page">
      <section className={styles.signIn} aria-labelledby={`${id}-title`}>
        <header className={styles.signInHeader}>
          <h1 id={`${id}-title`}>{t('auth.signInTitle')}</h1>
          <p className={styles.signInHint}>{t('auth.signInHint')}</p>
        </header>

        {expired && (
          <p className={`${styles.notice} ${styles.noticeWarn}`} role="status" data-testid="session-expired">
            <Icon name="lock" size={16} />
            {t('auth.expired')}
          </p>
        )}

        <form className={styles.signInForm} onSubmit={onSubmit} aria-busy={submitting} data-testid="sign-in-form">
          <CredentialField
            id={`${id}-email`}
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            invalid={invalid}
          />
          <CredentialField
            id={`${id}-password`}
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            invalid={invalid}
            describedBy={message ? `${id}-error` : undefined}
          />
          {message && (
            <p id={`${id}-error`} className={`${styles.notice} ${styles.noticeError}`} role="alert" data-testid="sign-in-error">
              <Icon name="alert" size={16} />
              {message}
            </p>
          )}
          <button type="submit" className={`button button--primary ${styles.signInSubmit}`} disabled={submitting} data-testid="sign-in-submit">
            {submitting ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>

        <DemoAccounts onPick={(account) => void submit(account.email, account.password)} disabled={submitting} />
      </section>
    </AuthPage>
  );
}

interface CredentialFieldProps {
  id: string;
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  invalid: true | undefined;
  describedBy?: string;
}

function CredentialField({ id, label, type, autoComplete, value, onChange, invalid, describedBy }: CredentialFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        name={type}
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-testid={`sign-in-${type}`}
      />
    </div>
  );
}
