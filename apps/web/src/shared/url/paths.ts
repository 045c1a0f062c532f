import { COMPANY_DASHBOARD, REVOPS_DASHBOARD } from '@opshub/metrics';
import type { MessageKey, Translate } from '../i18n';

export { COMPANY_DASHBOARD as EXECUTIVE_SLUG, REVOPS_DASHBOARD as REVOPS_SLUG } from '@opshub/metrics';

/** The dashboards the product ships with; the nav falls back to them if the `dashboards` query fails. */
export const KNOWN_DASHBOARDS = [COMPANY_DASHBOARD, 'sales', 'customer-success', 'product', 'operations', REVOPS_DASHBOARD] as const;

export function dashboardPath(slug: string): string {
  return slug === COMPANY_DASHBOARD ? '/' : `/dashboards/${encodeURIComponent(slug)}`;
}

export function metricPath(key: string): string {
  return `/metrics/${encodeURIComponent(key)}`;
}

export function leadPath(id: string): string {
  return `/leads/${encodeURIComponent(id)}`;
}

/** An onboarding case's, ticket's or renewal's page. */
export function workflowRecordPath(id: string): string {
  return `/workflows/${encodeURIComponent(id)}`;
}

/** The API's (localised) title; before it arrives, our own translation for the dashboards we know. */
export function dashboardTitle(slug: string, apiTitle: string | undefined, t: Translate): string {
  if (apiTitle) return apiTitle;
  const key = `dashboard.${slug}` as MessageKey;
  const translated = t(key);
  return translated !== key ? translated : slug;
}
