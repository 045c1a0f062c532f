import { graphql } from '../../../gql';

export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    actorKind
    actorId
    actorName
    action
    objectType
    objectId
    objectLabel
    department
    metricKey
    before
    after
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    users {
      id
      name
      email
    }
    apiKeys {
      id
      name
    }
  }
`);

/** Each metric's unit, so the trail of every metric shows targets as their metric does (30 %, not 0.3). */
export const AuditMetricUnitsQuery = graphql(`
  query AuditMetricUnits {
    metrics {
      key
      unit {
        ...UnitFields
      }
    }
  }
`);

export const MetricHistoryQuery = graphql(`
  query MetricHistory($key: ID!, $first: Int!) {
    metric(key: $key) {
      key
      unit {
        ...UnitFields
      }
      history(first: $first) {
        ...AuditEventFields
      }
    }
  }
`);
