import { createPubSub } from '@graphql-yoga/subscription';
import type { LeadEventKind } from './lead-facts';

export interface LeadChanged {
  leadId: string;
  kinds: LeadEventKind[];
}

export interface SlaBreached {
  clockId: string;
  leadId: string;
}

export type LeadChannels = { leadChanged: [LeadChanged]; slaBreached: [SlaBreached] };

/**
 * Lead changes and SLA breaches for this instance's subscribers, published after commit. They stay in the
 * process: the metrics they move reach other instances through the event bus as `observationsRecorded`.
 */
export function createLeadEvents() {
  return createPubSub<LeadChannels>();
}

export type LeadEvents = ReturnType<typeof createLeadEvents>;
