import { useId, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { isUnauthenticated } from '../../../shared/api/errors';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { DemoAccounts } from '../components/DemoAccounts';
import { useSession } from '../hooks/useSession';
import { nextPath } from '../lib/signInPath';
import { signInErrorMessage } from '../lib/signInError';

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
      <div className="auth-page" role="status" aria-label={t('auth.checking')}>
        <span className="skeleton skeleton--panel" />
      </div>
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
    <div className="auth-page" data-testid="sign-in-page">
      <section className="sign-in panel" aria-labelledby={`${id}-title`}>
        <header className="sign-in__header">
          <h1 id={`${id}-title`}>{t('auth.signInTitle')}</h1>
          <p className="sign-in__hint">{t('auth.signInHint')}</p>
        </header>

        {expired && (
          <p className="notice notice--warn" role="status" data-testid="session-expired">
            <Icon name="lock" size={16} />
            {t('auth.expired')}
          </p>
        )}

        <form className="sign-in__form" onSubmit={onSubmit} aria-busy={submitting} data-testid="sign-in-form">
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={invalid}
              data-testid="sign-in-email"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={message ? `${id}-error` : undefined}
              data-testid="sign-in-password"
            />
          </div>
          {message && (
            <p id={`${id}-error`} className="notice notice--error" role="alert" data-testid="sign-in-error">
              <Icon name="alert" size={16} />
              {message}
            </p>
          )}
          <button type="submit" className="button button--primary sign-in__submit" disabled={submitting} data-testid="sign-in-submit">
            {submitting ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>

        <DemoAccounts onPick={(account) => void submit(account.email, account.password)} disabled={submitting} />
      </section>
    </div>
  );
}
