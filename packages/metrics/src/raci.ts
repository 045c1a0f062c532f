import type { Department } from './types';

/**
 * RACI on the processes of the operating plan (seeds 000 and 004): the four automated workflows and seed 000's
 * campaign workflow (request → validation → prioritisation → build → QA → execution → reporting). Each step has one
 * Responsible and one Accountable user, and any number Consulted and Informed. A process's accountable owner is the
 * user accountable for most of its steps (the earliest such step wins a tie): whom its alerts and reviews go to.
 */

export const RACI_PROCESSES = ['LEAD_MANAGEMENT', 'ONBOARDING', 'TICKET', 'RENEWAL', 'CAMPAIGN'] as const;
export type RaciProcess = (typeof RACI_PROCESSES)[number];

export interface RaciProcessDefinition {
  process: RaciProcess;
  /** Who reads its matrix: the heads, viewers and keys of these departments (and executives, ADMIN). */
  departments: readonly Department[];
  /** Step keys in order. */
  steps: readonly string[];
  /** The catalog metrics that measure the process: an alert on one of them goes to the process's accountable owner. */
  metricKeys: readonly string[];
}

export const RACI_DEFINITIONS: readonly RaciProcessDefinition[] = [
  {
    process: 'LEAD_MANAGEMENT', departments: ['MARKETING', 'SALES'], steps: ['welcome_email', 'assign_rep', 'schedule_demo'],
    metricKeys: ['marketing.sla_attainment', 'marketing.sla_breaches', 'marketing.sla_resolved', 'sales.lead_response_time'],
  },
  {
    process: 'ONBOARDING', departments: ['CUSTOMER_SUCCESS'], steps: ['account_setup', 'training', 'success_plan'],
    metricKeys: ['cs.onboarding_time', 'cs.onboarding_sla_attainment', 'cs.onboardings_live', 'cs.onboarding_hours_total', 'cs.onboarding_sla_resolved', 'cs.onboarding_sla_breaches'],
  },
  {
    process: 'TICKET', departments: ['CUSTOMER_SUCCESS'], steps: ['categorisation', 'assignment', 'sla_tracking'],
    metricKeys: [
      'cs.ticket_first_response_time', 'cs.ticket_resolution_time', 'cs.ticket_sla_attainment', 'cs.tickets_answered', 'cs.ticket_response_hours_total',
      'cs.tickets_resolved', 'cs.ticket_resolution_hours_total', 'cs.ticket_sla_resolved', 'cs.ticket_sla_breaches',
    ],
  },
  {
    process: 'RENEWAL', departments: ['CUSTOMER_SUCCESS'], steps: ['health_check', 'expansion_opportunity', 'renewal'],
    metricKeys: ['cs.renewal_rate', 'cs.renewal_sla_attainment', 'cs.renewals_decided', 'cs.renewals_renewed', 'cs.renewal_expansion', 'cs.renewal_sla_resolved', 'cs.renewal_sla_breaches'],
  },
  {
    process: 'CAMPAIGN', departments: ['MARKETING'], steps: ['request', 'validation', 'prioritisation', 'build', 'qa', 'execution', 'reporting'],
    metricKeys: ['marketing.spend', 'marketing.cost_per_lead', 'marketing.pipeline_generated'],
  },
];

/** The process a metric measures, or null. */
export function raciProcessOfMetric(metricKey: string): RaciProcess | null {
  return RACI_DEFINITIONS.find((definition) => definition.metricKeys.includes(metricKey))?.process ?? null;
}

/**
 * The accountable owner of a process from its steps in order: the user accountable for most steps, the earliest
 * such step breaking a tie; null when no step has one.
 */
export function accountableOwner(steps: ReadonlyArray<{ accountableUserId: string | null }>): string | null {
  const counts = new Map<string, number>();
  for (const { accountableUserId } of steps) if (accountableUserId) counts.set(accountableUserId, (counts.get(accountableUserId) ?? 0) + 1);
  let best: string | null = null;
  // Map iteration follows first appearance, so on a tie the earliest step's user stays.
  for (const [user, count] of counts) if (best === null || count > counts.get(best)!) best = user;
  return best;
}
