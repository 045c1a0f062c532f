import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import type { RangeInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { SlaBreachedSubscription, SlaBreachesQuery } from '../graphql/revops';

const SHOWN = 20;

/** The latest SLA breaches of the period, with every new breach pushed to the top as the server detects it. */
export function useSlaBreaches(range: RangeInput) {
  const { language: locale } = useI18n();
  const result = useQuery(SlaBreachesQuery, { variables: { range, locale } });
  const { subscribeToMore } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: SlaBreachedSubscription,
        variables: { locale },
        updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
          if (!complete || !subscriptionData.data) return;
          const breach = subscriptionData.data.slaBreached;
          if (previousData.slaBreaches.some((b) => b.id === breach.id)) return;
          return { ...previousData, slaBreaches: [breach, ...previousData.slaBreaches].slice(0, SHOWN) };
        },
        onError: () => {},
      }),
    [subscribeToMore, locale],
  );

  return result;
}
