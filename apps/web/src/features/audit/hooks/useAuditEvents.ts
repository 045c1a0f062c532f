import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLoadMore } from '../../../shared/api/useLoadMore';
import type { AuditEventFilter } from '../../../gql/graphql';
import type { GqlUnit } from '../../../shared/format/unit';
import { AuditActorsQuery, AuditMetricUnitsQuery, AuditEventsQuery } from '../graphql/audit';

export const AUDIT_PAGE_SIZE = 50;

/** A page of the audit trail, newest first, and the next one on demand. */
export function useAuditEvents(filter: AuditEventFilter) {
  const result = useQuery(AuditEventsQuery, { variables: { filter, first: AUDIT_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = result.data?.auditEvents;

  const { loadMore, loadingMore, moreError } = useLoadMore(connection?.pageInfo.endCursor, (after) => result.fetchMore({ variables: { after } }));

  return { ...result, connection, loadMore, loadingMore, moreError };
}

/** Who can appear in the trail, for the actor filter: users and API keys. */
export function useAuditActors() {
  return useQuery(AuditActorsQuery);
}

/** Metric key → unit; empty until loaded (targets then show as stored). */
export function useMetricUnits(): ReadonlyMap<string, GqlUnit> {
  const { data } = useQuery(AuditMetricUnitsQuery);
  return useMemo(() => new Map((data?.metrics ?? []).map((metric) => [metric.key, metric.unit])), [data]);
}
