import { useQuery } from '@apollo/client/react';
import { MetricHistoryQuery } from '../graphql/audit';

export function useMetricHistory(metricKey: string, first = 20) {
  // Network first: a change made a moment ago (a target just set) must show without a reload.
  return useQuery(MetricHistoryQuery, { variables: { key: metricKey, first }, fetchPolicy: 'cache-and-network' });
}
