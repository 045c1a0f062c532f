import { useContext } from 'react';
import { SessionContext } from '../../auth/components/SessionContext';
import type { useViewer } from '../../auth/hooks/useViewer';

/**
 * The signed-in user, or null — also outside a session (a page rendered on its own): the panels that act as
 * the user (rules, channels, digests) then stay out instead of failing.
 */
export function useSignedInViewer(): ReturnType<typeof useViewer> {
  const session = useContext(SessionContext)?.session;
  return session && (session.status === 'signedIn' || session.status === 'signingOut') ? session.viewer : null;
}
