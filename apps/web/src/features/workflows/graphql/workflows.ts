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
          unit {
            ...UnitFields
          }
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
