import { graphql } from '../../../gql';

export const WorkflowRecordQuery = graphql(`
  query WorkflowRecord($id: ID!, $locale: String) {
    workflowRecord(id: $id) {
      id
      workflow
      externalId
      title
      account
      segment
      priority
      category
      state
      owner
      renewalDate
      amount
      openedAt
      stateChangedAt
      slaClocks {
        id
        state
        startedAt
        dueAt
        metAt
        policy {
          key
          name(locale: $locale)
          target
        }
      }
      journey {
        id
        at
        kind
        fromState
        toState
        actor
        reason
        contributions {
          metricKey
          value
        }
      }
    }
  }
`);

export const WorkflowRecordChangedSubscription = graphql(`
  subscription WorkflowRecordChanged($id: ID) {
    workflowRecordChanged(id: $id) {
      id
      state
    }
  }
`);

/** A workflow deadline missed, as breach lists show it (a share link reads only these fields of the record). */
export const WorkflowBreachFieldsFragment = graphql(`
  fragment WorkflowBreachFields on WorkflowSlaBreach {
    id
    dueAt
    policy {
      key
      name(locale: $locale)
    }
    record {
      id
      workflow
      externalId
      title
      account
      state
    }
  }
`);

export const WorkflowSlaBreachedSubscription = graphql(`
  subscription WorkflowSlaBreached($workflows: [Workflow!], $locale: String) {
    workflowSlaBreached(workflows: $workflows) {
      ...WorkflowBreachFields
    }
  }
`);

/** The catalog's customer-success metrics: the names and units of what a record counted in. */
export const WorkflowMetricsQuery = graphql(`
  query WorkflowMetrics($locale: String) {
    metrics(department: CUSTOMER_SUCCESS) {
      key
      name(locale: $locale)
      unit {
        ...UnitFields
      }
    }
  }
`);
