import { graphql } from '../../../gql';

export const AlertFieldsFragment = graphql(`
  fragment AlertFields on Alert {
    id
    metricKey
    metricName(locale: $locale)
    kind
    state
    owner(locale: $locale)
    value
    reference
    explanation(locale: $locale)
    raisedAt
    acknowledgedBy
    acknowledgedAt
    resolvedBy
    resolvedAt
    annotationId
    contributions {
      dimension
      value
      share
    }
    rule {
      id
      name
    }
  }
`);

export const ActiveAlertsQuery = graphql(`
  query ActiveAlerts($locale: String) {
    alerts(states: [OPEN, ACKNOWLEDGED], first: 100) {
      ...AlertFields
    }
  }
`);

export const AlertChangedSubscription = graphql(`
  subscription AlertChanged($locale: String) {
    alertChanged {
      change
      alert {
        ...AlertFields
      }
    }
  }
`);

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!, $annotate: Boolean!, $locale: String) {
    acknowledgeAlert(id: $id, annotate: $annotate) {
      ...AlertFields
    }
  }
`);

export const ResolveAlertMutation = graphql(`
  mutation ResolveAlert($id: ID!, $locale: String) {
    resolveAlert(id: $id) {
      ...AlertFields
    }
  }
`);

export const MetricAnnotationsQuery = graphql(`
  query MetricAnnotations($key: ID!, $range: RangeInput) {
    annotations(metricKey: $key, range: $range) {
      id
      title
      description
      at
      endAt
      metricKeys
      departments
      createdBy
      editable
    }
  }
`);

/** The outgoing webhooks' delivery log, for the alerts page. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($first: Int!) {
    webhookEndpoints {
      id
      name
      url
      active
    }
    webhookDeliveries(first: $first) {
      id
      endpointId
      eventType
      state
      attempts
      lastStatusCode
      lastError
      createdAt
      deliveredAt
      nextAttemptAt
    }
  }
`);
