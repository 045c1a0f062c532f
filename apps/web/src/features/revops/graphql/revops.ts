import { graphql } from '../../../gql';

export const LeadRowFragment = graphql(`
  fragment LeadRow on Lead {
    id
    name
    company
    channel
    campaign
    region
    segment
    status
    score
    createdAt
    owner {
      key
      name
    }
  }
`);

export const FunnelQuery = graphql(`
  query Funnel($range: RangeInput) {
    funnel(range: $range, groupBy: "channel") {
      period {
        from
        to
      }
      total {
        ...FunnelGroupFields
      }
      groups {
        ...FunnelGroupFields
      }
    }
  }

  fragment FunnelGroupFields on FunnelGroup {
    key
    stages {
      status
      entered
      conversion
      medianHoursInStage
    }
    responseTime {
      contacted
      medianHours
      p90Hours
    }
    winRate
  }
`);

export const SlaBreachFieldsFragment = graphql(`
  fragment SlaBreachFields on SlaBreach {
    id
    dueAt
    startedAt
    policy {
      key
      name(locale: $locale)
    }
    lead {
      ...LeadRow
    }
  }
`);

export const SlaBreachesQuery = graphql(`
  query SlaBreaches($range: RangeInput, $locale: String) {
    slaBreaches(range: $range, first: 20) {
      ...SlaBreachFields
    }
  }
`);

export const SlaBreachedSubscription = graphql(`
  subscription SlaBreached($locale: String) {
    slaBreached {
      ...SlaBreachFields
    }
  }
`);

export const LeadsQuery = graphql(`
  query Leads($filter: LeadFilterInput, $first: Int!, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...LeadRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LeadQuery = graphql(`
  query Lead($id: ID!, $locale: String) {
    lead(id: $id) {
      ...LeadRow
      externalId
      email
      companySize
      statusChangedAt
      firstContactAt
      scoreBreakdown {
        rule
        name
        category
        points
      }
      opportunity {
        amount
        currency
        stage
        openedAt
        expectedCloseAt
        closedAt
        closeReason
      }
      slaClocks {
        id
        state
        startedAt
        dueAt
        metAt
        policy {
          key
          name(locale: $locale)
        }
      }
      journey {
        id
        at
        kind
        fromStatus
        toStatus
        actor
        actorName
        assigneeName
        reason
        repKey
        details
        contributions {
          metricKey
          value
        }
      }
    }
  }
`);

export const LeadChangedSubscription = graphql(`
  subscription LeadChanged($id: ID) {
    leadChanged(id: $id) {
      id
      status
    }
  }
`);
