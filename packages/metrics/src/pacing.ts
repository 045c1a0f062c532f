import { DEFAULT_TOLERANCE, evaluateStatus } from './status';
import type { Direction, TimeRange } from './types';
import { clampToDomain, UNBOUNDED, type ValueDomain } from './value-domain';

/**
 * Goals as target trajectories over time, and pacing against them.
 *
 * LINEAR     a straight line from (startAt, startValue) to (endAt, endValue); milestones are ignored.
 * STEPPED    a staircase: the value of the latest checkpoint reached (start, each milestone, end) holds until
 *            the next one, e.g. "2× by month 6" means the 2× bar applies from month 6 on, not gradually.
 * MILESTONES piecewise linear through start, every milestone and end (the 30/60/90-day plan drawn as a path).
 *
 * Before startAt the expected value is startValue; from endAt on it is endValue.
 */
export const GOAL_SHAPES = ['LINEAR', 'STEPPED', 'MILESTONES'] as const;
export type GoalShape = (typeof GOAL_SHAPES)[number];

export const PACING_STATUSES = ['AHEAD', 'ON_PACE', 'BEHIND'] as const;
export type PacingStatus = (typeof PACING_STATUSES)[number];

/**
 * Relative distance from the expected value (5 % of it) still reported as ON_PACE. Tighter than the target
 * tolerance because pacing judges the path, where an early miss compounds by the end date.
 */
export const DEFAULT_PACING_TOLERANCE = 0.05;

export interface GoalMilestone {
  at: Date;
  value: number;
}

export interface GoalTrajectory {
  shape: GoalShape;
  startValue: number;
  startAt: Date;
  endValue: number;
  endAt: Date;
  milestones: readonly GoalMilestone[];
}

export interface TrajectoryPoint {
  at: Date;
  value: number;
}

export interface Pacing {
  expected: number;
  actual: number;
  /** The value at endAt if progress since startAt continues at its average rate so far. */
  projectedAtEnd: number;
  status: PacingStatus;
}

/** start, the milestones in date order and end: the points a trajectory passes through. */
function checkpoints(goal: GoalTrajectory): TrajectoryPoint[] {
  const milestones = goal.shape === 'LINEAR' ? [] : [...goal.milestones].sort((a, b) => a.at.getTime() - b.at.getTime());
  return [
    { at: goal.startAt, value: goal.startValue },
    ...milestones.map(({ at, value }) => ({ at, value })),
    { at: goal.endAt, value: goal.endValue },
  ];
}

/** Where the trajectory says the metric should be at `at`. */
export function expectedAt(goal: GoalTrajectory, at: Date): number {
  const time = at.getTime();
  const points = checkpoints(goal);
  if (time <= points[0]!.at.getTime()) return points[0]!.value;
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1]!;
    const next = points[i]!;
    const end = next.at.getTime();
    if (time >= end) continue;
    if (goal.shape === 'STEPPED') return previous.value;
    const start = previous.at.getTime();
    return previous.value + ((next.value - previous.value) * (time - start)) / (end - start);
  }
  return goal.endValue;
}

/**
 * The trajectory as chart points within `window` (the whole trajectory without one): its vertices inside the
 * window plus the expected values at the window's edges, and for STEPPED a vertical edge at each step
 * (two points at the same instant), so a line chart draws the staircase rather than ramps.
 */
export function trajectoryPoints(goal: GoalTrajectory, window?: TimeRange): TrajectoryPoint[] {
  const from = Math.max(goal.startAt.getTime(), window?.from.getTime() ?? -Infinity);
  const to = Math.min(goal.endAt.getTime(), window?.to.getTime() ?? Infinity);
  if (from > to) return [];
  const points: TrajectoryPoint[] = [{ at: new Date(from), value: expectedAt(goal, new Date(from)) }];
  let previous = points[0]!.value;
  for (const checkpoint of checkpoints(goal)) {
    const time = checkpoint.at.getTime();
    if (time <= from || time >= to) continue;
    if (goal.shape === 'STEPPED') points.push({ at: checkpoint.at, value: previous });
    points.push({ at: checkpoint.at, value: checkpoint.value });
    previous = checkpoint.value;
  }
  if (to > from) {
    const last = expectedAt(goal, new Date(to));
    if (goal.shape === 'STEPPED' && last !== previous) points.push({ at: new Date(to), value: previous });
    points.push({ at: new Date(to), value: last });
  }
  return points;
}

// Statuses are judged in binary floating point; without slack exactly at the band's edge could fall either way.
const BAND_EPSILON = 1e-9;

/**
 * Pacing of `actual` observed at `at` against the goal.
 *
 * Projection: actual + (actual − startValue) / elapsed × remaining, a run-rate extrapolation of the progress
 * made since startAt; at or before startAt there is no progress to extrapolate and it is the actual value, as
 * it is from endAt on. It is kept within `domain` (valueDomain): a win rate is never heading for 114 %.
 *
 * Status tells one story with the projection shown beside it, so it is the worse of two judgements:
 * - today: ON_PACE when |actual − expected| ≤ tolerance × |expected| (edges inclusive); otherwise AHEAD when the
 *   miss is in the good direction for the metric (above for HIGHER_IS_BETTER, below for LOWER_IS_BETTER), BEHIND
 *   when in the bad one;
 * - landing: once there is progress to extrapolate (after startAt), BEHIND when the projection would be OFF_TRACK
 *   against endValue as a KPI is against its target (misses it by more than DEFAULT_TOLERANCE × |endValue|).
 *   A small gap today run on for years can miss the end by far (a cost 1 % over a flat first year, heading for
 *   $778 against $250): that goal is not on pace. The landing only ever lowers the status: a run rate that
 *   overshoots does not make a goal behind its path today ahead, nor one on its path ahead.
 */
export function evaluatePacing(
  goal: GoalTrajectory,
  actual: number,
  at: Date,
  direction: Direction,
  tolerance: number = DEFAULT_PACING_TOLERANCE,
  domain: ValueDomain = UNBOUNDED,
): Pacing {
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  const expected = expectedAt(goal, at);
  const band = tolerance * Math.abs(expected) + BAND_EPSILON * Math.max(1, Math.abs(expected));
  const difference = actual - expected;
  const good = direction === 'HIGHER_IS_BETTER' ? difference > 0 : difference < 0;
  const today: PacingStatus = Math.abs(difference) <= band ? 'ON_PACE' : good ? 'AHEAD' : 'BEHIND';

  const time = at.getTime();
  const start = goal.startAt.getTime();
  const end = goal.endAt.getTime();
  const runRate = time <= start || time >= end ? actual : actual + ((actual - goal.startValue) / (time - start)) * (end - time);
  const projectedAtEnd = clampToDomain(runRate, domain);
  const landsOffTrack = time > start && evaluateStatus(projectedAtEnd, goal.endValue, direction, DEFAULT_TOLERANCE) === 'OFF_TRACK';
  return { expected, actual, projectedAtEnd, status: landsOffTrack ? 'BEHIND' : today };
}

export interface GoalValidationError {
  field: string;
  reason: string;
}

/**
 * What is wrong with a trajectory, field by field (paths as in the GraphQL input: `milestones[1].at`); empty
 * when valid. STEPPED and MILESTONES need at least one milestone, strictly between start and end, on distinct
 * dates, because a shape defined by milestones is meaningless without them and ambiguous with ties.
 */
export function validateGoalTrajectory(goal: GoalTrajectory): GoalValidationError[] {
  const errors: GoalValidationError[] = [];
  const finite = (field: string, value: number) => {
    if (!Number.isFinite(value)) errors.push({ field, reason: `${field} must be a finite number` });
  };
  finite('startValue', goal.startValue);
  finite('endValue', goal.endValue);
  const start = goal.startAt.getTime();
  const end = goal.endAt.getTime();
  if (Number.isNaN(start)) errors.push({ field: 'startAt', reason: 'startAt must be a valid date' });
  if (Number.isNaN(end)) errors.push({ field: 'endAt', reason: 'endAt must be a valid date' });
  else if (end <= start) errors.push({ field: 'endAt', reason: 'endAt must be after startAt' });
  if (goal.shape !== 'LINEAR' && goal.milestones.length === 0) {
    errors.push({ field: 'milestones', reason: `a ${goal.shape} goal needs at least one milestone` });
  }
  const seen = new Set<number>();
  goal.milestones.forEach((milestone, i) => {
    finite(`milestones[${i}].value`, milestone.value);
    const time = milestone.at.getTime();
    const field = `milestones[${i}].at`;
    if (!(time > start && time < end)) errors.push({ field, reason: `${field} must be strictly between startAt and endAt` });
    else if (seen.has(time)) errors.push({ field, reason: `${field} repeats the date of another milestone` });
    seen.add(time);
  });
  return errors;
}

/**
 * The goal that paces a metric at `at`, among goals of the same level: one in progress (startAt ≤ at < endAt),
 * the one that started last as for targets; when all have ended, the one that ended last, since its result is
 * the latest news. null when none has started.
 */
export function goalInForce<G extends { startAt: Date; endAt: Date }>(goals: readonly G[], at: Date): G | null {
  const time = at.getTime();
  // Sort key, larger wins: running goals before ended ones, then by start (running) or end (ended), then start.
  const rank = (goal: G): [number, number, number] => {
    const running = goal.endAt.getTime() > time;
    return [running ? 1 : 0, running ? goal.startAt.getTime() : goal.endAt.getTime(), goal.startAt.getTime()];
  };
  const beats = (a: readonly number[], b: readonly number[]) => {
    const i = a.findIndex((value, j) => value !== b[j]);
    return i >= 0 && a[i]! > b[i]!;
  };
  let best: G | null = null;
  let bestRank: [number, number, number] | null = null;
  for (const goal of goals) {
    if (goal.startAt.getTime() > time) continue;
    const candidate = rank(goal);
    if (!bestRank || beats(candidate, bestRank)) {
      best = goal;
      bestRank = candidate;
    }
  }
  return best;
}
