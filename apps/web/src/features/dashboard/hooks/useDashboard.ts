import { useEffect, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Comparison } from '@opshub/metrics';
import type { DimensionFilterInput, RangeInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { KpiUpdatedSubscription } from '../../live';
import { DashboardQuery } from '../graphql/dashboard';
import { mergeKpiIntoDashboard, mergeKpiIntoWidget } from '../lib/mergeKpi';

/**
 * The dashboard for a view, kept live: `kpiUpdated(dashboard, range, compare, filter)` pushes a fresh Kpi after each
 * write and it is merged into this query's cached result, so only that card re-renders. A widget with its own
 * period is followed on its own (`kpiUpdated(dashboard, widget)`, over its period). `filter` is undefined
 * without dimension filters (see useDashboardFilters). A shared screen reads its charts' series with it.
 */
export function useDashboard(slug: string, range: RangeInput, compare: Comparison, filter?: DimensionFilterInput[], shared = false) {
  const { language: locale } = useI18n();
  const result = useQuery(DashboardQuery, {
    variables: { slug, range, compare, filter, locale, shared },
  });
  const { subscribeToMore } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: KpiUpdatedSubscription,
        variables: { dashboard: slug, range, compare, filter, locale },
        updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
          if (!complete || !subscriptionData.data) return;
          return mergeKpiIntoDashboard(previousData, subscriptionData.data.kpiUpdated) ?? undefined;
        },
        onError: () => {
          // The connection indicator reports socket trouble; the query result stays on screen.
        },
      }),
    [subscribeToMore, slug, range, compare, filter, locale],
  );

  // The widgets that have their own snapshots, as a stable key: resubscribed only when that set changes.
  const ownPeriod = useMemo(() => (result.data?.dashboard.widgets ?? []).filter((widget) => widget.kpis).map((widget) => widget.id).join('\n'), [result.data]);
  useEffect(() => {
    const unsubscribes = ownPeriod.split('\n').filter(Boolean).map((widget) => subscribeToMore({
      document: KpiUpdatedSubscription,
      variables: { dashboard: slug, widget, range, compare, locale },
      updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
        if (!complete || !subscriptionData.data) return;
        return mergeKpiIntoWidget(previousData, widget, subscriptionData.data.kpiUpdated) ?? undefined;
      },
      onError: () => {},
    }));
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [subscribeToMore, slug, ownPeriod, range, compare, locale]);

  // Keep showing the previous view's cards (dimmed) while another range of the same dashboard loads.
  const data = result.data ?? (result.previousData?.dashboard.slug === slug ? result.previousData : undefined);
  return { ...result, data, stale: !result.data && !!data };
}
