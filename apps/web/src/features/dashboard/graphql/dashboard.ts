import { graphql } from '../../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    dashboard(slug: $slug, range: $range, compare: $compare) {
      slug
      title(locale: $locale)
      description(locale: $locale)
      department
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
