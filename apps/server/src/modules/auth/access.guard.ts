import { GraphQLError } from 'graphql';
import {
  allowsMetric, canAdminister, canShareDashboards, COMPANY_DASHBOARD, canEdit, canEditOwned, canEditRevOps, canIngest, canReadDepartment, canReadRevOps, departmentsOf,
  metricAccess, readableDepartments, type Department, type EditAction, type Grant, type MetricAccess, type Owned,
} from '@opshub/metrics';
import { notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import { unauthenticated } from './auth.service';
import type { Principal } from './principal';

export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions, http: { status: 403 } } });
}

/** The principal of a request past the auth gate; anonymous requests never reach resolvers, so this only guards wiring mistakes. */
export function principalOf(ctx: AppContext): Principal {
  if (!ctx.principal) throw ctx.authError ?? unauthenticated();
  return ctx.principal;
}

/** What access checks read of the metric catalog (structural, so this guard does not depend on the metric module). */
export interface CatalogView {
  find(key: string): Owned | null;
  access(grant: Grant, key: string): MetricAccess;
}

/** What the principal may see of a metric (the rule, derived metrics included, is the catalog's). */
export function accessToMetric(principal: Principal, catalog: CatalogView, key: string): MetricAccess {
  return catalog.access(principal.grant, key);
}

/** Unknown metric → NOT_FOUND; a metric of a department the principal may not read → FORBIDDEN naming it. */
export async function requireMetric(ctx: AppContext, key: string, needed: 'KPI' | 'DETAIL' = 'KPI'): Promise<void> {
  const principal = principalOf(ctx);
  const catalog = await ctx.catalog();
  const metric = catalog.find(key);
  if (!metric) throw notFound('Metric', key);
  if (!allowsMetric(accessToMetric(principal, catalog, key), needed)) {
    throw forbidden(
      needed === 'DETAIL'
        ? `You may not read the breakdowns or records of metric "${key}" (${metric.department})`
        : `You may not read metric "${key}" (${metric.department})`,
      { metricKey: key },
    );
  }
}

/** Whether a metric can be read at the given level; for lists that leave out what the principal may not see. */
export async function readsMetric(ctx: AppContext, key: string, needed: 'KPI' | 'DETAIL' = 'KPI'): Promise<boolean> {
  return allowsMetric(accessToMetric(principalOf(ctx), await ctx.catalog(), key), needed);
}

export function requireDepartment(ctx: AppContext, department: Department): void {
  if (!canReadDepartment(principalOf(ctx).grant, department)) throw forbidden(`You may not read ${department} data`, { department });
}

export function requireRevOps(ctx: AppContext): void {
  if (!canReadRevOps(principalOf(ctx).grant)) throw forbidden('You may not read SALES or MARKETING lead records');
}

export function requireEdit(ctx: AppContext, department: Department, action: EditAction): void {
  if (!canEdit(principalOf(ctx).grant, department, action)) {
    throw forbidden(`You may not change ${action.toLowerCase().replace('_', ' ')}s of ${department}`, { department });
  }
}

/**
 * Metric-owned things (targets, goals, alert rules) belong to the metric's department, and to those it is shared
 * with: their heads share its objectives.
 */
export async function requireMetricEdit(ctx: AppContext, key: string, action: EditAction): Promise<void> {
  const metric = (await ctx.catalog()).find(key);
  if (!metric) throw notFound('Metric', key);
  requireOwnedEdit(ctx, metric, action);
}

/** Something a department owns and may share (a metric, a dashboard): the heads of its owner and of the sharing departments. */
export function requireOwnedEdit(ctx: AppContext, owned: Owned, action: EditAction): void {
  if (!canEditOwned(principalOf(ctx).grant, owned, action)) {
    throw forbidden(`You may not change ${action.toLowerCase().replace('_', ' ')}s of ${departmentsOf(owned).join(' or ')}`, { department: owned.department });
  }
}

export function mayIngest(ctx: AppContext, department: Department): boolean {
  return canIngest(principalOf(ctx).grant, department);
}

export function requireAdmin(ctx: AppContext): void {
  if (!canAdminister(principalOf(ctx).grant)) throw forbidden('Only an ADMIN may do this');
}

/** What access checks read of a dashboard: its department and those it is shared with, or (personal) its owner. */
export interface DashboardView {
  slug: string;
  department: Department | null;
  sharedWith?: readonly Department[];
  ownerUserId?: string | null;
}

/**
 * A department's dashboard opens for whoever reads its department or one it is shared with; the company
 * (executive) dashboard also for every department head. A personal one only for its owner; a share link's for it.
 */
export function opensDashboard(ctx: AppContext, dashboard: DashboardView): boolean {
  const principal = principalOf(ctx);
  // A share link opens its one dashboard, each card at KPI level: its grant reads nothing else.
  if (principal.kind === 'SHARE_LINK') return principal.dashboard === dashboard.slug;
  if (dashboard.department === null) return dashboard.ownerUserId === principal.id;
  return metricAccess(principal.grant, { department: dashboard.department, sharedWith: dashboard.sharedWith, companyLevel: dashboard.slug === COMPANY_DASHBOARD }) !== 'NONE';
}

/** Someone else's personal dashboard is NOT_FOUND rather than FORBIDDEN: it is not theirs to know of. */
export function requireDashboard(ctx: AppContext, dashboard: DashboardView): void {
  if (opensDashboard(ctx, dashboard)) return;
  if (dashboard.department === null) throw notFound('Dashboard', dashboard.slug);
  throw forbidden(`You may not open the ${dashboard.slug} dashboard (${dashboard.department})`, { dashboard: dashboard.slug });
}

/**
 * Of these metrics, the ones a dashboard's dimension filter applies to: those carrying every filtered dimension
 * that the caller may break down (a filter is a breakdown). The others show their whole value. A share link
 * shows its dashboard as shared, unfiltered.
 */
export async function filterableMetrics(ctx: AppContext, keys: readonly string[], filters: readonly { dimension: string }[]): Promise<Set<string>> {
  if (filters.length === 0) return new Set();
  if (principalOf(ctx).kind === 'SHARE_LINK') throw forbidden('A share link shows its dashboard unfiltered');
  const applies = await Promise.all(keys.map(async (key) => {
    if (!(await readsMetric(ctx, key, 'DETAIL'))) return false;
    const names = await ctx.dimensionNames(key);
    return filters.every(({ dimension }) => names.includes(dimension));
  }));
  return new Set(keys.filter((_, i) => applies[i]));
}

/**
 * Whether the caller gets the data a widget of a dashboard shows beyond metrics (the funnel, SLA breaches, a
 * goal): a share link for the widgets of its own dashboard, anyone else by their own grant (`reads`).
 */
export async function readsWidgetData(ctx: AppContext, widget: { dashboardSlug: string }, reads: () => boolean | Promise<boolean>): Promise<boolean> {
  const principal = principalOf(ctx);
  if (principal.kind === 'SHARE_LINK') return principal.dashboard === widget.dashboardSlug;
  return reads();
}

/** Share links of a dashboard are made, listed and revoked by the heads, executives and ADMINs who may open it. */
export function requireDashboardShare(ctx: AppContext, dashboard: DashboardView): void {
  requireDashboard(ctx, dashboard);
  if (!canShareDashboards(principalOf(ctx).grant)) {
    throw forbidden('Only a department head, an executive or an ADMIN shares dashboards', { dashboard: dashboard.slug });
  }
}

/** Lead records are written by whoever edits leads of SALES or MARKETING: executives, those heads, their INGEST keys. */
export function requireRevOpsEdit(ctx: AppContext): void {
  if (!canEditRevOps(principalOf(ctx).grant)) throw forbidden('You may not write SALES or MARKETING lead records');
}

/** The catalog's keys readable at `needed`, for filtering a list in SQL (so a page is not short); null when every metric is. */
export async function readableMetricKeys(ctx: AppContext, needed: 'KPI' | 'DETAIL'): Promise<string[] | null> {
  const principal = principalOf(ctx);
  if (readableDepartments(principal.grant) === null) return null;
  const catalog = await ctx.catalog();
  return catalog.all().map((metric) => metric.key).filter((key) => allowsMetric(accessToMetric(principal, catalog, key), needed));
}
