import { graphql } from '../../../gql';

export const MetricDetailQuery = graphql(`
  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {
    metric(key: $key) {
      key
      name(locale: $locale)
      description(locale: $locale)
      department
      sharedWith
      unit {
        ...UnitFields
      }
      direction
      aggregation
      formula
      source
      inputs
      owner(locale: $locale)
      reviewCadence
      dimensions
      domain {
        min
        max
      }
    }
    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {
      ...KpiDetailFields
    }
  }
`);

/** The card's fields plus what the drill-down chart draws: the goal trajectory and the forecast points. */
export const KpiDetailFieldsFragment = graphql(`
  fragment KpiDetailFields on Kpi {
    ...KpiFields
    pacing {
      trajectory {
        at
        value
      }
    }
    forecast {
      granularity
      points {
        at
        value
        lower
        upper
      }
    }
  }
`);

/** Live snapshots of the drill-down's KPI, with the same detail as MetricDetail so they can replace it. */
export const MetricKpiUpdatedSubscription = graphql(`
  subscription MetricKpiUpdated($keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpiUpdated(keys: $keys, range: $range, compare: $compare) {
      ...KpiDetailFields
    }
  }
`);

export const MetricSeriesQuery = graphql(`
  query MetricSeries(
    $key: ID!
    $range: RangeInput
    $granularity: Granularity
    $filter: [DimensionFilterInput!]
    $compare: Comparison
  ) {
    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {
      granularity
      period {
        from
        to
      }
      groups {
        key
        total
        points {
          at
          value
        }
      }
      comparison {
        at
        value
      }
      comparisonPeriod {
        from
        to
      }
    }
  }
`);

export const MetricBreakdownQuery = graphql(`
  query MetricBreakdown(
    $key: ID!
    $range: RangeInput
    $granularity: Granularity
    $filter: [DimensionFilterInput!]
    $groupBy: String!
  ) {
    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {
      groupBy
      granularity
      groups {
        key
        total
        points {
          at
          value
        }
      }
    }
  }
`);

export const ObservationsQuery = graphql(`
  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {
    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          metricKey
          at
          value
          dimensions
          source
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Unit and name of the metric whose raw observations are listed (the metric itself or one of its inputs). */
export const MetricUnitQuery = graphql(`
  query MetricUnit($key: ID!, $locale: String) {
    metric(key: $key) {
      key
      name(locale: $locale)
      unit {
        ...UnitFields
      }
    }
  }
`);
