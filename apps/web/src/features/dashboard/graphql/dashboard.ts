import { graphql } from '../../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {
    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {
      slug
      title(locale: $locale)
      description(locale: $locale)
      department
      dimensions
      unfilteredMetricKeys
      sections {
        key
        title(locale: $locale)
        kpis {
          ...KpiFields
        }
      }
    }
  }
`);

export const DashboardsQuery = graphql(`
  query Dashboards($locale: String) {
    dashboards {
      slug
      title(locale: $locale)
      department
    }
  }
`);
