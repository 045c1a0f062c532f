import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { DashboardsQuery } from '../graphql/dashboard';

export function useDashboards() {
  const { language: locale } = useI18n();
  return useQuery(DashboardsQuery, { variables: { locale }, fetchPolicy: 'cache-first' });
}
