import { DEPARTMENTS, type Department } from './types';

/** What a signed-in person is; integrator keys have scopes instead of a role. */
export const ROLES = ['ADMIN', 'EXECUTIVE', 'DEPARTMENT_HEAD', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const API_KEY_SCOPES = ['READ', 'INGEST'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Things a department owns and its head may change. */
export const EDIT_ACTIONS = ['TARGET', 'GOAL', 'ALERT_RULE', 'ALERT', 'ANNOTATION', 'DIGEST', 'LEAD', 'DASHBOARD', 'WORKFLOW_RECORD'] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

/**
 * How much of a metric a principal sees: DETAIL is everything (breakdowns, records, exports, alerts);
 * KPI is the headline number and its trend, which department heads get for the company-level KPIs.
 */
export type MetricAccess = 'NONE' | 'KPI' | 'DETAIL';

/** Leads, their funnel and SLAs are the RevOps data of these departments. */
export const REVOPS_DEPARTMENTS: readonly Department[] = ['SALES', 'MARKETING'];

/** Everything the rules need to know about who is asking. */
export interface Grant {
  /** Null for an integrator key. */
  role: Role | null;
  /** The departments it is bound to; null for every department. */
  departments: readonly Department[] | null;
  scopes: readonly ApiKeyScope[];
}

export class AccessRuleError extends Error {}

/** A user's grant: executives and admins see every department; heads and viewers are bound to one or more (a head of sales and marketing). */
export function userGrant(role: Role, departments: readonly Department[]): Grant {
  if (role === 'ADMIN' || role === 'EXECUTIVE') return { role, departments: null, scopes: role === 'ADMIN' ? ['READ', 'INGEST'] : ['READ'] };
  if (role === 'DEPARTMENT_HEAD' && departments.length === 0) throw new AccessRuleError('a department head is bound to at least one department');
  if (role === 'VIEWER' && departments.length === 0) throw new AccessRuleError('a viewer is bound to at least one department');
  return { role, departments: [...new Set(departments)], scopes: ['READ'] };
}

export function keyGrant(scopes: readonly ApiKeyScope[], department: Department | null): Grant {
  if (scopes.length === 0) throw new AccessRuleError('an API key needs at least one scope');
  return { role: null, departments: department ? [department] : null, scopes: [...new Set(scopes)] };
}

function bound(grant: Grant, department: Department): boolean {
  return grant.departments === null || grant.departments.includes(department);
}

/** Reads every record of the department. */
export function canReadDepartment(grant: Grant, department: Department): boolean {
  return grant.scopes.includes('READ') && bound(grant, department);
}

/**
 * Something a department owns (a metric, a dashboard) that it may share with further departments, as seed 003's
 * funnel is MARKETING's and shared with SALES. Sharing is symmetric for reading and for the shared objectives:
 * heads and viewers of a sharing department read it as their own, and the head of any sharing department edits
 * what hangs on it (a metric's targets, goals, alert rules, alerts; a dashboard's widgets). Only who edits the
 * owning department changes whom a dashboard is shared with (the catalog, metrics' sharing included, is ADMIN's).
 */
export interface Owned {
  department: Department;
  /** Departments it is shared with besides its owner; absent or empty: its owner's alone. */
  sharedWith?: readonly Department[];
}

/** The owning department first, then those it is shared with. */
export function departmentsOf(owned: Owned): Department[] {
  return [...new Set([owned.department, ...(owned.sharedWith ?? [])])];
}

/**
 * What is wrong with a sharing list, each problem naming its field (`sharedWith[1]`): unknown or repeated departments,
 * the owner itself, or any department for a personal dashboard (`owner` null), which one person owns. `owner`
 * undefined: not known yet (a dashboard document, whose importer picks the owner).
 */
export function sharingProblems(owner: Department | null | undefined, sharedWith: readonly string[]): Array<{ field: string; reason: string }> {
  if (owner === null) return sharedWith.length ? [{ field: 'sharedWith', reason: 'must be empty: a personal dashboard is not shared with departments' }] : [];
  const seen = new Set<string>();
  return sharedWith.flatMap((department, i) => {
    const field = `sharedWith[${i}]`;
    const reason = !(DEPARTMENTS as readonly string[]).includes(department) ? `must be one of ${DEPARTMENTS.join(', ')}`
      : department === owner ? `is the owning department ${owner}`
        : seen.has(department) ? `repeats ${department}` : null;
    seen.add(department);
    return reason ? [{ field, reason }] : [];
  });
}

/** Reads it as its own: the grant reads the owning department or one it is shared with. */
export function canReadOwned(grant: Grant, owned: Owned): boolean {
  return departmentsOf(owned).some((department) => canReadDepartment(grant, department));
}

/** Changes what hangs on it: the grant edits the owning department or one it is shared with (shared objectives). */
export function canEditOwned(grant: Grant, owned: Owned, action: EditAction): boolean {
  return departmentsOf(owned).some((department) => canEdit(grant, department, action));
}

/** `companyLevel`: the metric is one of the executive KPIs every department head follows; `sharedWith`: see Owned. */
export function metricAccess(grant: Grant, metric: Owned & { companyLevel: boolean }): MetricAccess {
  if (canReadOwned(grant, metric)) return 'DETAIL';
  if (metric.companyLevel && grant.scopes.includes('READ') && (grant.role === 'DEPARTMENT_HEAD' || bound(grant, 'EXECUTIVE'))) return 'KPI';
  return 'NONE';
}

export function allowsMetric(access: MetricAccess, needed: Exclude<MetricAccess, 'NONE'>): boolean {
  return access === 'DETAIL' || (access === 'KPI' && needed === 'KPI');
}

/** Pushes observations (and lead records) of the department. */
export function canIngest(grant: Grant, department: Department): boolean {
  return grant.scopes.includes('INGEST') && bound(grant, department);
}

/** Changes what a department owns: executives everywhere, heads in their own department, admins anything. */
export function canEdit(grant: Grant, department: Department, action: EditAction): boolean {
  switch (grant.role) {
    case 'ADMIN':
    case 'EXECUTIVE':
      return true;
    case 'DEPARTMENT_HEAD':
      return bound(grant, department);
    default:
      // Integrator keys push leads and workflow records like any other record; they edit nothing else.
      return (action === 'LEAD' || action === 'WORKFLOW_RECORD') && canIngest(grant, department);
  }
}

/**
 * Changes something a person wrote (an annotation): its author only, so nobody rewrites a colleague's words under
 * their name; an ADMIN moderates. The right to edit the departments it touches is checked besides.
 */
export function canChangeAuthored(grant: Grant, authored: boolean): boolean {
  return authored || grant.role === 'ADMIN';
}

/** Makes and revokes read-only share links of the dashboards the grant opens: people who lead, not viewers or keys. */
export function canShareDashboards(grant: Grant): boolean {
  return grant.role === 'ADMIN' || grant.role === 'EXECUTIVE' || grant.role === 'DEPARTMENT_HEAD';
}

/** Who owns a dashboard: a department (and those it is shared with), or (personal) one user. */
export interface DashboardOwnership {
  department: Department | null;
  sharedWith?: readonly Department[];
  ownerUserId: string | null;
}

/**
 * Changes a dashboard: a department's as any department-owned thing (ADMIN and EXECUTIVE all, a head their own
 * departments'), a shared one also by the heads of the departments it is shared with (Owned); a personal one only
 * its owner, a signed-in user (an API key has no person to own one).
 */
export function canEditDashboard(grant: Grant, principal: { kind: string; id: string }, owner: DashboardOwnership): boolean {
  if (owner.department) return canEditOwned(grant, { department: owner.department, sharedWith: owner.sharedWith }, 'DASHBOARD');
  return principal.kind === 'USER' && owner.ownerUserId === principal.id;
}

/** Changes whom a department's dashboard is shared with: who edits the owning department's dashboards, not a sharing head. */
export function canShareWithDepartments(grant: Grant, owner: DashboardOwnership): boolean {
  return owner.department !== null && canEdit(grant, owner.department, 'DASHBOARD');
}

/**
 * Creates and changes the company's operating plan (optimisation initiatives): the executives who own it and ADMIN.
 * Heads only read their departments' initiatives (canReadDepartment), since an investment moves company money.
 */
export function canEditPlan(grant: Grant): boolean {
  return grant.role === 'ADMIN' || grant.role === 'EXECUTIVE';
}

/** Users, keys, the catalog and outgoing integrations. */
export function canAdminister(grant: Grant): boolean {
  return grant.role === 'ADMIN';
}

export function canReadRevOps(grant: Grant): boolean {
  return REVOPS_DEPARTMENTS.some((department) => canReadDepartment(grant, department));
}

export function canEditRevOps(grant: Grant): boolean {
  return REVOPS_DEPARTMENTS.some((department) => canEdit(grant, department, 'LEAD'));
}

/** Departments whose records the grant reads; null for all. */
export function readableDepartments(grant: Grant): readonly Department[] | null {
  if (!grant.scopes.includes('READ')) return [];
  return grant.departments;
}
