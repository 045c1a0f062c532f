import {
  DEFAULT_PACING_TOLERANCE,
  evaluatePacing,
  expectedAt,
  goalInForce,
  trajectoryPoints,
  validateGoalTrajectory,
} from './pacing';
import type { GoalShape, GoalTrajectory, PacingStatus } from './pacing';
import type { Direction } from './types';

const day = (d: string) => new Date(`2026-01-${d}T00:00:00Z`);

// 100 → 1000 over ten days, through 200 on day 5 and 500 on day 8.
const goal = (shape: GoalShape): GoalTrajectory => ({
  shape,
  startValue: 100,
  startAt: day('01'),
  endValue: 1000,
  endAt: day('11'),
  milestones: [
    // Out of order on purpose: milestones are sorted by date, not taken in input order.
    { at: day('08'), value: 500 },
    { at: day('05'), value: 200 },
  ],
});

describe('expectedAt', () => {
  it.each<[GoalShape, string, number]>([
    // LINEAR ignores milestones: 100 + 900 × elapsed / 10 days.
    ['LINEAR', '2025-12-31T00:00:00Z', 100],
    ['LINEAR', '2026-01-01T00:00:00Z', 100],
    ['LINEAR', '2026-01-04T00:00:00Z', 370],
    ['LINEAR', '2026-01-06T12:00:00Z', 595],
    ['LINEAR', '2026-01-11T00:00:00Z', 1000],
    ['LINEAR', '2026-02-01T00:00:00Z', 1000],
    // STEPPED holds each checkpoint's value until the next one.
    ['STEPPED', '2026-01-04T23:59:59Z', 100],
    ['STEPPED', '2026-01-05T00:00:00Z', 200],
    ['STEPPED', '2026-01-07T12:00:00Z', 200],
    ['STEPPED', '2026-01-08T00:00:00Z', 500],
    ['STEPPED', '2026-01-10T23:00:00Z', 500],
    ['STEPPED', '2026-01-11T00:00:00Z', 1000],
    // MILESTONES interpolates between consecutive checkpoints.
    ['MILESTONES', '2026-01-03T00:00:00Z', 150], // 100 + 100 × 2/4
    ['MILESTONES', '2026-01-06T00:00:00Z', 300], // 200 + 300 × 1/3
    ['MILESTONES', '2026-01-09T12:00:00Z', 750], // 500 + 500 × 1.5/3
    ['MILESTONES', '2026-01-08T00:00:00Z', 500],
  ])('%s at %s → %p', (shape, at, expected) => {
    expect(expectedAt(goal(shape), new Date(at))).toBeCloseTo(expected, 9);
  });
});

describe('evaluatePacing', () => {
  const linear: GoalTrajectory = { shape: 'LINEAR', startValue: 100, startAt: day('01'), endValue: 200, endAt: day('11'), milestones: [] };
  const churn: GoalTrajectory = { shape: 'LINEAR', startValue: 0.15, startAt: day('01'), endValue: 0.05, endAt: day('11'), milestones: [] };

  it.each<[string, GoalTrajectory, Direction, string, number, number, number, PacingStatus]>([
    // Day 4 of 10: expected 130, band ±6.5. Projection = actual + (actual − 100) / 3 days × 7 days.
    ['above the band', linear, 'HIGHER_IS_BETTER', '04', 140, 130, 140 + (40 / 3) * 7, 'AHEAD'],
    ['inside the band', linear, 'HIGHER_IS_BETTER', '04', 125, 130, 125 + (25 / 3) * 7, 'ON_PACE'],
    // 136.5 + 36.5 / 3 × 7 = 221.83 lands past 200 (the lower edge, 123.5, lands at 178.33: off track, below).
    ['on the band edge', linear, 'HIGHER_IS_BETTER', '04', 136.5, 130, 136.5 + (36.5 / 3) * 7, 'ON_PACE'],
    ['below the band', linear, 'HIGHER_IS_BETTER', '04', 120, 130, 120 + (20 / 3) * 7, 'BEHIND'],
    // Lower is better, day 6 of 10: expected 0.10, band ±0.005; projection = actual + (actual − 0.15) / 5 × 5.
    ['churn below the band', churn, 'LOWER_IS_BETTER', '06', 0.09, 0.1, 0.03, 'AHEAD'],
    ['churn inside the band', churn, 'LOWER_IS_BETTER', '06', 0.102, 0.1, 0.054, 'ON_PACE'],
    ['churn above the band', churn, 'LOWER_IS_BETTER', '06', 0.11, 0.1, 0.07, 'BEHIND'],
    // Before the start nothing can be extrapolated; after the end the actual is final.
    ['before the start', linear, 'HIGHER_IS_BETTER', '01', 90, 100, 90, 'BEHIND'],
    ['after the end', linear, 'HIGHER_IS_BETTER', '20', 220, 200, 220, 'AHEAD'],
  ])('%s', (_, trajectory, direction, d, actual, expected, projected, status) => {
    const pacing = evaluatePacing(trajectory, actual, day(d), direction);
    expect(pacing.expected).toBeCloseTo(expected, 9);
    expect(pacing.actual).toBe(actual);
    expect(pacing.projectedAtEnd).toBeCloseTo(projected, 9);
    expect(pacing.status).toBe(status);
  });

  // Status is the worse of today's gap (±5 % of expected) and the landing: the projection judged against endValue as
  // a KPI against its target (OFF_TRACK beyond ±10 % of it) is BEHIND. Day 4 of 10 unless said: 3 days run, 7 to go.
  const path = (startValue: number, milestone: [string, number] | null, endValue: number): GoalTrajectory => ({
    shape: milestone ? 'MILESTONES' : 'LINEAR', startValue, startAt: day('01'), endValue, endAt: day('11'),
    milestones: milestone ? [{ at: day(milestone[0]), value: milestone[1] }] : [],
  });
  it.each<[string, GoalTrajectory, Direction, string, number, number, number, PacingStatus]>([
    // 130 on 130; 130 + 30 / 3 × 7 = 200 lands on 200.
    ['on pace and landing', path(100, null, 200), 'HIGHER_IS_BETTER', '04', 130, 130, 200, 'ON_PACE'],
    // Cost flat at 1000 to day 6, then down to 250 (lower is better): 1030 is 3 % over 1000, inside ±50, but the
    // run rate climbs to 1030 + 30 / 3 × 7 = 1100 against 250 (±25): on pace today, landing far off.
    ['on pace today, landing far off (cost)', path(1000, ['06', 1000], 250), 'LOWER_IS_BETTER', '04', 1030, 1000, 1100, 'BEHIND'],
    // A hockey stick: 100 → 110 by day 6 → 500. Expected 100 + 10 × 3/5 = 106, actual on it; 106 + 6 / 3 × 7 = 120
    // against 500: at this rate the jump never comes.
    ['on the path, landing far short of a steep end', path(100, ['06', 110], 500), 'HIGHER_IS_BETTER', '04', 106, 106, 120, 'BEHIND'],
    // Same path, 120 is 14 over 106 (band ±5.3): ahead today, yet 120 + 20 / 3 × 7 = 166.67 against 500.
    ['ahead today, landing short', path(100, ['06', 110], 500), 'HIGHER_IS_BETTER', '04', 120, 106, 120 + (20 / 3) * 7, 'BEHIND'],
    // A fast start: 100 → 500 by day 5 → 600. Expected 100 + 400 × 3/4 = 400; 350 is 50 under (band ±20), behind;
    // 350 + 250 / 3 × 7 = 933.33 lands past 600, which does not lift a goal that is behind its path today.
    ['behind today, landing past the end', path(100, ['05', 500], 600), 'HIGHER_IS_BETTER', '04', 350, 400, 350 + (250 / 3) * 7, 'BEHIND'],
    // Same path at 380 (20 under, on the band edge): 380 + 280 / 3 × 7 = 1033.33, on pace and landing.
    ['on pace and landing past the end', path(100, ['05', 500], 600), 'HIGHER_IS_BETTER', '04', 380, 400, 380 + (280 / 3) * 7, 'ON_PACE'],
    // Churn 15 % → 5 %, day 6 of 10: expected 10 %, band ±0.5 pt; projection = 2 × actual − 15 %, end band ±0.5 pt.
    ['churn on pace, landing 0.8 pt over', path(0.15, null, 0.05), 'LOWER_IS_BETTER', '06', 0.104, 0.1, 0.058, 'BEHIND'],
    ['churn on pace, landing on the end band edge', path(0.15, null, 0.05), 'LOWER_IS_BETTER', '06', 0.1025, 0.1, 0.055, 'ON_PACE'],
    ['churn ahead, landing under the end', path(0.15, null, 0.05), 'LOWER_IS_BETTER', '06', 0.09, 0.1, 0.03, 'AHEAD'],
    // On the start day nothing has run yet: no landing to judge, only today's 100 on 100.
    ['on the start day', path(100, null, 200), 'HIGHER_IS_BETTER', '01', 100, 100, 100, 'ON_PACE'],
  ])('%s', (_, trajectory, direction, d, actual, expected, projected, status) => {
    const pacing = evaluatePacing(trajectory, actual, day(d), direction);
    expect(pacing.expected).toBeCloseTo(expected, 9);
    expect(pacing.projectedAtEnd).toBeCloseTo(projected, 9);
    expect(pacing.status).toBe(status);
  });

  it('uses the given tolerance', () => {
    expect(evaluatePacing(linear, 140, day('04'), 'HIGHER_IS_BETTER', 0.1).status).toBe('ON_PACE');
    expect(DEFAULT_PACING_TOLERANCE).toBe(0.05);
  });

  it('rejects a negative tolerance', () => {
    expect(() => evaluatePacing(linear, 140, day('04'), 'HIGHER_IS_BETTER', -0.1)).toThrow(RangeError);
  });

  // The "heading for 114.2 %": a share rising from 40 % to 70 % in 3 of 10 days runs on to 140 %.
  const share: GoalTrajectory = { shape: 'LINEAR', startValue: 0.4, startAt: day('01'), endValue: 0.9, endAt: day('11'), milestones: [] };
  it.each<[string, number, { min: number; max: number } | undefined, number]>([
    ['unbounded, the run rate overshoots', 0.7, undefined, 0.7 + (0.3 / 3) * 7],
    ['a share stops at 100 %', 0.7, { min: 0, max: 1 }, 1],
    ['a share falling from 40 % to 10 % stops at 0 %', 0.1, { min: 0, max: 1 }, 0],
    ['inside the domain it is the run rate', 0.45, { min: 0, max: 1 }, 0.45 + (0.05 / 3) * 7],
  ])('projection within the domain: %s', (_, actual, domain, projected) => {
    expect(evaluatePacing(share, actual, day('04'), 'HIGHER_IS_BETTER', DEFAULT_PACING_TOLERANCE, domain).projectedAtEnd).toBeCloseTo(projected, 9);
  });
});

describe('trajectoryPoints', () => {
  const points = (shape: GoalShape, window?: [string, string]) =>
    trajectoryPoints(goal(shape), window && { from: day(window[0]), to: day(window[1]) }).map(
      ({ at, value }) => [at.toISOString().slice(8, 10), Math.round(value * 1000) / 1000] as const,
    );

  it.each<[GoalShape, [string, string] | undefined, (readonly [string, number])[]]>([
    ['LINEAR', undefined, [['01', 100], ['11', 1000]]],
    ['LINEAR', ['03', '09'], [['03', 280], ['09', 820]]],
    ['MILESTONES', undefined, [['01', 100], ['05', 200], ['08', 500], ['11', 1000]]],
    ['MILESTONES', ['03', '09'], [['03', 150], ['05', 200], ['08', 500], ['09', 666.667]]],
    ['STEPPED', undefined, [['01', 100], ['05', 100], ['05', 200], ['08', 200], ['08', 500], ['11', 500], ['11', 1000]]],
    ['STEPPED', ['03', '09'], [['03', 100], ['05', 100], ['05', 200], ['08', 200], ['08', 500], ['09', 500]]],
    ['LINEAR', ['12', '20'], []],
  ])('%s within %p', (shape, window, expected) => {
    expect(points(shape, window)).toEqual(expected);
  });
});

describe('validateGoalTrajectory', () => {
  const base = goal('MILESTONES');
  it.each<[string, Partial<GoalTrajectory>, string[]]>([
    ['a valid goal', {}, []],
    ['end before start', { endAt: day('01') }, ['endAt', 'milestones[0].at', 'milestones[1].at']],
    ['non-finite start', { startValue: Number.NaN }, ['startValue']],
    ['no milestones on a milestone shape', { milestones: [] }, ['milestones']],
    ['linear without milestones', { shape: 'LINEAR', milestones: [] }, []],
    ['a milestone on the end date', { milestones: [{ at: day('11'), value: 5 }] }, ['milestones[0].at']],
    ['two milestones on one date', { milestones: [{ at: day('05'), value: 5 }, { at: day('05'), value: 6 }] }, ['milestones[1].at']],
    ['an infinite milestone value', { milestones: [{ at: day('05'), value: Infinity }] }, ['milestones[0].value']],
  ])('%s', (_, change, fields) => {
    expect(validateGoalTrajectory({ ...base, ...change }).map((error) => error.field)).toEqual(fields);
  });
});

describe('goalInForce', () => {
  const g = (id: string, from: string, to: string) => ({ id, startAt: new Date(from), endAt: new Date(to) });
  const goals = [
    g('year', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    g('q2', '2026-04-01T00:00:00Z', '2026-07-01T00:00:00Z'),
    g('old', '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ];
  it.each<[string, string | null]>([
    ['2024-06-01T00:00:00Z', null],
    ['2025-06-01T00:00:00Z', 'old'],
    ['2026-02-01T00:00:00Z', 'year'],
    ['2026-05-01T00:00:00Z', 'q2'],
    ['2026-08-01T00:00:00Z', 'year'],
    // All ended: the one that ended last.
    ['2027-06-01T00:00:00Z', 'year'],
  ])('at %s → %p', (at, expected) => {
    expect(goalInForce(goals, new Date(at))?.id ?? null).toBe(expected);
    expect(goalInForce([...goals].reverse(), new Date(at))?.id ?? null).toBe(expected);
  });
});
