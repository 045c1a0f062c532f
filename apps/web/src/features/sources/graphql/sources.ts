import { graphql } from '../../../gql';

export const SqlConnectionFieldsFragment = graphql(`
  fragment SqlConnectionFields on SqlConnection {
    id
    name
    host
    database
  }
`);

export const SqlSourceFieldsFragment = graphql(`
  fragment SqlSourceFields on SqlSource {
    metricKey
    connectionId
    query
    timeColumn
    valueColumn
    dimensionColumns
    everyMinutes
    cron
    intervalMinutes
    active
    watermark
    nextRunAt
    lastSyncAt
    lastError
    consecutiveFailures
    status
  }
`);

export const SourcesQuery = graphql(`
  query Sources($locale: String) {
    sqlConnections {
      ...SqlConnectionFields
    }
    sqlSources {
      ...SqlSourceFields
    }
    metrics {
      key
      name(locale: $locale)
      formula
      source
    }
  }
`);

export const SqlSyncRunsQuery = graphql(`
  query SqlSyncRuns($metricKey: ID!) {
    sqlSyncRuns(metricKey: $metricKey, first: 20) {
      id
      startedAt
      durationMs
      rowsRead
      pointsWritten
      error
      errorField
    }
  }
`);

export const SqlQueryPreviewQuery = graphql(`
  query SqlQueryPreview($input: SqlSourceInput!) {
    sqlQueryPreview(input: $input) {
      columns {
        name
        type
      }
      rows {
        cells
      }
      points {
        at
        value
        dimensions {
          name
          value
        }
      }
    }
  }
`);

export const CreateSqlConnectionMutation = graphql(`
  mutation CreateSqlConnection($input: SqlConnectionInput!) {
    createSqlConnection(input: $input) {
      ...SqlConnectionFields
    }
  }
`);

export const UpdateSqlConnectionMutation = graphql(`
  mutation UpdateSqlConnection($id: ID!, $input: SqlConnectionInput!) {
    updateSqlConnection(id: $id, input: $input) {
      ...SqlConnectionFields
    }
  }
`);

export const DeleteSqlConnectionMutation = graphql(`
  mutation DeleteSqlConnection($id: ID!) {
    deleteSqlConnection(id: $id) {
      id
    }
  }
`);

export const TestSqlConnectionMutation = graphql(`
  mutation TestSqlConnection($connectionId: ID, $connectionString: String) {
    testSqlConnection(connectionId: $connectionId, connectionString: $connectionString) {
      ok
      message
    }
  }
`);

export const SaveSqlSourceMutation = graphql(`
  mutation SaveSqlSource($input: SqlSourceInput!) {
    saveSqlSource(input: $input) {
      ...SqlSourceFields
    }
  }
`);

export const DeleteSqlSourceMutation = graphql(`
  mutation DeleteSqlSource($metricKey: ID!) {
    deleteSqlSource(metricKey: $metricKey) {
      metricKey
    }
  }
`);

export const SyncSqlSourceMutation = graphql(`
  mutation SyncSqlSource($metricKey: ID!) {
    syncSqlSource(metricKey: $metricKey)
  }
`);
