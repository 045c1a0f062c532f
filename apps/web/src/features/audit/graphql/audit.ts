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

export const MetricHistoryQuery = graphql(`
  query MetricHistory($key: ID!, $first: Int!) {
    metric(key: $key) {
      key
      unit {
        kind
        currency
        scaleMin
        scaleMax
      }
      history(first: $first) {
        ...AuditEventFields
      }
    }
  }
`);
