import type { MessageKey, MessageVars } from '../../../shared/i18n';

export interface ReasonEvent {
  kind: string;
  actor: string;
  reason?: string | null;
  details: Record<string, unknown>;
}

export type JourneyReason = { key: MessageKey; vars: MessageVars } | { note: string } | null;

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Why an event happened, in the reader's language. The system's own reasons (routing, scoring, SLA deadlines)
 * are rebuilt from the event's structured details, since the stored `reason` is an English sentence for the API;
 * what a person wrote (a close reason, a contact note) is theirs and is shown as written. Regions and segments read
 * by their labels (`label`).
 */
export function journeyReason(
  event: ReasonEvent, lead: { segment: string }, dueAt: (iso: string) => string, label: (dimension: string, value: string) => string = (_, value) => value,
): JourneyReason {
  const { details } = event;
  if (event.actor === 'routing' && typeof details.territory === 'string') {
    const territory = label('region', details.territory);
    if (typeof details.to === 'string') {
      const vars = { territory, segment: label('segment', lead.segment), open: count(details.openLeads) ?? 0, capacity: count(details.capacity) ?? 0 };
      return { key: details.specialised === true ? 'journey.reason.routedSpecialised' : 'journey.reason.routed', vars };
    }
    const candidates = count(details.candidates) ?? 0;
    return candidates === 0 ? { key: 'journey.reason.noCoverage', vars: { territory } } : { key: 'journey.reason.atCapacity', vars: { territory, count: candidates } };
  }
  if (event.actor === 'scoring' && count(details.score) !== null && count(details.threshold) !== null) {
    return { key: 'journey.reason.scored', vars: { score: count(details.score)!, threshold: count(details.threshold)! } };
  }
  if (event.kind === 'SLA_BREACHED' && typeof details.dueAt === 'string') {
    return { key: 'journey.reason.deadlinePassed', vars: { due: dueAt(details.dueAt) } };
  }
  return event.reason ? { note: event.reason } : null;
}
