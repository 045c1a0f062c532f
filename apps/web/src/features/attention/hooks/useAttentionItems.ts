import { useQuery } from '@apollo/client/react';
import type { Comparison } from '@opshub/metrics';
import type { RangeInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { AttentionItemsQuery } from '../graphql/attention';

/** What needs attention over the view's range; refetched every few minutes, as statuses move slowly. */
export function useAttentionItems(range: RangeInput, compare: Comparison) {
  const { language: locale } = useI18n();
  return useQuery(AttentionItemsQuery, { variables: { range, compare, locale }, pollInterval: 5 * 60_000 });
}
