import { graphql } from '../../../gql';

/** The dashboard's widgets and one snapshot per metric they show (a KPI group's cards, a scorecard's rows). */
export const DashboardQuery = graphql(`
  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String, $shared: Boolean! = false) {
    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {
      ...DashboardEditFields
      dimensions
      unfilteredMetricKeys
      widgets {
        ...WidgetDataFields
      }
      kpis {
        ...KpiFields
        metric {
          owner(locale: $locale)
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
      sharedWith
      personal
      canEdit
    }
  }
`);
