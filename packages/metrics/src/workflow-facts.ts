import type { Workflow } from './workflow-lifecycle';

export const WORKFLOW_EVENT_KINDS = ['CREATED', 'TRANSITIONED', 'SLA_MET', 'SLA_BREACHED'] as const;
export type WorkflowEventKind = (typeof WORKFLOW_EVENT_KINDS)[number];

/** What a workflow record's metrics are broken down by: absent values are left out, not blank. */
export interface WorkflowDimensions {
  segment: string | null;
  priority: string | null;
  category: string | null;
}

export function workflowObservationDimensions(dims: WorkflowDimensions): Record<string, string> {
  const out: Record<string, string> = {};
  if (dims.segment) out.segment = dims.segment;
  if (dims.priority) out.priority = dims.priority;
  if (dims.category) out.category = dims.category;
  return out;
}

export interface WorkflowFactSource {
  workflow: Workflow;
  kind: WorkflowEventKind;
  toState?: string | null;
  /** Hours since the record opened. */
  ageHours: number;
  /** The record reaches this state for the first time (a reopened ticket answered again is not a first response). */
  firstTime?: boolean;
  /** RENEWED: the expansion found at renewal, in the organisation's currency. */
  amount?: number | null;
}

/** Per workflow: the counters of its SLA deadlines (resolved = met or breached), whose ratio is its attainment. */
const SLA_FACTS: Readonly<Record<Workflow, { resolved: string; breaches: string }>> = {
  ONBOARDING: { resolved: 'cs.onboarding_sla_resolved', breaches: 'cs.onboarding_sla_breaches' },
  TICKET: { resolved: 'cs.ticket_sla_resolved', breaches: 'cs.ticket_sla_breaches' },
  RENEWAL: { resolved: 'cs.renewal_sla_resolved', breaches: 'cs.renewal_sla_breaches' },
};

/**
 * Per duration: the percentile metrics (P50, P90) that take one observation per case, its duration in hours. The
 * event writes the same hours to each: a percentile needs every case's own value, not the bucket sums the totals keep.
 * An observation sits at its event's millisecond and dimension set, so two cases of the same segment, priority and
 * category reaching the state in the same millisecond would share one (their hours added): not seen in practice,
 * where moves are dated by people and systems, but the limit of this layout.
 */
const DURATION_SAMPLES = {
  onboarding: ['cs.onboarding_time_median', 'cs.onboarding_time_p90'],
  response: ['cs.ticket_first_response_median', 'cs.ticket_first_response_p90'],
  resolution: ['cs.ticket_resolution_median', 'cs.ticket_resolution_p90'],
} as const;

const samples = (keys: readonly string[], hours: number) => Object.fromEntries(keys.map((key) => [key, hours]));

/**
 * The contribution of one workflow event to each metric computed from workflow records (metric key → value).
 * Stored on the event, so a bucket's observation is the plain sum of its events' facts, as for leads.
 */
export function workflowEventFacts(e: WorkflowFactSource): Record<string, number> {
  const sla = SLA_FACTS[e.workflow];
  if (e.kind === 'SLA_MET') return { [sla.resolved]: 1 };
  if (e.kind === 'SLA_BREACHED') return { [sla.resolved]: 1, [sla.breaches]: 1 };
  if (e.kind !== 'TRANSITIONED') return {};
  switch (`${e.workflow}:${e.toState}`) {
    case 'ONBOARDING:ACCOUNT_LIVE':
      return { 'cs.onboardings_live': 1, 'cs.onboarding_hours_total': e.ageHours, ...samples(DURATION_SAMPLES.onboarding, e.ageHours) };
    case 'TICKET:ANSWERED':
      return e.firstTime ? { 'cs.tickets_answered': 1, 'cs.ticket_response_hours_total': e.ageHours, ...samples(DURATION_SAMPLES.response, e.ageHours) } : {};
    case 'TICKET:RESOLVED':
      return { 'cs.tickets_resolved': 1, 'cs.ticket_resolution_hours_total': e.ageHours, ...samples(DURATION_SAMPLES.resolution, e.ageHours) };
    case 'RENEWAL:RENEWED':
      return { 'cs.renewals_decided': 1, 'cs.renewals_renewed': 1, 'cs.renewal_expansion': e.amount ?? 0 };
    case 'RENEWAL:CHURNED':
      return { 'cs.renewals_decided': 1 };
    default:
      return {};
  }
}

/** Every metric a workflow event can feed: exactly the catalog's RECORDS metrics that are not the leads'. */
export const WORKFLOW_FACT_METRICS = [
  'cs.onboardings_live', 'cs.onboarding_hours_total', 'cs.onboarding_sla_resolved', 'cs.onboarding_sla_breaches',
  'cs.tickets_answered', 'cs.ticket_response_hours_total', 'cs.tickets_resolved', 'cs.ticket_resolution_hours_total',
  'cs.ticket_sla_resolved', 'cs.ticket_sla_breaches',
  'cs.renewals_decided', 'cs.renewals_renewed', 'cs.renewal_expansion', 'cs.renewal_sla_resolved', 'cs.renewal_sla_breaches',
  ...DURATION_SAMPLES.onboarding, ...DURATION_SAMPLES.response, ...DURATION_SAMPLES.resolution,
] as const;
