import type { ApolloClient } from '@apollo/client';

/**
 * How every watched query fetches unless it says otherwise: show what the cache has at once, ask the network,
 * then follow the cache (live pushes and refetches update it) instead of asking again on every cache change.
 */
export const queryDefaults = {
  watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
} satisfies ApolloClient.DefaultOptions;

/** For a query that asks the network again each time it re-runs (a poll, a chart's overlays). */
export const ALWAYS_CACHE_AND_NETWORK = { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-and-network' } as const;
