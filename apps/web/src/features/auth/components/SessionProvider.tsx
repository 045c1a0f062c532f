import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { isUnauthenticated } from '../../../shared/api/errors';
import { LoginMutation, LogoutMutation, ViewerQuery } from '../graphql/auth';
import { sessionStore, type SessionStore } from '../lib/sessionStore';
import { SessionContext, type SessionValue } from './SessionContext';

/**
 * Who is signed in, from `viewer`, and signing in and out. The store (shared with the Apollo links) is the
 * truth: the links end the session on an UNAUTHENTICATED answer or a 4403 close, the socket follows it.
 */
export function SessionProvider({ children, store = sessionStore }: { children: ReactNode; store?: SessionStore }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const asking = useRef(false);

  const loadViewer = useCallback(async () => {
    // StrictMode runs effects twice: one question is enough.
    if (asking.current) return;
    asking.current = true;
    try {
      const { data } = await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
      store.set(data ? { status: 'signedIn', viewer: data.viewer } : { status: 'signedOut', reason: null });
    } catch (error) {
      store.set(isUnauthenticated(error) ? { status: 'signedOut', reason: null } : { status: 'failed', error });
    } finally {
      asking.current = false;
    }
  }, [client, store]);

  useEffect(() => {
    if (store.getSnapshot().status === 'loading') void loadViewer();
  }, [loadViewer, store]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await client.mutate({ mutation: LoginMutation, variables: { email, password } });
      // Nothing of a previous session (another user's, or one that expired) may show in this one.
      await client.clearStore();
      await loadViewer();
    },
    [client, loadViewer],
  );

  const signOut = useCallback(async () => {
    const current = store.getSnapshot();
    if (current.status !== 'signedIn') return;
    // Closes the socket first: the server would otherwise close it with 4403, which reads as an expiry.
    store.set({ status: 'signingOut', viewer: current.viewer });
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch (error) {
      store.set(current);
      throw error;
    }
    await client.clearStore();
    store.set({ status: 'signedOut', reason: 'signedOut' });
  }, [client, store]);

  const reload = useCallback(() => {
    store.set({ status: 'loading' });
    void loadViewer();
  }, [loadViewer, store]);

  const value = useMemo<SessionValue>(() => ({ session, signIn, signOut, reload }), [session, signIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
