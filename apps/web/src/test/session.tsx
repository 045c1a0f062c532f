import type { ReactNode } from 'react';
import { SessionContext } from '../features/auth/components/SessionContext';
import type { Viewer } from '../features/auth/lib/sessionStore';

/** `ui` as `viewer` sees it, signed in (what SessionProvider provides once `viewer` has answered). */
export function SignedIn({ viewer, children }: { viewer: Omit<Viewer, '__typename'>; children: ReactNode }) {
  const value = {
    session: { status: 'signedIn' as const, viewer: { __typename: 'Viewer' as const, ...viewer } },
    signIn: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    reload: () => {},
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
