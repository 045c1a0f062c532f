import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { useI18n } from '../../../shared/i18n';
import { InitiativeChoicesQuery, InitiativesQuery } from '../graphql/initiatives';

export function useInitiatives() {
  const { language: locale } = useI18n();
  return useQuery(InitiativesQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

/** Owners and metrics for the form; only asked for by those who may edit (the server refuses the others). */
export function useInitiativeChoices(canEdit: boolean) {
  const { language: locale } = useI18n();
  return useQuery(InitiativeChoicesQuery, { variables: { locale }, skip: !canEdit });
}
