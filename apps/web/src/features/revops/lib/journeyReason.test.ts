import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/dictionaries';
import { journeyReason, type ReasonEvent } from './journeyReason';

const lead = { segment: 'enterprise' };
const due = (iso: string) => `@${iso}`;

function text(language: 'en' | 'es', event: ReasonEvent): string | null {
  const reason = journeyReason(event, lead, due);
  if (!reason) return null;
  return 'note' in reason ? reason.note : createTranslator(language)(reason.key, reason.vars);
}

const routing = (details: Record<string, unknown>): ReasonEvent => ({ kind: 'QUEUED', actor: 'routing', reason: 'English sentence', details });

describe('journeyReason', () => {
  it.each<[string, ReasonEvent, string, string]>([
    ['no rep covers the region', routing({ to: null, territory: 'ANTARCTICA', candidates: 0 }), 'No sales rep covers region ANTARCTICA', 'Ningún comercial cubre la región ANTARCTICA'],
    ['every covering rep is full', routing({ to: null, territory: 'EMEA', candidates: 3 }), 'Every sales rep covering EMEA is at capacity (3 reps)', 'Todos los comerciales que cubren EMEA están al límite (3 comerciales)'],
    ['one covering rep is full', routing({ to: null, territory: 'EMEA', candidates: 1 }), 'Every sales rep covering EMEA is at capacity (1 rep)', 'Todos los comerciales que cubren EMEA están al límite (1 comercial)'],
    ['routed by territory', { ...routing({ to: 'ana', territory: 'EMEA', specialised: false, openLeads: 4, capacity: 20 }), kind: 'ASSIGNED' }, 'Covers EMEA; 4 of 20 open leads', 'Cubre EMEA; 4 de 20 leads abiertos'],
    ['routed to a specialist', { ...routing({ to: 'ana', territory: 'EMEA', specialised: true, openLeads: 4, capacity: 20 }), kind: 'ASSIGNED' }, 'Covers EMEA, specialised in enterprise; 4 of 20 open leads', 'Cubre EMEA, especialista en enterprise; 4 de 20 leads abiertos'],
    ['scored to MQL', { kind: 'TRANSITIONED', actor: 'scoring', reason: 'x', details: { score: 72, threshold: 60 } }, 'Score 72 reached the MQL threshold 60', 'La puntuación 72 alcanzó el umbral MQL 60'],
    ['a breached deadline', { kind: 'SLA_BREACHED', actor: 'sla', reason: 'New lead processed within 5 minutes: deadline passed', details: { dueAt: '2026-01-01T00:05:00Z' } }, 'The deadline (@2026-01-01T00:05:00Z) passed without the agreed action', 'Venció el plazo (@2026-01-01T00:05:00Z) sin la acción acordada'],
    ['a person’s note', { kind: 'TRANSITIONED', actor: 'ana', reason: '<b>Budget</b> cut', details: {} }, '<b>Budget</b> cut', '<b>Budget</b> cut'],
  ])('%s', (_, event, en, es) => {
    expect(text('en', event)).toBe(en);
    expect(text('es', event)).toBe(es);
  });

  it('names the region and segment by their labels', () => {
    const labels: Record<string, string> = { 'region EMEA': 'Europa', 'segment enterprise': 'Gran empresa' };
    const reason = journeyReason({ ...routing({ to: 'ana', territory: 'EMEA', specialised: true, openLeads: 1, capacity: 9 }), kind: 'ASSIGNED' }, lead, due, (d, v) => labels[`${d} ${v}`] ?? v);
    expect(reason).toEqual({ key: 'journey.reason.routedSpecialised', vars: { territory: 'Europa', segment: 'Gran empresa', open: 1, capacity: 9 } });
  });

  it('says nothing when nobody gave a reason', () => {
    expect(text('en', { kind: 'ASSIGNED', actor: 'ana', reason: null, details: { manual: true } })).toBeNull();
  });

  it('keeps the stored sentence of an older scoring event without details', () => {
    expect(text('es', { kind: 'TRANSITIONED', actor: 'scoring', reason: 'Score 72 reached the MQL threshold 60', details: {} })).toBe('Score 72 reached the MQL threshold 60');
  });
});
