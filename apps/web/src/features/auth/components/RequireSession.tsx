import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState } from '../../../shared/ui/States';
import { useSession } from '../hooks/useSession';
import { signInPath } from '../lib/signInPath';
import { AuthPage } from './AuthPage';

/** Renders its children for a signed-in user; otherwise the sign-in page, which comes back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, reload } = useSession();
  const location = useLocation();

  switch (session.status) {
    // Optimistic while the viewer check is out: the page's first queries leave with it instead of after it
    // (a round trip off every cold load). Without a session the check's answer sends the user to sign in.
    case 'loading':
    case 'signedIn':
    case 'signingOut':
      return children;
    case 'signedOut':
      // Signing out on purpose starts over from the home page; anything else returns to this page.
      return <Navigate to={signInPath(session.reason === 'signedOut' ? null : location)} replace />;
    case 'failed':
      return (
        <AuthPage>
          <ErrorState error={session.error} onRetry={reload} />
        </AuthPage>
      );
  }
}
