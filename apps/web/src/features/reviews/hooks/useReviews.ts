import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { useI18n } from '../../../shared/i18n';
import { MetricActionItemsQuery, ReviewBoardQuery, ReviewQuery } from '../graphql/reviews';

export function useReviewBoard() {
  const { language: locale } = useI18n();
  return useQuery(ReviewBoardQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

export function useReview(id: string) {
  const { language: locale } = useI18n();
  return useQuery(ReviewQuery, { variables: { id, locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

export function useMetricActionItems(metricKey: string) {
  const { language: locale } = useI18n();
  return useQuery(MetricActionItemsQuery, { variables: { metricKey, locale }, ...ALWAYS_CACHE_AND_NETWORK });
}
