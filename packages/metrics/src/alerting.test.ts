import {
  evaluateCondition, INITIAL_ALERT_STATE, stepAlertState, validateAlertParams,
  type AlertInput, type AlertRuleKind, type AlertRuleParams, type AlertTransition,
} from './alerting';

/** Runs a rule over a scripted series of inputs and returns the transition of each step. */
function run(kind: AlertRuleKind, params: AlertRuleParams, inputs: readonly AlertInput[]): AlertTransition[] {
  let state = INITIAL_ALERT_STATE;
  return inputs.map((input) => {
    const step = stepAlertState(state, evaluateCondition(kind, params, input), params.clearAfter ?? undefined);
    state = step.state;
    return step.transition;
  });
}

const values = (...xs: Array<number | null>): AlertInput[] => xs.map((value) => ({ value }));
const fired = (transitions: AlertTransition[]) => transitions.filter((t) => t === 'FIRED').length;

/** A gently rising series with a little noise: what the anomaly rule forecasts from. */
const history = [100, 102, 101, 103, 104, 103, 105, 106, 105, 107, 108, 107];
const target = { value: 100, tolerance: 0.1 };

describe('alert rules on scripted series', () => {
  it.each<[string, AlertRuleKind, AlertRuleParams, AlertInput[], AlertTransition[]]>([
    ['THRESHOLD above fires when crossing, clears after two clear values', 'THRESHOLD', { threshold: 100 },
      values(80, 90, 120, 130, 110, 90, 80, 70),
      [null, null, 'FIRED', null, null, null, 'CLEARED', null]],
    ['THRESHOLD below', 'THRESHOLD', { threshold: 50, side: 'BELOW', clearAfter: 1 },
      values(60, 49, 40, 60),
      [null, 'FIRED', null, 'CLEARED']],
    ['no data leaves the state alone', 'THRESHOLD', { threshold: 100, clearAfter: 1 },
      values(120, null, null, 50),
      ['FIRED', null, null, 'CLEARED']],
    ['TARGET_BAND leaves the band of ±10 % around 100', 'TARGET_BAND', {},
      [95, 105, 85, 80, 100, 101].map((value) => ({ value, target })),
      [null, null, 'FIRED', null, null, 'CLEARED']],
    ['TARGET_BAND with its own band of ±5 %', 'TARGET_BAND', { band: 0.05 },
      [103, 107].map((value) => ({ value, target })),
      [null, 'FIRED']],
    ['CHANGE by more than 20 % against the comparison bucket', 'CHANGE', { changeRatio: 0.2 },
      [[110, 100], [130, 100], [60, 50], [100, 100], [101, 100]].map(([value, comparisonValue]) => ({ value, comparisonValue })),
      [null, 'FIRED', null, null, 'CLEARED']],
    ['CHANGE only downwards', 'CHANGE', { changeRatio: 0.2, side: 'BELOW' },
      [[130, 100], [70, 100]].map(([value, comparisonValue]) => ({ value, comparisonValue })),
      [null, 'FIRED']],
    ['ANOMALY outside the one-step forecast band', 'ANOMALY', { clearAfter: 1 },
      [{ value: 109, history }, { value: 160, history }, { value: 108, history }],
      [null, 'FIRED', 'CLEARED']],
    ['SLA_BREACH from the first breach in the bucket', 'SLA_BREACH', { clearAfter: 1 },
      values(0, 1, 3, 0, 0),
      [null, 'FIRED', null, 'CLEARED', null]],
    ['SLA_BREACH at three breaches', 'SLA_BREACH', { minBreaches: 3, clearAfter: 1 },
      values(1, 2, 3, 4),
      [null, null, 'FIRED', null]],
  ])('%s', (_name, kind, params, inputs, expected) => {
    const transitions = run(kind, params, inputs);
    expect(transitions).toEqual(expected);
    expect(fired(transitions)).toBe(1);
  });
});

describe('hysteresis: a hovering value does not flap', () => {
  const hover = (centre: number, amplitude: number, n = 40) => Array.from({ length: n }, (_, i) => centre + (i % 2 === 0 ? -amplitude : amplitude));

  it.each<[string, AlertRuleKind, AlertRuleParams, AlertInput[]]>([
    ['THRESHOLD at 100 ± 1', 'THRESHOLD', { threshold: 100 }, values(...hover(100, 1))],
    ['THRESHOLD, clearing margin crossed every other value', 'THRESHOLD', { threshold: 100, hysteresis: 0 }, values(...hover(100, 1))],
    ['TARGET_BAND edge at 110 ± 0.5', 'TARGET_BAND', {}, hover(110, 0.5).map((value) => ({ value, target }))],
    ['CHANGE around 20 %', 'CHANGE', { changeRatio: 0.2 }, hover(120, 0.5).map((value) => ({ value, comparisonValue: 100 }))],
    ['ANOMALY at the band edge', 'ANOMALY', {}, (() => {
      const band = evaluateCondition('ANOMALY', {}, { value: 0, history });
      return hover(band.upper!, 0.01).map((value) => ({ value, history }));
    })()],
    ['SLA_BREACH alternating 0 and 1 with clearAfter 2', 'SLA_BREACH', {}, values(...hover(0.5, 0.5))],
  ])('%s fires once and never clears', (_name, kind, params, inputs) => {
    const transitions = run(kind, params, inputs);
    expect(fired(transitions)).toBe(1);
    expect(transitions).not.toContain('CLEARED');
  });
});

it('ANOMALY without enough history to forecast stays quiet', () => {
  expect(run('ANOMALY', {}, [{ value: 1e9, history: [1, 2] }])).toEqual([null]);
});

describe('stepAlertState', () => {
  it('resets the clear streak on a value in the margin', () => {
    const clear = { breached: false, value: 0, reference: 0 };
    const margin = { breached: null, value: 0, reference: 0 };
    let state = stepAlertState(INITIAL_ALERT_STATE, { breached: true, value: 1, reference: 0 }, 2).state;
    state = stepAlertState(state, clear, 2).state;
    expect(state).toEqual({ firing: true, clearStreak: 1 });
    state = stepAlertState(state, margin, 2).state;
    expect(state).toEqual({ firing: true, clearStreak: 0 });
    expect(stepAlertState(state, clear, 2).transition).toBeNull();
  });

  it('rejects a clearAfter below 1', () => {
    expect(() => stepAlertState(INITIAL_ALERT_STATE, { breached: true, value: 1, reference: 0 }, 0)).toThrow(RangeError);
  });
});

describe('validateAlertParams', () => {
  it.each<[AlertRuleKind, AlertRuleParams, string | null]>([
    ['THRESHOLD', {}, 'threshold'],
    ['THRESHOLD', { threshold: 1, side: 'EITHER' }, 'side'],
    ['THRESHOLD', { threshold: 1, hysteresis: 1 }, 'hysteresis'],
    ['THRESHOLD', { threshold: 1, clearAfter: 0 }, 'clearAfter'],
    ['CHANGE', { changeRatio: 0 }, 'changeRatio'],
    ['ANOMALY', { confidence: 1 }, 'confidence'],
    ['SLA_BREACH', { minBreaches: 0.5 }, 'minBreaches'],
    ['TARGET_BAND', { band: -1 }, 'band'],
    ['TARGET_BAND', {}, null],
    ['CHANGE', { changeRatio: 0.1, side: 'ABOVE' }, null],
  ])('%s %j → %s', (kind, params, field) => {
    expect(validateAlertParams(kind, params)?.field ?? null).toBe(field);
  });
});
