import { alertInputAt, backtestAlertRule, clearAfterOf, type RuleBucket } from './backtest';
import type { AlertRuleKind, AlertRuleParams } from './alerting';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const buckets = (...values: Array<number | null>): RuleBucket[] => values.map((value, i) => ({ start: day(i), value }));
/** [transition, day index] of each event, hand-computed from the rule's definition. */
type Expected = Array<['FIRED' | 'CLEARED', number]>;

describe('backtestAlertRule', () => {
  it.each<[string, AlertRuleKind, AlertRuleParams, RuleBucket[], Expected, boolean]>([
    // 120 > 100 fires on day 2; 90 and 80 are below 95 (100 − 5 %): the second clear value clears on day 6.
    ['THRESHOLD fires on crossing and clears after two clear buckets', 'THRESHOLD', { threshold: 100 },
      buckets(80, 90, 120, 130, 110, 90, 80), [['FIRED', 2], ['CLEARED', 6]], false],
    // 97 lies in the hysteresis margin (95..100): it resets the streak, so 90, 97, 90, 90 clears only on the last.
    ['a value in the margin resets the clear streak', 'THRESHOLD', { threshold: 100 },
      buckets(101, 90, 97, 90, 90), [['FIRED', 0], ['CLEARED', 4]], false],
    ['a gap (no data) changes nothing', 'THRESHOLD', { threshold: 100, clearAfter: 1 },
      buckets(120, null, null, 50, 130), [['FIRED', 0], ['CLEARED', 3], ['FIRED', 4]], true],
    ['BELOW with clearAfter 1', 'THRESHOLD', { threshold: 50, side: 'BELOW', clearAfter: 1 },
      buckets(60, 49, 40, 60, 45), [['FIRED', 1], ['CLEARED', 3], ['FIRED', 4]], true],
    // 100 → 130 is +30 % (> 20 %); 130 → 135 is +3.8 % (< 19 %) twice: clear on day 3.
    ['CHANGE compares each bucket with the one before it', 'CHANGE', { changeRatio: 0.2 },
      buckets(100, 130, 135, 136), [['FIRED', 1], ['CLEARED', 3]], false],
    // Target 100 ± 10 %: 85 is outside, 100 and 101 inside 9.5: clears on the second.
    ['TARGET_BAND reads the target in force in each bucket', 'TARGET_BAND', {},
      [95, 85, 100, 101].map((value, i) => ({ start: day(i), value, target: { value: 100, tolerance: 0.1 } })), [['FIRED', 1], ['CLEARED', 3]], false],
    ['TARGET_BAND without a target never fires', 'TARGET_BAND', {}, buckets(1, 1000, 5), [], false],
    ['SLA_BREACH clears after one quiet bucket by default', 'SLA_BREACH', {},
      buckets(0, 2, 0, 1), [['FIRED', 1], ['CLEARED', 2], ['FIRED', 3]], true],
  ])('%s', (_name, kind, params, series, expected, firingAtEnd) => {
    const result = backtestAlertRule(kind, params, series);
    expect(result.events.map((e) => [e.transition, e.at.getTime()])).toEqual(expected.map(([t, i]) => [t, day(i).getTime()]));
    expect(result.fired).toBe(expected.filter(([t]) => t === 'FIRED').length);
    expect(result.firingAtEnd).toBe(firingAtEnd);
  });

  it('buckets before `from` only feed the comparison', () => {
    // Day 1 (130 against 100) is before `from`; day 2 (169 against 130, +30 %) fires.
    const result = backtestAlertRule('CHANGE', { changeRatio: 0.2 }, buckets(100, 130, 169), day(2));
    expect(result.events).toEqual([{ transition: 'FIRED', at: day(2), value: 169, reference: 130 }]);
  });

  it('reports the value and the limit of each event', () => {
    expect(backtestAlertRule('THRESHOLD', { threshold: 10, clearAfter: 1 }, buckets(12, 3)).events).toEqual([
      { transition: 'FIRED', at: day(0), value: 12, reference: 10 },
      { transition: 'CLEARED', at: day(1), value: 3, reference: 10 },
    ]);
  });
});

describe('alertInputAt', () => {
  it('takes the bucket before as comparison and the non-empty buckets before as history', () => {
    expect(alertInputAt(buckets(1, null, 3, 4), 3)).toEqual({ value: 4, comparisonValue: 3, target: null, history: [1, 3] });
    expect(alertInputAt(buckets(5), 0)).toEqual({ value: 5, comparisonValue: null, target: null, history: [] });
  });

  it('keeps at most 28 buckets of history', () => {
    const input = alertInputAt(buckets(...Array.from({ length: 40 }, (_, i) => i)), 39);
    expect(input.history).toEqual(Array.from({ length: 28 }, (_, i) => i + 11));
  });
});

describe('clearAfterOf', () => {
  it.each<[AlertRuleKind, AlertRuleParams, number]>([
    ['THRESHOLD', {}, 2], ['SLA_BREACH', {}, 1], ['THRESHOLD', { clearAfter: 4 }, 4],
  ])('%s %j → %d', (kind, params, expected) => expect(clearAfterOf(kind, params)).toBe(expected));
});
