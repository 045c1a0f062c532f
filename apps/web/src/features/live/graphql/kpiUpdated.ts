import { graphql } from '../../../gql';

export const KpiUpdatedSubscription = graphql(`
  subscription KpiUpdated($dashboard: ID, $widget: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {
    kpiUpdated(dashboard: $dashboard, widget: $widget, keys: $keys, range: $range, compare: $compare, filter: $filter) {
      ...KpiFields
    }
  }
`);
