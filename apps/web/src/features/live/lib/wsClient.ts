import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { throwError } from 'rxjs';
import { backoffDelay } from '@opshub/metrics';
import type { ConnectionStore } from './connectionStore';

/** ws(s)://<same host>/graphql: the API and the app share one origin (vite proxies it in development). */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** The server closes a socket with this code when it has no session, or when the session expired or was revoked. */
export const FORBIDDEN_CLOSE_CODE = 4403;

/** A wall of TVs that lost the server at the same moment reconnects spread out, from 0.5–1 s up to 15–30 s apart. */
const RECONNECT_BACKOFF = { baseMs: 1000, maxMs: 30_000 };

const isForbiddenClose = (event: unknown) =>
  typeof event === 'object' && event !== null && 'code' in event && event.code === FORBIDDEN_CLOSE_CODE;

export interface LiveClientOptions {
  url: string;
  store: ConnectionStore;
  /** Called when the socket is back after a disconnect: refetch whatever may have been missed. */
  onReconnected: () => void;
  /** Called when the server refuses the socket (4403): the session is gone, and reconnecting cannot bring it back. */
  onForbidden: () => void;
  /** connection_init's payload: a shared dashboard's `{ shareToken }` (a session needs none: the cookie goes with the upgrade). */
  connectionParams?: Record<string, unknown>;
}

export function createLiveClient({ url, store, onReconnected, onForbidden, connectionParams }: LiveClientOptions): Client {
  let wasConnected = false;
  let missedUpdates = false;

  return createClient({
    url,
    connectionParams,
    // Keep the socket open even without subscriptions so the indicator tells the truth on every page.
    lazy: false,
    onNonLazyError: () => {
      // Retries end only on a 4403 (onForbidden handles it) or a close graphql-ws deems fatal; the indicator shows it.
    },
    retryAttempts: Infinity,
    // A refused session stays refused: retrying would hammer the server in a loop until someone signs in again.
    shouldRetry: (event) => !isForbiddenClose(event),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries, RECONNECT_BACKOFF))),
    // Detects half-open sockets (laptop sleep, proxies dropping idle connections).
    keepAlive: 15_000,
    on: {
      connecting: () => store.connecting(),
      connected: () => {
        store.connected();
        if (missedUpdates) {
          missedUpdates = false;
          onReconnected();
        }
        wasConnected = true;
      },
      closed: (event) => {
        if (wasConnected) missedUpdates = true;
        store.closed();
        if (isForbiddenClose(event)) onForbidden();
      },
    },
  });
}

export interface LiveConnection {
  /** The terminating link for subscriptions. */
  link: ApolloLink;
  /** Opens the socket, if it is not open: while the session is checked or once signed in, so the upgrade request carries the cookie. */
  start: () => void;
  /** Closes the socket and stops reconnecting: after signing out or when the session lapsed. */
  stop: () => void;
}

/**
 * The socket authenticates once, with the cookie of its upgrade request: a new session needs a new socket.
 * So the graphql-ws client is created on `start` and disposed on `stop`, behind one link that stays put.
 */
export function createLiveConnection(options: LiveClientOptions): LiveConnection {
  let current: { client: Client; link: GraphQLWsLink } | null = null;
  const start = () => {
    if (current) return;
    const client = createLiveClient(options);
    current = { client, link: new GraphQLWsLink(client) };
  };
  return {
    // Between sessions there is no socket to subscribe on (and opening one without a session would be refused).
    link: new ApolloLink((operation) =>
      current ? current.link.request(operation) : throwError(() => new Error('Not signed in: live updates are off')),
    ),
    start,
    stop: () => {
      const client = current?.client;
      current = null;
      // Disposing a socket still connecting waits for it, and rejects if the server refuses it: nothing to report.
      Promise.resolve(client?.dispose()).catch(() => undefined);
    },
  };
}

/** Mirrors the browser's online/offline events into the store. */
export function watchBrowserConnectivity(store: ConnectionStore): () => void {
  const offline = () => store.browserOffline();
  const online = () => store.browserOnline();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  if (navigator.onLine === false) offline();
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}
