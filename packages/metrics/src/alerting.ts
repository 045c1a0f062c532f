import { forecastSeries } from './forecast';

/**
 * Alert rules as data, evaluated purely: a rule kind turns the latest numbers into a condition (breached,
 * cleared or neither), and a small state machine with hysteresis turns conditions into FIRED / CLEARED
 * events. Between "breached" and "cleared" lies a margin where nothing changes, and clearing also needs
 * `clearAfter` consecutive clear evaluations, so a value hovering around the limit fires once and stays
 * quiet instead of flapping.
 */

export const ALERT_RULE_KINDS = ['THRESHOLD', 'TARGET_BAND', 'CHANGE', 'ANOMALY', 'SLA_BREACH', 'FRESHNESS', 'SYNC_FAILURE'] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

export const ALERT_SIDES = ['ABOVE', 'BELOW', 'EITHER'] as const;
/** Which way a value must move to breach: above the limit, below it, or either. */
export type AlertSide = (typeof ALERT_SIDES)[number];

export interface AlertRuleParams {
  /** THRESHOLD: the limit, in the metric's unit. */
  threshold?: number | null;
  /** THRESHOLD (default ABOVE) and CHANGE (default EITHER). */
  side?: AlertSide | null;
  /** TARGET_BAND: the band's half-width as a fraction of the target; defaults to the target's tolerance. */
  band?: number | null;
  /** CHANGE: the relative change that breaches, as a fraction (0.2 = 20 %). */
  changeRatio?: number | null;
  /** ANOMALY: the forecast band's confidence (default 0.95). */
  confidence?: number | null;
  /** SLA_BREACH: how many breaches in the bucket breach the rule (default 1). */
  minBreaches?: number | null;
  /** SYNC_FAILURE: how many failed syncs in a row breach the rule (default DEFAULT_MIN_FAILURES). */
  minFailures?: number | null;
  /**
   * How far back inside the limit the value must come to count as clear, as a fraction of the limit's scale
   * (the threshold, the band, the change ratio, the forecast band's half-width). Default DEFAULT_HYSTERESIS.
   */
  hysteresis?: number | null;
  /** Consecutive clear evaluations needed to clear (default DEFAULT_CLEAR_AFTER). */
  clearAfter?: number | null;
}

export const DEFAULT_HYSTERESIS = 0.05;
export const DEFAULT_CLEAR_AFTER = 2;
export const DEFAULT_ANOMALY_CONFIDENCE = 0.95;
/** A source may fail once or twice (a restart, a network blip); three failures in a row are a problem. */
export const DEFAULT_MIN_FAILURES = 3;

/** What a rule is evaluated on: the latest bucket and what it is compared with. */
export interface AlertInput {
  /** The metric in the latest bucket; null (no data) leaves the state as it is. */
  value: number | null;
  /** CHANGE: the comparison bucket's value. */
  comparisonValue?: number | null;
  /** TARGET_BAND: the target in force and its tolerance. */
  target?: { value: number; tolerance: number } | null;
  /** ANOMALY: the values of the buckets before the latest, oldest first. */
  history?: readonly number[];
  /** FRESHNESS: the metric's expected interval between arrivals, in minutes (value is the age in minutes). */
  expectedMinutes?: number | null;
}

export interface AlertCondition {
  /** true: the rule is breached; false: clear beyond the hysteresis margin; null: in the margin or unknown. */
  breached: boolean | null;
  value: number | null;
  /** The limit the value was compared with (threshold, band edge, comparison value, forecast). */
  reference: number | null;
  /** ANOMALY: the forecast band. */
  lower?: number;
  upper?: number;
  /** CHANGE: the relative change. */
  changeRatio?: number | null;
}

const unknown = (value: number | null, reference: number | null = null): AlertCondition => ({ breached: null, value, reference });

/** breached beyond `limit` on `side`; clear once back by `margin` inside it; in between, neither. */
function sided(value: number, limit: number, margin: number, side: AlertSide): boolean | null {
  const above = value > limit;
  const below = value < limit;
  const clearAbove = value < limit - margin;
  const clearBelow = value > limit + margin;
  if (side === 'ABOVE') return above ? true : clearAbove ? false : null;
  if (side === 'BELOW') return below ? true : clearBelow ? false : null;
  return above || below ? true : null;
}

function hysteresisOf(params: AlertRuleParams): number {
  const h = params.hysteresis ?? DEFAULT_HYSTERESIS;
  if (!(h >= 0 && h < 1)) throw new RangeError(`hysteresis must be in [0, 1), got ${h}`);
  return h;
}

/** Turns the latest numbers into a condition for one rule kind. */
export function evaluateCondition(kind: AlertRuleKind, params: AlertRuleParams, input: AlertInput): AlertCondition {
  const { value } = input;
  if (value === null || !Number.isFinite(value)) return unknown(null);
  const h = hysteresisOf(params);
  switch (kind) {
    case 'THRESHOLD': {
      const threshold = params.threshold;
      if (threshold == null) throw new RangeError('THRESHOLD needs a threshold');
      const side = params.side ?? 'ABOVE';
      if (side === 'EITHER') throw new RangeError('THRESHOLD crosses ABOVE or BELOW');
      return { breached: sided(value, threshold, h * Math.abs(threshold), side), value, reference: threshold };
    }
    case 'TARGET_BAND': {
      const target = input.target;
      if (!target) return unknown(value);
      const half = (params.band ?? target.tolerance) * Math.abs(target.value);
      const distance = Math.abs(value - target.value);
      const breached = distance > half ? true : distance < half * (1 - h) ? false : null;
      return { breached, value, reference: target.value };
    }
    case 'CHANGE': {
      const limit = params.changeRatio;
      if (limit == null || !(limit > 0)) throw new RangeError('CHANGE needs a changeRatio > 0');
      const before = input.comparisonValue;
      if (before == null || before === 0) return unknown(value, before ?? null);
      const ratio = (value - before) / Math.abs(before);
      const side = params.side ?? 'EITHER';
      const magnitude = side === 'ABOVE' ? ratio : side === 'BELOW' ? -ratio : Math.abs(ratio);
      const breached = magnitude > limit ? true : magnitude < limit * (1 - h) ? false : null;
      return { breached, value, reference: before, changeRatio: ratio };
    }
    case 'ANOMALY': {
      const forecast = forecastSeries(input.history ?? [], 1, { confidence: params.confidence ?? DEFAULT_ANOMALY_CONFIDENCE });
      const step = forecast?.steps[0];
      if (!step) return unknown(value);
      const half = (step.upper - step.lower) / 2;
      const outside = value > step.upper || value < step.lower;
      const inside = Math.abs(value - step.value) < half * (1 - h);
      return { breached: outside ? true : inside ? false : null, value, reference: step.value, lower: step.lower, upper: step.upper };
    }
    case 'SLA_BREACH': {
      const min = params.minBreaches ?? 1;
      return { breached: value >= min, value, reference: min };
    }
    case 'FRESHNESS': {
      // No margin: data arriving is the clear signal, and an age does not hover around the interval.
      const expected = input.expectedMinutes;
      if (!expected) return unknown(value);
      return { breached: value > expected, value, reference: expected };
    }
    case 'SYNC_FAILURE': {
      // value: failed syncs in a row; the first successful sync (0) clears.
      const min = params.minFailures ?? DEFAULT_MIN_FAILURES;
      return { breached: value >= min ? true : value === 0 ? false : null, value, reference: min };
    }
  }
}

export interface AlertState {
  firing: boolean;
  /** Consecutive clear evaluations while firing. */
  clearStreak: number;
}

export const INITIAL_ALERT_STATE: AlertState = Object.freeze({ firing: false, clearStreak: 0 });

export type AlertTransition = 'FIRED' | 'CLEARED' | null;

/**
 * One evaluation of the state machine: fires once when the condition becomes true; clears only after
 * `clearAfter` consecutive clear conditions. A condition in the margin (null) resets the streak while firing,
 * so only a value that stays clear clears.
 */
export function stepAlertState(state: AlertState, condition: AlertCondition, clearAfter = DEFAULT_CLEAR_AFTER): { state: AlertState; transition: AlertTransition } {
  if (!Number.isInteger(clearAfter) || clearAfter < 1) throw new RangeError(`clearAfter must be an integer ≥ 1, got ${clearAfter}`);
  if (!state.firing) {
    if (condition.breached === true) return { state: { firing: true, clearStreak: 0 }, transition: 'FIRED' };
    return { state, transition: null };
  }
  if (condition.breached !== false) return { state: { firing: true, clearStreak: 0 }, transition: null };
  const clearStreak = state.clearStreak + 1;
  if (clearStreak >= clearAfter) return { state: { firing: false, clearStreak: 0 }, transition: 'CLEARED' };
  return { state: { firing: true, clearStreak }, transition: null };
}

/** Checks a rule's parameters the way evaluation would use them; returns the first problem or null. */
export function validateAlertParams(kind: AlertRuleKind, params: AlertRuleParams): { field: string; reason: string } | null {
  const h = params.hysteresis;
  if (h != null && !(h >= 0 && h < 1)) return { field: 'hysteresis', reason: 'must be in [0, 1)' };
  const n = params.clearAfter;
  if (n != null && !(Number.isInteger(n) && n >= 1 && n <= 1000)) return { field: 'clearAfter', reason: 'must be an integer from 1 to 1000' };
  switch (kind) {
    case 'THRESHOLD':
      if (params.threshold == null || !Number.isFinite(params.threshold)) return { field: 'threshold', reason: 'is required for THRESHOLD' };
      if (params.side === 'EITHER') return { field: 'side', reason: 'THRESHOLD crosses ABOVE or BELOW' };
      return null;
    case 'TARGET_BAND':
      if (params.band != null && !(params.band > 0)) return { field: 'band', reason: 'must be > 0' };
      return null;
    case 'CHANGE':
      if (params.changeRatio == null || !(params.changeRatio > 0)) return { field: 'changeRatio', reason: 'must be > 0 for CHANGE' };
      return null;
    case 'ANOMALY':
      if (params.confidence != null && !(params.confidence > 0 && params.confidence < 1)) return { field: 'confidence', reason: 'must be in (0, 1)' };
      return null;
    case 'SLA_BREACH':
      if (params.minBreaches != null && !(Number.isInteger(params.minBreaches) && params.minBreaches >= 1)) return { field: 'minBreaches', reason: 'must be an integer ≥ 1' };
      return null;
    case 'FRESHNESS':
      return null;
    case 'SYNC_FAILURE':
      if (params.minFailures != null && !(Number.isInteger(params.minFailures) && params.minFailures >= 1)) return { field: 'minFailures', reason: 'must be an integer ≥ 1' };
      return null;
  }
}
