import { createListeners } from '../../../shared/listeners';

/**
 * Connection state of the live (graphql-ws) link, readable from React with useSyncExternalStore.
 * 'connecting' is the first attempt; the UI contract (data-state) folds it into 'reconnecting'.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Consecutive failed attempts since the last successful connection. */
  failures: number;
  /** When the socket was last acknowledged by the server. */
  connectedAt: number | null;
}

/** After this many failed attempts in a row (≈ 10 s with the backoff) the UI says "offline" rather than "reconnecting". */
export const OFFLINE_AFTER_FAILURES = 3;

export interface ConnectionStore {
  getSnapshot: () => ConnectionSnapshot;
  subscribe: (listener: () => void) => () => void;
  connecting: () => void;
  connected: () => void;
  closed: () => void;
  browserOffline: () => void;
  browserOnline: () => void;
}

export function createConnectionStore(): ConnectionStore {
  let snapshot: ConnectionSnapshot = { state: 'connecting', failures: 0, connectedAt: null };
  let socketOpen = false;
  let browserIsOffline = false;
  const { subscribe, notify } = createListeners();

  const derive = (failures: number, connectedAt: number | null): ConnectionState => {
    if (browserIsOffline) return 'offline';
    if (socketOpen) return 'connected';
    if (failures >= OFFLINE_AFTER_FAILURES) return 'offline';
    return connectedAt === null && failures === 0 ? 'connecting' : 'reconnecting';
  };

  const update = (failures: number, connectedAt: number | null) => {
    const state = derive(failures, connectedAt);
    if (state === snapshot.state && failures === snapshot.failures && connectedAt === snapshot.connectedAt) return;
    snapshot = { state, failures, connectedAt };
    notify();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe,
    connecting: () => update(snapshot.failures, snapshot.connectedAt),
    connected: () => {
      socketOpen = true;
      update(0, Date.now());
    },
    closed: () => {
      // A socket that opened and then dropped is one disconnect; a socket that never opened is a failed attempt.
      const failures = socketOpen ? 0 : snapshot.failures + 1;
      socketOpen = false;
      update(failures, snapshot.connectedAt);
    },
    browserOffline: () => {
      browserIsOffline = true;
      update(snapshot.failures, snapshot.connectedAt);
    },
    browserOnline: () => {
      browserIsOffline = false;
      update(snapshot.failures, snapshot.connectedAt);
    },
  };
}

/** The single store of the app (one Apollo client, one socket). */
export const connectionStore = createConnectionStore();
