import { graphql } from '../../../gql';

/** A goal's metric and where it stands, as GoalPacing shows it: the plan, the initiatives' projection and dashboard goal widgets. */
export const GoalPacingFieldsFragment = graphql(`
  fragment GoalPacingFields on Goal {
    metric {
      key
      name(locale: $locale)
      unit {
        ...UnitFields
      }
    }
    progress {
      at
      expected
      actual
      projectedAtEnd
      status
    }
  }
`);

/** The company plan: every goal the user may read, with its metric and how it is going. */
export const GoalPlanQuery = graphql(`
  query GoalPlan($locale: String) {
    goalPlan {
      id
      name
      parentId
      department
      owner
      shape
      startValue
      startAt
      endValue
      endAt
      milestones {
        at
        value
      }
      editable
      ...GoalPacingFields
      metric {
        department
        direction
      }
      progress {
        trajectory {
          at
          value
        }
        actuals {
          at
          value
        }
      }
    }
  }
`);

/** The metrics a goal may be set on (filtered to the user's departments by the caller). */
export const GoalMetricsQuery = graphql(`
  query GoalMetrics($locale: String) {
    metrics {
      key
      name(locale: $locale)
      department
      sharedWith
      unit {
        ...UnitFields
      }
    }
  }
`);

export const SetGoalMutation = graphql(`
  mutation SetGoal($input: GoalInput!) {
    setGoal(input: $input) {
      id
    }
  }
`);

export const DeleteGoalMutation = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);
