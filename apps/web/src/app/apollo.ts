import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { queryDefaults } from '../shared/api/queryDefaults';
import { sessionErrorLink } from '../features/auth/lib/sessionLink';
import { sessionStore, type SessionStore } from '../features/auth/lib/sessionStore';
import { connectionStore, createConnectionStore, type ConnectionStore } from '../features/live/lib/connectionStore';
import { createLiveClient, createLiveConnection, graphqlWsUrl, watchBrowserConnectivity } from '../features/live/lib/wsClient';

interface Page {
  edges: readonly unknown[];
}

/** JSON with sorted object keys, so equal arguments always give the same cache key. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Dashboard objects are not normalised and carry localised fields (`title(locale: $locale)`), so the root
 * field is keyed by its arguments AND the `$locale` variable: each language keeps its own cached copy instead
 * of one replacing the other (which Apollo reports as data loss and which would refetch on every switch).
 */
export function dashboardKeyArgs(args: Record<string, unknown> | null, context: { variables?: Record<string, unknown> }): string {
  return stableStringify({ ...(args ?? {}), locale: context.variables?.locale ?? null });
}

/** Pages of the same listing share one cache entry; `first`/`after` only select the page. */
function appendPages(existing: Page | undefined, incoming: Page, { args }: { args: Record<string, unknown> | null }): Page {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}

/**
 * Cache identity:
 * - Metric is normalised by `key`, Target/Observation/Lead/SlaBreach by `id`, DashboardSummary by `slug`, SalesRep
 *   and SlaPolicy by `key`; a funnel belongs to its query.
 * - Kpi is deliberately NOT normalised. A preset period ends at "now", so `period` differs on every response;
 *   a key on metric + period would never match between the dashboard query and a pushed update, and a wall TV
 *   would pile up one entity per push forever. Instead each dashboard result owns its KPIs and live pushes are
 *   merged into that cached result by metric key (features/dashboard/lib/mergeKpi.ts via subscribeToMore),
 *   which updates the card in place without refetching.
 * - Dashboard/DashboardSection are stored under their root field *with its arguments* (slug, range, compare)
 *   and the locale, so two ranges or languages of the same dashboard never overwrite each other.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      dashboard: { keyArgs: dashboardKeyArgs },
      observations: { keyArgs: ['key', 'range', 'filter'], merge: appendPages },
      leads: { keyArgs: ['filter'], merge: appendPages },
      auditEvents: { keyArgs: ['filter'], merge: appendPages },
    },
  },
  Metric: { keyFields: ['key'] },
  Unit: { keyFields: false, merge: true },
  Kpi: { keyFields: false },
  Period: { keyFields: false },
  Dashboard: { keyFields: false },
  DashboardSection: { keyFields: false },
  DashboardSummary: { keyFields: ['slug'] },
  Series: { keyFields: false },
  Organization: { keyFields: [] },
  SalesRep: { keyFields: ['key'] },
  SlaPolicy: { keyFields: ['key'] },
  Funnel: { keyFields: false },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

export interface CreateClientOptions {
  location?: Pick<Location, 'protocol' | 'host'>;
  store?: ConnectionStore;
  session?: SessionStore;
  /** Defaults: same origin, `/graphql` for both (the dev server proxies it; production serves both). */
  httpUri?: string;
  wsUrl?: string;
}

/**
 * The one Apollo client: queries and mutations over HTTP, subscriptions over graphql-ws on the same origin
 * and path. After the socket comes back from a disconnect, every active query is refetched so that updates
 * pushed while we were away are not lost.
 *
 * Both authenticate with the httpOnly session cookie. The socket is open while signed in or while that is being
 * checked (a new session gets a new socket); an UNAUTHENTICATED answer or a socket closed with 4403 ends the session in `session`.
 */
export function createApolloClient({
  location = window.location,
  store = connectionStore,
  session = sessionStore,
  httpUri = '/graphql',
  wsUrl = graphqlWsUrl(location),
}: CreateClientOptions = {}) {
  const httpLink = new HttpLink({ uri: httpUri });
  const live = createLiveConnection({
    url: wsUrl,
    store,
    onReconnected: () => {
      client.refetchQueries({ include: 'active' }).catch(() => {
        // Each query shows its own error state.
      });
    },
    onForbidden: () => session.expire(),
  });
  // The socket opens with the first viewer check, as the page's first queries do (the page renders optimistically
  // and subscribes at once); without a session the check's answer, or the server's 4403, closes it.
  const followSession = () => {
    const { status } = session.getSnapshot();
    if (status === 'signedIn' || status === 'loading') live.start();
    else live.stop();
  };
  session.subscribe(followSession);
  followSession();
  watchBrowserConnectivity(store);

  const link = ApolloLink.from([
    sessionErrorLink(session),
    ApolloLink.split((operation) => operation.operationType === 'subscription', live.link, httpLink),
  ]);

  const client = new ApolloClient({ link, cache: createCache(), defaultOptions: queryDefaults });
  return client;
}

/** The header the server reads a share link's token from (HTTP); over the socket it goes in connection_init. */
const SHARE_TOKEN_HEADER = 'x-share-token';

export interface SharedDashboardClient {
  client: ApolloClient;
  /** Whether the server closed the socket for good (the link was revoked or expired), and how to hear of it. */
  isClosed: () => boolean;
  onClosed: (listener: () => void) => () => void;
}

/**
 * The client of a shared dashboard (/share/<token>): no session, the link's token on every request and on the
 * socket. A 4403 close (the link was revoked or expired) marks it closed and stops reconnecting; other closes
 * reconnect with backoff and refetch what was shown, so a wall screen heals after a restart.
 */
export function createSharedDashboardClient(token: string, { location = window.location }: Pick<CreateClientOptions, 'location'> = {}): SharedDashboardClient {
  let closed = false;
  const listeners = new Set<() => void>();
  const liveClient = createLiveClient({
    url: graphqlWsUrl(location),
    store: createConnectionStore(),
    connectionParams: { shareToken: token },
    onReconnected: () => {
      client.refetchQueries({ include: 'active' }).catch(() => {
        // The page shows its own error state.
      });
    },
    onForbidden: () => {
      closed = true;
      for (const listener of listeners) listener();
    },
  });
  const link = ApolloLink.split(
    (operation) => operation.operationType === 'subscription',
    new GraphQLWsLink(liveClient),
    new HttpLink({ uri: '/graphql', headers: { [SHARE_TOKEN_HEADER]: token } }),
  );
  const client = new ApolloClient({ link, cache: createCache(), defaultOptions: queryDefaults });
  return {
    client,
    isClosed: () => closed,
    onClosed: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
