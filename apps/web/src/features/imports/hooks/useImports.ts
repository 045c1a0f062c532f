import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { CreateImportMappingMutation, DeleteImportMappingMutation, FileImportProgressedSubscription, ImportsQuery } from '../graphql/imports';
import { toMappingInput, type MappingFormValues } from '../lib/importForm';

/** The import history, saved mappings and the catalog the mapping form picks from. */
export function useImports() {
  const { language } = useI18n();
  const result = useQuery(ImportsQuery, { variables: { locale: language } });
  const refetchQueries = [ImportsQuery];
  const [create] = useMutation(CreateImportMappingMutation, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteImportMappingMutation, { refetchQueries, awaitRefetchQueries: true });
  return {
    ...result,
    saveMapping: async (name: string, values: MappingFormValues) => {
      await create({ variables: { name, mapping: toMappingInput(values) } });
    },
    deleteMapping: async (id: string) => {
      await remove({ variables: { id } });
    },
  };
}

/** An import's state as the server pushes it after each batch (fileImportProgressed). */
export function useImportProgress(id: string | null) {
  return useSubscription(FileImportProgressedSubscription, { variables: { id: id ?? '' }, skip: !id });
}
