import type { DashboardQuery, KpiFieldsFragment } from '../../../gql/graphql';

/**
 * The dashboard result with the snapshot of `kpi.metric.key` replaced by the pushed one (every widget showing
 * the metric reads it from there), or null when the dashboard does not show that metric (nothing to update).
 * Pure, so the cache sees a new object only when something changed.
 */
export function mergeKpiIntoDashboard(data: DashboardQuery, kpi: KpiFieldsFragment): DashboardQuery | null {
  if (!data.dashboard.kpis.some((k) => k.metric.key === kpi.metric.key)) return null;
  const kpis = data.dashboard.kpis.map((k) => (k.metric.key === kpi.metric.key ? { ...kpi, metric: { ...kpi.metric, owner: k.metric.owner } } : k));
  return { ...data, dashboard: { ...data.dashboard, kpis } };
}

/** The same for a widget with its own period: its own snapshot of the metric is replaced; null when it has none. */
export function mergeKpiIntoWidget(data: DashboardQuery, widgetId: string, kpi: KpiFieldsFragment): DashboardQuery | null {
  const widget = data.dashboard.widgets.find((w) => w.id === widgetId);
  if (!widget?.kpis?.some((k) => k.metric.key === kpi.metric.key)) return null;
  const kpis = widget.kpis.map((k) => (k.metric.key === kpi.metric.key ? { ...kpi, metric: { ...kpi.metric, owner: k.metric.owner } } : k));
  return { ...data, dashboard: { ...data.dashboard, widgets: data.dashboard.widgets.map((w) => (w === widget ? { ...w, kpis } : w)) } };
}

/** The dashboard slug that lists a department's KPIs (CUSTOMER_SUCCESS → customer-success). */
export function departmentSlug(department: string): string {
  return department.toLowerCase().replace(/_/g, '-');
}
