import type { LeadStatus } from './lead-lifecycle';
import { HOUR_MS } from './rollup-plan';

export const LEAD_EVENT_KINDS = ['CREATED', 'ASSIGNED', 'QUEUED', 'CONTACTED', 'TRANSITIONED', 'SLA_MET', 'SLA_BREACHED'] as const;
export type LeadEventKind = (typeof LEAD_EVENT_KINDS)[number];

export const CONTACT_KINDS = ['CALL', 'EMAIL', 'MEETING', 'DEMO'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The lead's dimensions at the moment of an event: what the metrics it feeds are broken down by. */
export interface LeadDimensions {
  channel: string;
  campaign: string | null;
  region: string;
  segment: string;
  repKey: string | null;
}

/** An event's dimensions as observation dimensions: absent campaign or rep are left out, not blank. */
export function observationDimensions(dims: LeadDimensions): Record<string, string> {
  const out: Record<string, string> = { channel: dims.channel, region: dims.region, segment: dims.segment };
  if (dims.campaign) out.campaign = dims.campaign;
  if (dims.repKey) out.rep = dims.repKey;
  return out;
}

/** What an event contributes to the funnel metrics depends on these facts about it. */
export interface FactSource {
  kind: LeadEventKind;
  toStatus?: LeadStatus | null;
  contactKind?: ContactKind | null;
  /** The lead's first contact. */
  firstContact?: boolean;
  /** Hours since the lead was created. */
  leadAgeHours: number;
  /** Hours since the opportunity was opened (closing transitions). */
  opportunityAgeHours?: number | null;
  /** The opportunity's amount (opening and winning transitions). */
  amount?: number | null;
  /** Demos held before the lead became an opportunity. */
  demosBefore?: number;
}

const HOURS_PER_DAY = 24;

/**
 * The contribution of one event to each metric computed from lead records (metric key → value). Stored on
 * the event, so a bucket's observation is the plain sum of its events' facts and never needs other rows.
 */
export function eventFacts(e: FactSource): Record<string, number> {
  switch (e.kind) {
    case 'CREATED':
      return { 'marketing.leads': 1 };
    case 'CONTACTED': {
      const facts: Record<string, number> = {};
      if (e.firstContact) Object.assign(facts, { 'sales.responses': 1, 'sales.response_hours_total': e.leadAgeHours });
      if (e.contactKind === 'DEMO') facts['sales.demos'] = 1;
      return facts;
    }
    case 'SLA_MET':
      return { 'marketing.sla_resolved': 1 };
    case 'SLA_BREACHED':
      return { 'marketing.sla_resolved': 1, 'marketing.sla_breaches': 1 };
    case 'TRANSITIONED':
      return transitionFacts(e);
    default:
      return {};
  }
}

function transitionFacts(e: FactSource): Record<string, number> {
  switch (e.toStatus) {
    case 'MQL':
      return { 'marketing.mql': 1 };
    case 'SQL':
      return { 'marketing.sql': 1 };
    case 'OPPORTUNITY': {
      const facts: Record<string, number> = { 'marketing.pipeline_generated': e.amount ?? 0 };
      if (e.demosBefore) facts['sales.demos_converted'] = e.demosBefore;
      return facts;
    }
    case 'WON':
      return {
        'sales.new_customers': 1,
        'sales.deals_won': 1,
        'sales.deals_closed': 1,
        'sales.conversion_days_total': e.leadAgeHours / HOURS_PER_DAY,
        'sales.cycle_days_total': (e.opportunityAgeHours ?? 0) / HOURS_PER_DAY,
        'marketing.lead_revenue': e.amount ?? 0,
      };
    case 'LOST':
      return { 'sales.deals_closed': 1 };
    default:
      return {};
  }
}

/** Every metric an event can feed: exactly the catalog's metrics with source RECORDS. */
export const LEAD_FACT_METRICS = [
  'marketing.leads', 'marketing.mql', 'marketing.sql', 'marketing.pipeline_generated', 'marketing.lead_revenue',
  'marketing.sla_resolved', 'marketing.sla_breaches', 'sales.new_customers', 'sales.conversion_days_total',
  'sales.responses', 'sales.response_hours_total', 'sales.demos', 'sales.demos_converted', 'sales.deals_closed',
  'sales.deals_won', 'sales.cycle_days_total',
] as const;

/** A lead's dimensions now, with its current owner. */
export function leadDimensions(lead: { channel: string; campaign: string | null; region: string; segment: string; ownerKey: string | null }): LeadDimensions {
  return { channel: lead.channel, campaign: lead.campaign, region: lead.region, segment: lead.segment, repKey: lead.ownerKey };
}


export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}
