import type { MessageKey, Translate } from '../i18n';

export const EXECUTIVE_SLUG = 'executive';
/** The Smarketing / RevOps dashboard, which also shows the lead funnel and SLA breaches. */
export const REVOPS_SLUG = 'marketing';

/** The dashboards the product ships with; the nav falls back to them if the `dashboards` query fails. */
export const KNOWN_DASHBOARDS = ['executive', 'sales', 'customer-success', 'product', 'operations', 'marketing'] as const;

export function dashboardPath(slug: string): string {
  return slug === EXECUTIVE_SLUG ? '/' : `/dashboards/${encodeURIComponent(slug)}`;
}

export function metricPath(key: string): string {
  return `/metrics/${encodeURIComponent(key)}`;
}

export function leadPath(id: string): string {
  return `/leads/${encodeURIComponent(id)}`;
}

/** The API's (localised) title; before it arrives, our own translation for the dashboards we know. */
export function dashboardTitle(slug: string, apiTitle: string | undefined, t: Translate): string {
  if (apiTitle) return apiTitle;
  const key = `dashboard.${slug}` as MessageKey;
  const translated = t(key);
  return translated !== key ? translated : slug;
}
