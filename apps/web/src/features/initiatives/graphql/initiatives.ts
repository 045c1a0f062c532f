import { graphql } from '../../../gql';

export const InitiativeFieldsFragment = graphql(`
  fragment InitiativeFields on Initiative {
    id
    key
    name(locale: $locale)
    department
    owner {
      id
      name
    }
    costCategory
    startDate
    plannedInvestment
    expectedAnnualSaving
    metricKeys
    spentToDate
    savedToDate
    planned {
      roi {
        value
        reason
      }
      paybackMonths {
        value
        reason
      }
    }
    actual {
      roi {
        value
        reason
      }
      paybackMonths {
        value
        reason
      }
    }
    editable
  }
`);

/** The initiatives the user may read and their portfolio scorecard. */
export const InitiativesQuery = graphql(`
  query Initiatives($locale: String) {
    initiatives {
      ...InitiativeFields
    }
    initiativePortfolio {
      totalInvestment
      totalExpectedSaving
      totalSpentToDate
      totalSavedToDate
      roi {
        value
        reason
      }
      paybackMonths {
        value
        reason
      }
    }
  }
`);

/** What the form offers: who may own an initiative and the metrics it may move (for those who may edit). */
export const InitiativeChoicesQuery = graphql(`
  query InitiativeChoices($locale: String) {
    initiativeOwnerChoices {
      id
      name
    }
    metrics {
      key
      name(locale: $locale)
    }
  }
`);

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: InitiativeInput!, $locale: String) {
    createInitiative(input: $input) {
      ...InitiativeFields
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!, $locale: String) {
    updateInitiative(id: $id, input: $input) {
      ...InitiativeFields
    }
  }
`);

export const DeleteInitiativeMutation = graphql(`
  mutation DeleteInitiative($id: ID!) {
    deleteInitiative(id: $id)
  }
`);
