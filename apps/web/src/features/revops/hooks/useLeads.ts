import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { LeadFilterInput } from '../../../gql/graphql';
import { LeadsQuery } from '../graphql/revops';

export const LEADS_PAGE_SIZE = 25;

/** A page of leads, newest first, and the next one on demand. */
export function useLeads(filter: LeadFilterInput) {
  const result = useQuery(LeadsQuery, {
    variables: { filter, first: LEADS_PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = result.data?.leads;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await result.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return { ...result, connection, loadMore, loadingMore, moreError };
}
