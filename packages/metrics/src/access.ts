import type { Department } from './types';

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

/** `companyLevel`: the metric is one of the executive KPIs every department head follows. */
export function metricAccess(grant: Grant, metric: { department: Department; companyLevel: boolean }): MetricAccess {
  if (canReadDepartment(grant, metric.department)) return 'DETAIL';
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

/**
 * Changes a dashboard: a department's as any department-owned thing (ADMIN and EXECUTIVE all, a head their own
 * departments'); a personal one only its owner, a signed-in user (an API key has no person to own one).
 */
export function canEditDashboard(grant: Grant, principal: { kind: string; id: string }, owner: { department: Department | null; ownerUserId: string | null }): boolean {
  if (owner.department) return canEdit(grant, owner.department, 'DASHBOARD');
  return principal.kind === 'USER' && owner.ownerUserId === principal.id;
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
