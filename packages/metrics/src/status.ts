import type { Direction, KpiStatus, TargetDefinition } from './types';

/** Relative miss (10 % of the target) still reported as AT_RISK rather than OFF_TRACK. */
export const DEFAULT_TOLERANCE = 0.1;

const KIND_PRIORITY = { PLAN: 0, LONG_TERM: 1 } as const;

/**
 * The target in force at `at`: effectiveFrom ≤ at < effectiveTo (or open-ended). When several apply the most
 * recent effectiveFrom wins, and on a tie the PLAN target is preferred over the LONG_TERM one.
 */
export function targetInForce<T extends TargetDefinition>(targets: readonly T[], at: Date): T | null {
  const time = at.getTime();
  let best: T | null = null;
  for (const target of targets) {
    const from = target.effectiveFrom.getTime();
    if (from > time || (target.effectiveTo && target.effectiveTo.getTime() <= time)) continue;
    if (
      !best ||
      from > best.effectiveFrom.getTime() ||
      (from === best.effectiveFrom.getTime() && KIND_PRIORITY[target.kind] < KIND_PRIORITY[best.kind])
    ) {
      best = target;
    }
  }
  return best;
}

/**
 * How far the value is towards the target, 1 meaning exactly on target. HIGHER_IS_BETTER: value/target;
 * LOWER_IS_BETTER: target/value. null when the ratio would be meaningless: a target ≤ 0, or for
 * LOWER_IS_BETTER a value ≤ 0.
 */
export function attainment(value: number, target: number, direction: Direction): number | null {
  if (target <= 0) return null;
  if (direction === 'HIGHER_IS_BETTER') return value / target;
  return value <= 0 ? null : target / value;
}

// Tolerance bands are computed in binary floating point; without slack 0.18 vs 0.2 ± 10 % would miss the band.
const BAND_EPSILON = 1e-9;

/**
 * ON_TRACK when the value meets the target (HIGHER_IS_BETTER: value ≥ target; LOWER_IS_BETTER: value ≤ target),
 * AT_RISK when it misses by at most tolerance × |target|, otherwise OFF_TRACK. Both boundaries are inclusive:
 * exactly on the target is ON_TRACK, exactly at the edge of the band is AT_RISK.
 * NO_DATA when there is no value; null when there is a value but no target, because a KPI without a target
 * gets no status judgement.
 */
export function evaluateStatus(
  value: number | null,
  target: number | null,
  direction: Direction,
  tolerance: number = DEFAULT_TOLERANCE,
): KpiStatus | null {
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  if (value === null) return 'NO_DATA';
  if (target === null) return null;
  const meets = direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target;
  if (meets) return 'ON_TRACK';
  const band = tolerance * Math.abs(target);
  return Math.abs(value - target) <= band + BAND_EPSILON * Math.abs(target) ? 'AT_RISK' : 'OFF_TRACK';
}

export function computeChange(
  current: number | null,
  previous: number | null,
): { change: number | null; changeRatio: number | null } {
  if (current === null || previous === null) return { change: null, changeRatio: null };
  const change = current - previous;
  // Dividing by |previous| keeps the sign of the change when the previous value was negative.
  return { change, changeRatio: previous === 0 ? null : change / Math.abs(previous) };
}

/** Whether a change is good news given the metric's direction: churn going down is GOOD. */
export function changeSentiment(change: number | null, direction: Direction): 'GOOD' | 'BAD' | 'NEUTRAL' {
  if (change === null || change === 0 || Number.isNaN(change)) return 'NEUTRAL';
  const up = change > 0;
  return up === (direction === 'HIGHER_IS_BETTER') ? 'GOOD' : 'BAD';
}
