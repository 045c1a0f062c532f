import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { AcknowledgeAlertMutation, ActiveAlertsQuery, AlertChangedSubscription, ResolveAlertMutation } from '../graphql/alerts';

/**
 * The open and acknowledged alerts, live: a raised alert is added at the top, an acknowledged one is updated in
 * place (the cache normalises it by id) and a resolved one leaves the feed.
 */
export function useAlertFeed() {
  // Owners' titles come in the reader's language.
  const { language: locale } = useI18n();
  const result = useQuery(ActiveAlertsQuery, { variables: { locale } });
  const { subscribeToMore } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: AlertChangedSubscription,
        variables: { locale },
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
    [subscribeToMore, locale],
  );

  const [acknowledge, ackState] = useMutation(AcknowledgeAlertMutation);
  const [resolve, resolveState] = useMutation(ResolveAlertMutation, {
    // Resolved alerts leave the feed at once, whether or not the push arrives first.
    update: (cache, { data }) => {
      const id = data?.resolveAlert.id;
      if (!id) return;
      cache.updateQuery({ query: ActiveAlertsQuery, variables: { locale } }, (previous) => (previous ? { ...previous, alerts: previous.alerts.filter((a) => a.id !== id) } : previous));
    },
  });
  return {
    ...result,
    // Who acted is the signed-in user: the server records it.
    acknowledge: (id: string, annotate: boolean) => acknowledge({ variables: { id, annotate, locale } }),
    resolve: (id: string) => resolve({ variables: { id, locale } }),
    busy: ackState.loading || resolveState.loading,
    actionError: ackState.error ?? resolveState.error,
  };
}
