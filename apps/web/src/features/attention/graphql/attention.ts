import { graphql } from '../../../gql';

export const AttentionItemsQuery = graphql(`
  query AttentionItems($range: RangeInput, $compare: Comparison!, $locale: String) {
    attentionItems(range: $range, compare: $compare) {
      reasons
      since
      sinceBeyondHistory
      kpi {
        metric {
          key
          name(locale: $locale)
          department
          owner(locale: $locale)
          unit {
            ...UnitFields
          }
        }
        value
        target {
          value
        }
        attainment
        status
        pacing {
          expected
          status
        }
      }
    }
  }
`);
