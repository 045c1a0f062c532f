import { skipToken, useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { DashboardsQuery } from '../graphql/dashboard';

/** The dashboards the signed-in user may open (the server filters them). */
export function useDashboards(enabled = true) {
  const { language: locale } = useI18n();
  return useQuery(DashboardsQuery, enabled ? { variables: { locale }, fetchPolicy: 'cache-first' } : skipToken);
}
