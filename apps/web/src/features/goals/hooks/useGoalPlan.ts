import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { canEdit, userGrant, type Grant } from '@opshub/metrics';
import { ALWAYS_CACHE_AND_NETWORK } from '../../../shared/api/queryDefaults';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../auth/hooks/useViewer';
import { GoalMetricsQuery, GoalPlanQuery } from '../graphql/goals';

export function useGoalPlan() {
  const { language: locale } = useI18n();
  return useQuery(GoalPlanQuery, { variables: { locale }, ...ALWAYS_CACHE_AND_NETWORK });
}

/** The signed-in user's grant, as the server computes it; null while signing in or for a role the rules refuse. */
function useGrant(): Grant | null {
  const viewer = useViewer();
  return useMemo(() => {
    if (!viewer?.role) return null;
    try {
      return userGrant(viewer.role, viewer.departments ?? []);
    } catch {
      return null;
    }
  }, [viewer]);
}

/** The metrics the user may set goals on (the app hides the rest; the server refuses them anyway). */
export function useGoalMetrics() {
  const { language: locale } = useI18n();
  const grant = useGrant();
  const { data } = useQuery(GoalMetricsQuery, { variables: { locale }, skip: grant === null });
  return useMemo(
    () => (grant ? (data?.metrics ?? []).filter((metric) => canEdit(grant, metric.department, 'GOAL')) : []),
    [data, grant],
  );
}
