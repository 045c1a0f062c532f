import { DEFAULT_TOLERANCE, attainment, changeSentiment, computeChange, evaluateStatus, targetInForce } from './status';
import type { Direction, KpiStatus, TargetDefinition } from './types';

type Target = TargetDefinition & { id: string };

const target = (id: string, kind: Target['kind'], from: string, to: string | null): Target => ({
  id,
  metricKey: 'sales.arr',
  kind,
  value: 0,
  effectiveFrom: new Date(from),
  effectiveTo: to === null ? null : new Date(to),
});

const targets: Target[] = [
  target('plan-2026', 'PLAN', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
  target('long-term', 'LONG_TERM', '2026-01-01T00:00:00Z', null),
  target('plan-q3', 'PLAN', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z'),
  target('long-term-2025', 'LONG_TERM', '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
];

describe('targetInForce', () => {
  it.each<[string, string | null]>([
    ['2025-06-01T00:00:00Z', 'long-term-2025'],
    // Both 2026 targets start here and the 2025 one has just ended: PLAN wins the tie.
    ['2026-01-01T00:00:00Z', 'plan-2026'],
    ['2026-08-15T00:00:00Z', 'plan-q3'],
    ['2026-10-01T00:00:00Z', 'plan-2026'],
    ['2027-01-01T00:00:00Z', 'long-term'],
    ['2024-12-31T23:59:59Z', null],
  ])('at %s → %s', (at, expected) => {
    expect(targetInForce(targets, new Date(at))?.id ?? null).toBe(expected);
    expect(targetInForce([...targets].reverse(), new Date(at))?.id ?? null).toBe(expected);
  });

  it('returns null for no targets', () => {
    expect(targetInForce([], new Date('2026-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('attainment', () => {
  it.each<[number, number, Direction, number | null]>([
    [80, 100, 'HIGHER_IS_BETTER', 0.8],
    [120, 100, 'HIGHER_IS_BETTER', 1.2],
    [-20, 100, 'HIGHER_IS_BETTER', -0.2],
    [5, 0, 'HIGHER_IS_BETTER', null],
    [5, -10, 'HIGHER_IS_BETTER', null],
    [4, 5, 'LOWER_IS_BETTER', 1.25],
    [10, 5, 'LOWER_IS_BETTER', 0.5],
    [0, 5, 'LOWER_IS_BETTER', null],
    [-1, 5, 'LOWER_IS_BETTER', null],
    [4, 0, 'LOWER_IS_BETTER', null],
    [4, -5, 'LOWER_IS_BETTER', null],
  ])('%d against %d (%s) → %p', (value, goal, direction, expected) => {
    expect(attainment(value, goal, direction)).toBe(expected);
  });
});

describe('evaluateStatus', () => {
  it.each<[number, number, Direction, number, KpiStatus]>([
    [100, 100, 'HIGHER_IS_BETTER', 0.1, 'ON_TRACK'],
    [120, 100, 'HIGHER_IS_BETTER', 0.1, 'ON_TRACK'],
    [95, 100, 'HIGHER_IS_BETTER', 0.1, 'AT_RISK'],
    [90, 100, 'HIGHER_IS_BETTER', 0.1, 'AT_RISK'], // exactly at the band edge
    [89.99, 100, 'HIGHER_IS_BETTER', 0.1, 'OFF_TRACK'],
    [0, 100, 'HIGHER_IS_BETTER', 0.1, 'OFF_TRACK'],
    [100, 100, 'LOWER_IS_BETTER', 0.1, 'ON_TRACK'],
    [80, 100, 'LOWER_IS_BETTER', 0.1, 'ON_TRACK'],
    [105, 100, 'LOWER_IS_BETTER', 0.1, 'AT_RISK'],
    [110, 100, 'LOWER_IS_BETTER', 0.1, 'AT_RISK'], // exactly at the band edge
    [110.01, 100, 'LOWER_IS_BETTER', 0.1, 'OFF_TRACK'],
    // Fractions whose band edge is not exact in binary floating point.
    [0.18, 0.2, 'HIGHER_IS_BETTER', 0.1, 'AT_RISK'],
    [0.1799, 0.2, 'HIGHER_IS_BETTER', 0.1, 'OFF_TRACK'],
    [0.055, 0.05, 'LOWER_IS_BETTER', 0.1, 'AT_RISK'],
    [0.0551, 0.05, 'LOWER_IS_BETTER', 0.1, 'OFF_TRACK'],
    // A negative target (e.g. a burn): the band is 10 % of |target|.
    [-90, -100, 'HIGHER_IS_BETTER', 0.1, 'ON_TRACK'],
    [-110, -100, 'HIGHER_IS_BETTER', 0.1, 'AT_RISK'],
    [-111, -100, 'HIGHER_IS_BETTER', 0.1, 'OFF_TRACK'],
    [99.999, 100, 'HIGHER_IS_BETTER', 0, 'OFF_TRACK'],
    [75, 100, 'HIGHER_IS_BETTER', 0.25, 'AT_RISK'],
  ])('%d against %d (%s, tolerance %d) → %s', (value, goal, direction, tolerance, expected) => {
    expect(evaluateStatus(value, goal, direction, tolerance)).toBe(expected);
  });

  it.each<[number, KpiStatus]>([
    [90, 'AT_RISK'],
    [89, 'OFF_TRACK'],
  ])('uses a 10 %% tolerance by default: %d against 100 → %s', (value, expected) => {
    expect(DEFAULT_TOLERANCE).toBe(0.1);
    expect(evaluateStatus(value, 100, 'HIGHER_IS_BETTER')).toBe(expected);
  });

  it.each<[number | null, number | null, KpiStatus | null]>([
    [null, 100, 'NO_DATA'],
    [null, null, 'NO_DATA'],
    [42, null, null],
  ])('value %p, target %p → %p', (value, goal, expected) => {
    expect(evaluateStatus(value, goal, 'HIGHER_IS_BETTER')).toBe(expected);
  });

  it.each([-0.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects tolerance %p', (tolerance) => {
    expect(() => evaluateStatus(1, 1, 'HIGHER_IS_BETTER', tolerance)).toThrow(RangeError);
  });
});

describe('computeChange', () => {
  it.each<[number | null, number | null, number | null, number | null]>([
    [120, 100, 20, 0.2],
    [80, 100, -20, -0.2],
    [-50, -100, 50, 0.5], // from −100 to −50 is an improvement of half the previous magnitude
    [3, 4, -1, -0.25],
    [5, 0, 5, null],
    [null, 5, null, null],
    [5, null, null, null],
  ])('%p vs %p → change %p, ratio %p', (current, previous, change, changeRatio) => {
    expect(computeChange(current, previous)).toEqual({ change, changeRatio });
  });
});

describe('changeSentiment', () => {
  it.each<[number | null, Direction, string]>([
    [5, 'HIGHER_IS_BETTER', 'GOOD'],
    [-5, 'HIGHER_IS_BETTER', 'BAD'],
    [-0.01, 'LOWER_IS_BETTER', 'GOOD'], // churn going down
    [0.01, 'LOWER_IS_BETTER', 'BAD'],
    [0, 'HIGHER_IS_BETTER', 'NEUTRAL'],
    [0, 'LOWER_IS_BETTER', 'NEUTRAL'],
    [null, 'HIGHER_IS_BETTER', 'NEUTRAL'],
  ])('%p with %s → %s', (change, direction, expected) => {
    expect(changeSentiment(change, direction)).toBe(expected);
  });
});
