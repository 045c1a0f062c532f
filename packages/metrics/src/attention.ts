import type { PacingStatus } from './pacing';
import type { KpiStatus } from './types';

export const ATTENTION_REASONS = ['OFF_TRACK', 'AT_RISK', 'BEHIND_PACE'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Why a KPI needs attention, worst first: off or at risk of missing its target, behind its goal's pace. [] when it does not. */
export function attentionReasons(status: KpiStatus | null, pacing: PacingStatus | null): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (status === 'OFF_TRACK' || status === 'AT_RISK') reasons.push(status);
  if (pacing === 'BEHIND') reasons.push('BEHIND_PACE');
  return reasons;
}

export interface FlaggedWindow {
  /** When the window ends: the KPI was judged over the days up to here. */
  end: Date;
  flagged: boolean;
}

export interface FlaggedSince {
  /** The end of the first window of the run that reaches the newest one. */
  since: Date;
  /** The run reaches back past the oldest window looked at: it began on `since` or earlier. */
  beyondHistory: boolean;
}

/**
 * How long a KPI has needed attention, from its windows oldest first (the newest is the current one): the start of
 * the unbroken run of flagged windows that ends with the newest. null when the newest is not flagged.
 */
export function flaggedSince(windows: readonly FlaggedWindow[]): FlaggedSince | null {
  let first = windows.length;
  while (first > 0 && windows[first - 1].flagged) first -= 1;
  if (first === windows.length) return null;
  return { since: windows[first].end, beyondHistory: first === 0 };
}

export interface AttentionCandidate {
  key: string;
  reasons: readonly AttentionReason[];
  /** Share of the target reached (1 = on target); null without a target or a value. */
  attainment: number | null;
  since: Date | null;
}

const SEVERITY: Record<AttentionReason, number> = { OFF_TRACK: 0, AT_RISK: 1, BEHIND_PACE: 2 };
const worst = (reasons: readonly AttentionReason[]) => Math.min(...reasons.map((reason) => SEVERITY[reason]));
/** Missing values sort after present ones. */
const nullsLast = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

/**
 * Worst first: the worst reason (off track, at risk, behind pace), then more reasons at once, then the furthest
 * from target, then the longest flagged; the key breaks ties so the order is stable.
 */
export function compareAttention(a: AttentionCandidate, b: AttentionCandidate): number {
  return (
    worst(a.reasons) - worst(b.reasons) ||
    b.reasons.length - a.reasons.length ||
    nullsLast(a.attainment, b.attainment) ||
    nullsLast(a.since?.getTime() ?? null, b.since?.getTime() ?? null) ||
    a.key.localeCompare(b.key)
  );
}
