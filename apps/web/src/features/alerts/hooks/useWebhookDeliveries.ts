import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { WebhookDeliveriesQuery } from '../graphql/alerts';

/** Deliveries change as the server retries in the background, with no event to push: poll while shown. */
const POLL_MS = 10_000;

export function useWebhookDeliveries(first = 20) {
  return useQuery(WebhookDeliveriesQuery, { variables: { first }, pollInterval: POLL_MS, ...ALWAYS_CACHE_AND_NETWORK, notifyOnNetworkStatusChange: false });
}
