import type { ViewerQuery } from '../../../gql/graphql';
import { createListeners } from '../../../shared/listeners';

export type Viewer = ViewerQuery['viewer'];

/** Why the sign-in page is shown: a session that lapsed says so; signing out on purpose or a first visit does not. */
export type SignedOutReason = 'expired' | 'signedOut' | null;

export type SessionSnapshot =
  | { status: 'loading' }
  | { status: 'signedIn'; viewer: Viewer }
  /** Waiting for `logout`: the page stays, the socket is already closed. */
  | { status: 'signingOut'; viewer: Viewer }
  | { status: 'signedOut'; reason: SignedOutReason }
  /** `viewer` could not be asked (network, server): we cannot tell whether there is a session. */
  | { status: 'failed'; error: unknown };

export interface SessionStore {
  getSnapshot: () => SessionSnapshot;
  subscribe: (listener: () => void) => () => void;
  set: (snapshot: SessionSnapshot) => void;
  /**
   * The server says the session no longer holds (an UNAUTHENTICATED answer, the socket closed with 4403).
   * Only a session we believed in can expire: the 401s of signing in, of the first `viewer` check or of
   * requests still in flight after signing out are not news.
   */
  expire: () => void;
}

export function createSessionStore(): SessionStore {
  let snapshot: SessionSnapshot = { status: 'loading' };
  const { subscribe, notify } = createListeners();
  const set = (next: SessionSnapshot) => {
    snapshot = next;
    notify();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe,
    set,
    expire: () => {
      if (snapshot.status === 'signedIn') set({ status: 'signedOut', reason: 'expired' });
    },
  };
}

/** The single store of the app (one Apollo client, one session). */
export const sessionStore = createSessionStore();
