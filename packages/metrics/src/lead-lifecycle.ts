/** The lead lifecycle shared by marketing and sales (seed 003: new → qualified → in contact → opportunity → won / lost). */
export const LEAD_STATUSES = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON', 'LOST', 'DISQUALIFIED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const OPEN_STATUSES: readonly LeadStatus[] = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY'];

/** The forward path the funnel counts, stage by stage. */
export const FUNNEL_PATH: readonly LeadStatus[] = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON'];

const NEXT: Record<LeadStatus, readonly LeadStatus[]> = {
  NEW: ['MQL', 'DISQUALIFIED'],
  MQL: ['SQL', 'DISQUALIFIED'],
  SQL: ['OPPORTUNITY', 'DISQUALIFIED'],
  OPPORTUNITY: ['WON', 'LOST', 'DISQUALIFIED'],
  WON: [],
  LOST: [],
  DISQUALIFIED: [],
};

export function isOpen(status: LeadStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Why a lead in `from` cannot move to `to`, naming both states, or null when the move is allowed. */
export function transitionProblem(from: LeadStatus, to: LeadStatus): string | null {
  const allowed = NEXT[from];
  if (allowed.includes(to)) return null;
  if (allowed.length === 0) return `A lead in ${from} is closed and cannot move to ${to}`;
  return `A lead in ${from} cannot move to ${to}; from ${from} it can only move to ${allowed.join(' or ')}`;
}
