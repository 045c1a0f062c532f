import {
  DEFAULT_CLEAR_AFTER, evaluateCondition, INITIAL_ALERT_STATE, stepAlertState,
  type AlertInput, type AlertRuleKind, type AlertRuleParams,
} from './alerting';

/** Buckets of history the anomaly forecast is fitted on, live and in a backtest. */
export const ANOMALY_HISTORY_BUCKETS = 28;
/** SLA rules clear after one quiet bucket: a count of breaches does not hover. FRESHNESS clears when data arrives,
 * SYNC_FAILURE at the first successful sync. */
export const SLA_CLEAR_AFTER = 1;

/** The clear evaluations a rule needs: its own, or the default of its kind. */
export function clearAfterOf(kind: AlertRuleKind, params: AlertRuleParams): number {
  return params.clearAfter ?? (kind === 'SLA_BREACH' || kind === 'FRESHNESS' || kind === 'SYNC_FAILURE' ? SLA_CLEAR_AFTER : DEFAULT_CLEAR_AFTER);
}

/** One bucket of a metric as a rule sees it: its value and the target in force at its end. */
export interface RuleBucket {
  start: Date;
  value: number | null;
  target?: { value: number; tolerance: number } | null;
}

/**
 * What a rule is evaluated on at bucket `index` of consecutive buckets: the bucket, the one before it (CHANGE)
 * and up to ANOMALY_HISTORY_BUCKETS before it (ANOMALY). The live evaluator calls it on the latest bucket, the
 * backtest on each one, so both judge a bucket alike.
 */
export function alertInputAt(buckets: readonly RuleBucket[], index: number): AlertInput {
  const bucket = buckets[index];
  return {
    value: bucket.value,
    comparisonValue: buckets[index - 1]?.value ?? null,
    target: bucket.target ?? null,
    history: buckets.slice(Math.max(0, index - ANOMALY_HISTORY_BUCKETS), index).map((b) => b.value).filter((v): v is number => v !== null),
  };
}

export interface BacktestEvent {
  transition: 'FIRED' | 'CLEARED';
  /** The start of the bucket whose evaluation fired or cleared the rule. */
  at: Date;
  value: number | null;
  reference: number | null;
}

export interface Backtest {
  events: BacktestEvent[];
  /** How many times the rule would have fired. */
  fired: number;
  /** The rule would still be firing after the last bucket. */
  firingAtEnd: boolean;
}

/**
 * Replays a rule over past buckets, oldest first, through the same condition and hysteresis state machine the
 * live evaluator uses, starting clear. Buckets before `from` only feed the comparison and the anomaly history.
 */
export function backtestAlertRule(kind: AlertRuleKind, params: AlertRuleParams, buckets: readonly RuleBucket[], from?: Date): Backtest {
  const clearAfter = clearAfterOf(kind, params);
  let state = INITIAL_ALERT_STATE;
  const events: BacktestEvent[] = [];
  buckets.forEach((bucket, index) => {
    if (from && bucket.start < from) return;
    const condition = evaluateCondition(kind, params, alertInputAt(buckets, index));
    const step = stepAlertState(state, condition, clearAfter);
    state = step.state;
    if (step.transition) events.push({ transition: step.transition, at: bucket.start, value: condition.value, reference: condition.reference });
  });
  return { events, fired: events.filter((e) => e.transition === 'FIRED').length, firingAtEnd: state.firing };
}
