import { useEffect, useEffectEvent } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import type { Comparison, Granularity } from '@opshub/metrics';
import type { DimensionFilterInput, RangeInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import {
  MetricBreakdownQuery, MetricDetailQuery, MetricKpiUpdatedSubscription, MetricSeriesQuery, MetricUnitQuery, ObservationsQuery,
} from '../graphql/metric';

export const OBSERVATIONS_PAGE_SIZE = 50;
/** Live pushes refresh the charts at most this often. */
const LIVE_REFRESH_MS = 5000;

/**
 * Metric definition + headline KPI of the current slice, live: pushes for this metric replace the KPI in
 * the cached result (or, for a filtered slice, which pushes do not cover, refetch it) and, throttled,
 * refresh the charts through `onLiveUpdate`.
 */
export function useMetricDetail(
  key: string, range: RangeInput, compare: Comparison, filter: DimensionFilterInput[] | undefined, onLiveUpdate: () => void,
) {
  const { language: locale } = useI18n();
  const result = useQuery(MetricDetailQuery, {
    variables: { key, range, compare, filter, locale },
  });
  const { subscribeToMore, refetch } = result;
  const liveUpdate = useEffectEvent(onLiveUpdate);
  const sliced = (filter?.length ?? 0) > 0;

  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      last = Date.now();
      liveUpdate();
      if (sliced) void refetch();
    };
    const unsubscribe = subscribeToMore({
      document: MetricKpiUpdatedSubscription,
      variables: { keys: [key], range, compare, locale },
      updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
        if (!complete || !subscriptionData.data || subscriptionData.data.kpiUpdated.metric.key !== key) return;
        const wait = LIVE_REFRESH_MS - (Date.now() - last);
        clearTimeout(timer);
        timer = setTimeout(refresh, Math.max(0, wait));
        return sliced ? undefined : { ...previousData, kpi: subscriptionData.data.kpiUpdated };
      },
      onError: () => {},
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribeToMore, refetch, key, range, compare, locale, sliced]);

  return result;
}

export function useSeries(
  key: string,
  range: RangeInput,
  granularity: Granularity,
  filter: DimensionFilterInput[] | undefined,
  compare: Comparison,
) {
  return useQuery(MetricSeriesQuery, {
    variables: { key, range, granularity, filter, compare },
  });
}

export function useBreakdown(
  key: string,
  range: RangeInput,
  granularity: Granularity,
  filter: DimensionFilterInput[] | undefined,
  groupBy: string | null,
) {
  return useQuery(
    MetricBreakdownQuery,
    groupBy
      ? {
          variables: { key, range, granularity, filter, groupBy },
        }
      : skipToken,
  );
}

export function useObservations(key: string, range: RangeInput, filter: DimensionFilterInput[] | undefined) {
  return useQuery(ObservationsQuery, {
    variables: { key, range, filter, first: OBSERVATIONS_PAGE_SIZE },
  });
}

export function useMetricUnit(key: string | null) {
  const { language: locale } = useI18n();
  return useQuery(MetricUnitQuery, key ? { variables: { key, locale }, fetchPolicy: 'cache-first' } : skipToken);
}
