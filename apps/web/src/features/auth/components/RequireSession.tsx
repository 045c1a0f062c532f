import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { ErrorState } from '../../../shared/ui/States';
import { useSession } from '../hooks/useSession';
import { signInPath } from '../lib/signInPath';

/** Renders its children for a signed-in user; otherwise the sign-in page, which comes back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, reload } = useSession();
  const location = useLocation();

  switch (session.status) {
    case 'signedIn':
    case 'signingOut':
      return children;
    case 'signedOut':
      // Signing out on purpose starts over from the home page; anything else returns to this page.
      return <Navigate to={signInPath(session.reason === 'signedOut' ? null : location)} replace />;
    case 'failed':
      return (
        <div className="auth-page">
          <ErrorState error={session.error} onRetry={reload} />
        </div>
      );
    case 'loading':
      return (
        <div className="auth-page" role="status" aria-label={t('auth.checking')}>
          <span className="skeleton skeleton--title" />
          <span className="skeleton skeleton--panel" />
        </div>
      );
  }
}
