import { useQuery } from '@apollo/client/react';
import { useLoadMore } from '../../../shared/api/useLoadMore';
import type { LeadFilterInput } from '../../../gql/graphql';
import { LeadsQuery } from '../graphql/revops';

export const LEADS_PAGE_SIZE = 25;

/** A page of leads, newest first, and the next one on demand. */
export function useLeads(filter: LeadFilterInput) {
  const result = useQuery(LeadsQuery, {
    variables: { filter, first: LEADS_PAGE_SIZE },
  });
  const connection = result.data?.leads;

  const { loadMore, loadingMore, moreError } = useLoadMore(connection?.pageInfo.endCursor, (after) => result.fetchMore({ variables: { after } }));

  return { ...result, connection, loadMore, loadingMore, moreError };
}
