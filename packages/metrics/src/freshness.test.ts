import { evaluateCondition, INITIAL_ALERT_STATE, stepAlertState } from './alerting';
import { clearAfterOf } from './backtest';
import { ageMinutes, checkExpectedInterval, freshnessOf } from './freshness';

const at = (iso: string) => new Date(iso);

describe('freshness', () => {
  const last = at('2026-03-02T10:00:00Z');

  it('is fresh up to the interval and stale since last arrival + interval after it', () => {
    expect(freshnessOf(last, 60, at('2026-03-02T11:00:00Z'))).toEqual({ staleSince: null, dueBy: at('2026-03-02T11:00:00Z') });
    expect(freshnessOf(last, 60, at('2026-03-02T11:00:01Z')).staleSince).toEqual(at('2026-03-02T11:00:00Z'));
    expect(freshnessOf(last, 24 * 60, at('2026-03-05T00:00:00Z')).staleSince).toEqual(at('2026-03-03T10:00:00Z'));
  });

  it('is never stale without data or without an interval', () => {
    expect(freshnessOf(null, 60, at('2030-01-01T00:00:00Z'))).toEqual({ staleSince: null, dueBy: null });
    expect(freshnessOf(last, null, at('2030-01-01T00:00:00Z'))).toEqual({ staleSince: null, dueBy: null });
  });

  it('measures age in minutes and checks intervals', () => {
    expect(ageMinutes(last, at('2026-03-02T12:30:00Z'))).toBe(150);
    expect(checkExpectedInterval(15)).toBeNull();
    expect(checkExpectedInterval(0)).toMatch(/from 1/);
    expect(checkExpectedInterval(1.5)).toMatch(/whole number/);
  });

  it('FRESHNESS fires when the age passes the interval and clears on the first arrival', () => {
    const clearAfter = clearAfterOf('FRESHNESS', {});
    expect(clearAfter).toBe(1);
    let state = INITIAL_ALERT_STATE;
    const transitions = [30, 61, 200, 5, 10].map((age) => {
      const step = stepAlertState(state, evaluateCondition('FRESHNESS', {}, { value: age, expectedMinutes: 60 }), clearAfter);
      state = step.state;
      return step.transition;
    });
    expect(transitions).toEqual([null, 'FIRED', null, 'CLEARED', null]);
    expect(evaluateCondition('FRESHNESS', {}, { value: 500, expectedMinutes: null }).breached).toBeNull();
  });

  it('SYNC_FAILURE fires at three failures in a row by default and clears at the first success', () => {
    let state = INITIAL_ALERT_STATE;
    const transitions = [1, 2, 3, 4, 0, 1].map((failures) => {
      const step = stepAlertState(state, evaluateCondition('SYNC_FAILURE', {}, { value: failures }), clearAfterOf('SYNC_FAILURE', {}));
      state = step.state;
      return step.transition;
    });
    expect(transitions).toEqual([null, null, 'FIRED', null, 'CLEARED', null]);
  });
});
