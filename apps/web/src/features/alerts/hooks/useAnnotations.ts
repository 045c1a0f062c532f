import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import type { Department, RangeInput } from '../../../gql/graphql';
import { MetricAnnotationsQuery } from '../graphql/alerts';

export interface ChartAnnotation {
  id: string;
  title: string;
  description: string;
  at: number;
  endAt: number | null;
  /** Its scope, sent back unchanged when it is edited. */
  metricKeys: string[];
  departments: Department[];
  createdBy: string | null;
  /** The signed-in user wrote it (or moderates, as an ADMIN): may edit and delete it. */
  editable: boolean;
}

/** The annotations a metric's chart over the range shows, as epoch-ms spans (stable between renders). */
export function useAnnotations(metricKey: string, range: RangeInput): ChartAnnotation[] {
  const { data } = useQuery(MetricAnnotationsQuery, { variables: { key: metricKey, range }, ...ALWAYS_CACHE_AND_NETWORK });
  const annotations = data?.annotations;
  return useMemo(
    () => (annotations ?? []).map((a) => ({ ...a, at: Date.parse(a.at), endAt: a.endAt ? Date.parse(a.endAt) : null })),
    [annotations],
  );
}
