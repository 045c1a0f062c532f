import type { DashboardQuery, KpiFieldsFragment } from '../../../gql/graphql';

/**
 * The dashboard result with every occurrence of `kpi.metric.key` replaced by the pushed snapshot, or null when
 * the dashboard does not show that metric (nothing to update). Pure, so the cache sees a new object only when
 * something changed.
 */
export function mergeKpiIntoDashboard(data: DashboardQuery, kpi: KpiFieldsFragment): DashboardQuery | null {
  let changed = false;
  const sections = data.dashboard.sections.map((section) => {
    if (!section.kpis.some((k) => k.metric.key === kpi.metric.key)) return section;
    changed = true;
    return { ...section, kpis: section.kpis.map((k) => (k.metric.key === kpi.metric.key ? kpi : k)) };
  });
  return changed ? { ...data, dashboard: { ...data.dashboard, sections } } : null;
}

/** The dashboard slug that lists a department's KPIs (CUSTOMER_SUCCESS → customer-success). */
export function departmentSlug(department: string): string {
  return department.toLowerCase().replace(/_/g, '-');
}
