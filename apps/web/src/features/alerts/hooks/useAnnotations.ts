import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import type { RangeInput } from '../../../gql/graphql';
import { MetricAnnotationsQuery } from '../graphql/alerts';

export interface ChartAnnotation {
  id: string;
  title: string;
  description: string;
  at: number;
  endAt: number | null;
}

/** The annotations a metric's chart over the range shows, as epoch-ms spans (stable between renders). */
export function useAnnotations(metricKey: string, range: RangeInput): ChartAnnotation[] {
  const { data } = useQuery(MetricAnnotationsQuery, { variables: { key: metricKey, range }, ...ALWAYS_CACHE_AND_NETWORK });
  const annotations = data?.annotations;
  return useMemo(
    () => (annotations ?? []).map((a) => ({ id: a.id, title: a.title, description: a.description, at: Date.parse(a.at), endAt: a.endAt ? Date.parse(a.endAt) : null })),
    [annotations],
  );
}
