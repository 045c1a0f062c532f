import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { LeadChangedSubscription, LeadQuery } from '../graphql/revops';

/** A lead with its journey, refetched whenever the server says it changed. */
export function useLead(id: string) {
  const { language: locale } = useI18n();
  const result = useQuery(LeadQuery, { variables: { id, locale } });
  const { subscribeToMore, refetch } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: LeadChangedSubscription,
        variables: { id },
        updateQuery: () => {
          refetch().catch(() => {});
          return undefined;
        },
        onError: () => {},
      }),
    [subscribeToMore, refetch, id],
  );

  return result;
}
