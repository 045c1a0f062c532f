import { graphql } from '../../../gql';

export const FileImportFieldsFragment = graphql(`
  fragment FileImportFields on FileImport {
    id
    fileName
    state
    rowsTotal
    rowsDone
    rowsWritten
    rowsRejected
    error
    errorCode
    errorParams
    createdByName
    createdAt
    startedAt
    finishedAt
  }
`);

export const SavedImportMappingFieldsFragment = graphql(`
  fragment SavedImportMappingFields on SavedImportMapping {
    id
    name
    mapping {
      kind
      metricKey
      metricColumn
      timestampColumn
      timestampFormat
      timeZone
      valueColumn
      dimensionColumns
      leadColumns {
        field
        column
      }
      leadSignals {
        name
        column
      }
      delimiter
    }
  }
`);

export const ImportsQuery = graphql(`
  query Imports($locale: String) {
    fileImports(first: 50) {
      ...FileImportFields
    }
    importMappings {
      ...SavedImportMappingFields
    }
    metrics {
      key
      name(locale: $locale)
      formula
      source
    }
  }
`);

export const CreateImportMappingMutation = graphql(`
  mutation CreateImportMapping($name: String!, $mapping: ImportColumnMappingInput!) {
    createImportMapping(name: $name, mapping: $mapping) {
      ...SavedImportMappingFields
    }
  }
`);

export const DeleteImportMappingMutation = graphql(`
  mutation DeleteImportMapping($id: ID!) {
    deleteImportMapping(id: $id) {
      id
    }
  }
`);

export const FileImportProgressedSubscription = graphql(`
  subscription FileImportProgressed($id: ID!) {
    fileImportProgressed(id: $id) {
      ...FileImportFields
    }
  }
`);
