import { graphql } from '../../../gql';

/**
 * Everything a KPI card needs. Operations spreading it declare `$locale: String` (the UI language; the API
 * localises names and falls back to English). Kpi is not normalised in the cache, see app/apollo.ts.
 */
export const KpiFieldsFragment = graphql(`
  fragment KpiFields on Kpi {
    metric {
      key
      name(locale: $locale)
      description(locale: $locale)
      department
      unit {
        ...UnitFields
      }
      direction
      aggregation
      formula
    }
    period {
      from
      to
    }
    comparisonPeriod {
      from
      to
    }
    value
    comparisonValue
    change
    changeRatio
    target {
      id
      kind
      value
      baseline
      tolerance
      effectiveFrom
      effectiveTo
    }
    attainment
    status
    trend {
      at
      value
    }
    trendGranularity
    lastUpdatedAt
    staleSince
    pacing {
      goal {
        id
        name
      }
      expected
      projectedAtEnd
      status
    }
    forecast {
      targetValue
      projectedTargetDate
    }
  }
`);
