import { canReadDepartment, canReadRevOps, REVOPS_DEPARTMENTS, type Grant } from './access';
import type { Department } from './types';

/**
 * The seed 004 workflows besides lead management, as pure tables: each workflow's states, the moves its
 * lifecycle allows, the department that owns its records, and the state a record opens in.
 */
export const WORKFLOWS = ['ONBOARDING', 'TICKET', 'RENEWAL'] as const;
export type Workflow = (typeof WORKFLOWS)[number];

export interface Lifecycle {
  /** The department whose people read and change the records. */
  department: Department;
  /** The state a new record opens in. */
  initial: string;
  /** State → the states it may move to; a state with none is closed. */
  next: Readonly<Record<string, readonly string[]>>;
}

export const LIFECYCLES: Readonly<Record<Workflow, Lifecycle>> = {
  // Contract signed → account live (seed 004: customer onboarding).
  ONBOARDING: {
    department: 'CUSTOMER_SUCCESS',
    initial: 'CONTRACT_SIGNED',
    next: {
      CONTRACT_SIGNED: ['ACCOUNT_LIVE', 'CANCELLED'],
      ACCOUNT_LIVE: [],
      CANCELLED: [],
    },
  },
  // New ticket → categorised → assigned → answered → resolved (seed 004: support tickets). A resolved ticket can be reopened.
  TICKET: {
    department: 'CUSTOMER_SUCCESS',
    initial: 'NEW',
    next: {
      NEW: ['CATEGORISED'],
      CATEGORISED: ['ASSIGNED'],
      ASSIGNED: ['ANSWERED'],
      ANSWERED: ['RESOLVED', 'ASSIGNED'],
      RESOLVED: [],
    },
  },
  // Opened 90 days before the renewal date → health check → expansion review → decision (seed 004: renewal management).
  RENEWAL: {
    department: 'CUSTOMER_SUCCESS',
    initial: 'OPENED',
    next: {
      OPENED: ['HEALTH_CHECKED'],
      HEALTH_CHECKED: ['EXPANSION_REVIEWED'],
      EXPANSION_REVIEWED: ['RENEWED', 'CHURNED'],
      RENEWED: [],
      CHURNED: [],
    },
  },
};

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Days before the renewal date that a renewal record opens. */
export const RENEWAL_LEAD_DAYS = 90;

export function isWorkflow(value: string): value is Workflow {
  return (WORKFLOWS as readonly string[]).includes(value);
}

export function workflowStates(workflow: Workflow): readonly string[] {
  return Object.keys(LIFECYCLES[workflow].next);
}

export function isClosedState(workflow: Workflow, state: string): boolean {
  return (LIFECYCLES[workflow].next[state] ?? []).length === 0;
}

/** Why a record of `workflow` in `from` cannot move to `to`, naming both states, or null when the move is allowed. */
export function workflowTransitionProblem(workflow: Workflow, from: string, to: string): string | null {
  const next = LIFECYCLES[workflow].next;
  if (!(to in next)) return `${workflow} has no state ${to}; its states are ${Object.keys(next).join(', ')}`;
  const allowed = next[from] ?? [];
  if (allowed.includes(to)) return null;
  if (allowed.length === 0) return `A ${workflow} record in ${from} is closed and cannot move to ${to}`;
  return `A ${workflow} record in ${from} cannot move to ${to}; from ${from} it can only move to ${allowed.join(' or ')}`;
}

/** Every workflow with SLA deadlines: lead management (the leads' own records) and the seed 004 workflows above. */
export const SLA_WORKFLOWS = ['LEAD', ...WORKFLOWS] as const;
export type SlaWorkflow = (typeof SLA_WORKFLOWS)[number];

/** Each workflow's SLA attainment KPI: the share of its deadlines met, what the workflows scorecard shows. */
export const WORKFLOW_ATTAINMENT_METRICS: Readonly<Record<SlaWorkflow, string>> = {
  LEAD: 'marketing.sla_attainment',
  ONBOARDING: 'cs.onboarding_sla_attainment',
  TICKET: 'cs.ticket_sla_attainment',
  RENEWAL: 'cs.renewal_sla_attainment',
};

export function isSlaWorkflow(value: string): value is SlaWorkflow {
  return (SLA_WORKFLOWS as readonly string[]).includes(value);
}

/** The departments whose people read a workflow's records (leads: SALES or MARKETING). */
export function slaWorkflowDepartments(workflow: SlaWorkflow): readonly Department[] {
  return workflow === 'LEAD' ? REVOPS_DEPARTMENTS : [LIFECYCLES[workflow].department];
}

/** Whether the grant reads a workflow's records, its breaches and its SLA timers. */
export function canReadSlaWorkflow(grant: Grant, workflow: SlaWorkflow): boolean {
  return workflow === 'LEAD' ? canReadRevOps(grant) : canReadDepartment(grant, LIFECYCLES[workflow].department);
}
