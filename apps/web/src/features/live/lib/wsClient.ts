import { createClient, type Client } from 'graphql-ws';
import { backoffDelay } from './backoff';
import type { ConnectionStore } from './connectionStore';

/** ws(s)://<same host>/graphql: the API and the app share one origin (vite proxies it in development). */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export interface LiveClientOptions {
  url: string;
  store: ConnectionStore;
  /** Called when the socket is back after a disconnect: refetch whatever may have been missed. */
  onReconnected: () => void;
}

export function createLiveClient({ url, store, onReconnected }: LiveClientOptions): Client {
  let wasConnected = false;
  let missedUpdates = false;

  return createClient({
    url,
    // Keep the socket open even without subscriptions so the indicator tells the truth on every page.
    lazy: false,
    onNonLazyError: () => {
      // Reported through the connection indicator; retries continue.
    },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
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
      closed: () => {
        if (wasConnected) missedUpdates = true;
        store.closed();
      },
    },
  });
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
