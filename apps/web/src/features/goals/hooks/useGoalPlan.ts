import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { canEditOwned } from '@opshub/metrics';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { useI18n } from '../../../shared/i18n';
import { useGrant } from '../../auth/hooks/useGrant';
import { GoalMetricsQuery, GoalPlanQuery } from '../graphql/goals';

export function useGoalPlan() {
  const { language: locale } = useI18n();
  return useQuery(GoalPlanQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

/** The metrics the user may set goals on: of their departments or shared with them (the app hides the rest; the server refuses them anyway). */
export function useGoalMetrics() {
  const { language: locale } = useI18n();
  const grant = useGrant();
  const { data } = useQuery(GoalMetricsQuery, { variables: { locale }, skip: grant === null });
  return useMemo(
    () => (grant ? (data?.metrics ?? []).filter((metric) => canEditOwned(grant, metric, 'GOAL')) : []),
    [data, grant],
  );
}
