import { useQuery } from '@apollo/client/react';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { useI18n } from '../../../shared/i18n';
import { ChecklistGoalsQuery, ChecklistItemsQuery, PlanProjectionQuery, RaciMatricesQuery } from '../graphql/plan';

export function usePlanProjection() {
  const { language: locale } = useI18n();
  return useQuery(PlanProjectionQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

export function useChecklistItems() {
  const { language: locale } = useI18n();
  return useQuery(ChecklistItemsQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

/** The goals an item may belong to; only for those who may edit. */
export function useChecklistGoals(canEdit: boolean) {
  return useQuery(ChecklistGoalsQuery, { skip: !canEdit });
}

export function useRaciMatrices() {
  return useQuery(RaciMatricesQuery, ALWAYS_CACHE_AND_NETWORK);
}
