import { graphql } from '../../../gql';

/** Seed 004's three-year projection: each line's yearly targets, where it is and its pace. */
export const PlanProjectionQuery = graphql(`
  query PlanProjection($locale: String) {
    planProjection {
      id
      startValue
      endValue
      endAt
      milestones {
        at
        value
      }
      ...GoalPacingFields
    }
  }
`);

export const ChecklistItemFieldsFragment = graphql(`
  fragment ChecklistItemFields on ChecklistItem {
    id
    goalId
    goalName
    title(locale: $locale)
    owner {
      id
      name
    }
    dueDate
    target
    metricKey
    metric {
      key
      name(locale: $locale)
      unit {
        ...UnitFields
      }
    }
    metricValue
    progress
    complete
    doneAt
    overdue
    editable
  }
`);

export const ChecklistItemsQuery = graphql(`
  query ChecklistItems($locale: String) {
    checklistItems {
      ...ChecklistItemFields
    }
  }
`);

export const CreateChecklistItemMutation = graphql(`
  mutation CreateChecklistItem($input: ChecklistItemInput!, $locale: String) {
    createChecklistItem(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const UpdateChecklistItemMutation = graphql(`
  mutation UpdateChecklistItem($id: ID!, $input: ChecklistItemInput!, $locale: String) {
    updateChecklistItem(id: $id, input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const TickChecklistItemMutation = graphql(`
  mutation TickChecklistItem($id: ID!, $done: Boolean!, $locale: String) {
    tickChecklistItem(id: $id, done: $done) {
      ...ChecklistItemFields
    }
  }
`);

export const DeleteChecklistItemMutation = graphql(`
  mutation DeleteChecklistItem($id: ID!) {
    deleteChecklistItem(id: $id)
  }
`);

/** The goals a checklist item may belong to, for the form. */
export const ChecklistGoalsQuery = graphql(`
  query ChecklistGoals {
    goalPlan {
      id
      name
      startAt
    }
  }
`);

export const RaciMatricesQuery = graphql(`
  query RaciMatrices {
    raciMatrices {
      process
      editable
      accountableOwner {
        id
        name
      }
      steps {
        id
        step
        responsible {
          id
          name
        }
        accountable {
          id
          name
        }
        consulted {
          id
          name
        }
        informed {
          id
          name
        }
      }
    }
  }
`);

export const UpdateRaciStepMutation = graphql(`
  mutation UpdateRaciStep($id: ID!, $input: RaciStepInput!) {
    updateRaciStep(id: $id, input: $input) {
      process
    }
  }
`);
