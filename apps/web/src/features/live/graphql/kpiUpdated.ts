import { graphql } from '../../../gql';

export const KpiUpdatedSubscription = graphql(`
  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) {
      ...KpiFields
    }
  }
`);
