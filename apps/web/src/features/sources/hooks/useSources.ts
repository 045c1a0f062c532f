import { useMutation, useQuery } from '@apollo/client/react';
import type { SqlConnectionInput, SqlSourceInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import {
  CreateSqlConnectionMutation, DeleteSqlConnectionMutation, DeleteSqlSourceMutation, SaveSqlSourceMutation, SourcesQuery,
  SqlSyncRunsQuery, SyncSqlSourceMutation, TestSqlConnectionMutation, UpdateSqlConnectionMutation,
} from '../graphql/sources';

/** Connections and sources (ADMIN), with what the page does to them. */
export function useSources() {
  const { language } = useI18n();
  // Syncs run in the background: the status follows them.
  const result = useQuery(SourcesQuery, { variables: { locale: language }, pollInterval: 15_000 });
  const refetchQueries = [SourcesQuery];
  const [createConnection] = useMutation(CreateSqlConnectionMutation, { refetchQueries });
  const [updateConnection] = useMutation(UpdateSqlConnectionMutation, { refetchQueries });
  const [deleteConnection] = useMutation(DeleteSqlConnectionMutation, { refetchQueries });
  const [testConnection] = useMutation(TestSqlConnectionMutation);
  const [saveSource] = useMutation(SaveSqlSourceMutation, { refetchQueries });
  const [deleteSource] = useMutation(DeleteSqlSourceMutation, { refetchQueries });
  const [syncSource] = useMutation(SyncSqlSourceMutation);
  return {
    ...result,
    saveConnection: (id: string | null, input: SqlConnectionInput) =>
      id ? updateConnection({ variables: { id, input } }) : createConnection({ variables: { input } }),
    deleteConnection: (id: string) => deleteConnection({ variables: { id } }),
    testConnection: async (variables: { connectionId?: string; connectionString?: string }) =>
      (await testConnection({ variables })).data?.testSqlConnection ?? null,
    saveSource: (input: SqlSourceInput) => saveSource({ variables: { input } }),
    deleteSource: (metricKey: string) => deleteSource({ variables: { metricKey } }),
    syncSource: (metricKey: string) => syncSource({ variables: { metricKey } }),
  };
}

export function useSyncRuns(metricKey: string) {
  return useQuery(SqlSyncRunsQuery, { variables: { metricKey }, pollInterval: 5000 });
}
