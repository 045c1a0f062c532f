import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AcknowledgeAlertMutation, ActiveAlertsQuery, AlertChangedSubscription, ResolveAlertMutation } from '../graphql/alerts';

/**
 * The open and acknowledged alerts, live: a raised alert is added at the top, an acknowledged one is updated in
 * place (the cache normalises it by id) and a resolved one leaves the feed.
 */
export function useAlertFeed() {
  const result = useQuery(ActiveAlertsQuery);
  const { subscribeToMore } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: AlertChangedSubscription,
        updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
          if (!complete || !subscriptionData.data) return;
          const { change, alert } = subscriptionData.data.alertChanged;
          const others = previousData.alerts.filter((a) => a.id !== alert.id);
          if (change === 'RESOLVED') return { ...previousData, alerts: others };
          const index = previousData.alerts.findIndex((a) => a.id === alert.id);
          if (index < 0) return { ...previousData, alerts: [alert, ...previousData.alerts] };
          return { ...previousData, alerts: previousData.alerts.map((a) => (a.id === alert.id ? alert : a)) };
        },
        onError: () => {},
      }),
    [subscribeToMore],
  );

  const [acknowledge, ackState] = useMutation(AcknowledgeAlertMutation);
  const [resolve, resolveState] = useMutation(ResolveAlertMutation, {
    // Resolved alerts leave the feed at once, whether or not the push arrives first.
    update: (cache, { data }) => {
      const id = data?.resolveAlert.id;
      if (!id) return;
      cache.updateQuery({ query: ActiveAlertsQuery }, (previous) => (previous ? { ...previous, alerts: previous.alerts.filter((a) => a.id !== id) } : previous));
    },
  });
  return {
    ...result,
    // Who acted is the signed-in user: the server records it.
    acknowledge: (id: string, annotate: boolean) => acknowledge({ variables: { id, annotate } }),
    resolve: (id: string) => resolve({ variables: { id } }),
    busy: ackState.loading || resolveState.loading,
    actionError: ackState.error ?? resolveState.error,
  };
}
