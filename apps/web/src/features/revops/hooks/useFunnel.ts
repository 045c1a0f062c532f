import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import type { RangeInput } from '../../../gql/graphql';
import { FunnelQuery } from '../graphql/revops';

/** Live pushes refresh the funnel at most this often. */
const LIVE_REFRESH_MS = 5000;

/**
 * The funnel of the view's period, grouped by channel. It moves with the dashboard: when one of its KPIs is
 * pushed (`refreshKey` changes), the funnel is refetched, throttled.
 */
export function useFunnel(range: RangeInput, refreshKey: string | null) {
  const result = useQuery(FunnelQuery, {
    variables: { range },
  });
  const { refetch } = result;
  const last = useRef(0);
  const first = useRef(refreshKey);

  useEffect(() => {
    if (refreshKey === first.current) return;
    const timer = setTimeout(() => {
      last.current = Date.now();
      refetch().catch(() => {});
    }, Math.max(0, last.current + LIVE_REFRESH_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [refreshKey, refetch]);

  return { ...result, data: result.data ?? result.previousData };
}
