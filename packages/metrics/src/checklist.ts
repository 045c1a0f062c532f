/**
 * Milestone checklist items (seed 004's 30/60/90-day milestones): each has a due day in the organisation's zone and
 * either a metric its progress is read from ("80 % of processes automated" reads the automation rate against 0.8)
 * or a tick by hand. An item not complete by the end of its due day is overdue.
 */
import type { Direction } from './types';
import { toZonedParts } from './time-zone';

export interface ChecklistProgress {
  /** 0 to 1. */
  progress: number;
  complete: boolean;
}

/**
 * Progress of an item: ticked by hand, complete; read from a metric, the value's share of the target in the
 * metric's direction (0.6 of a 0.8 target is 75 %; a cost of $800 against $500 to reach is 62.5 %), capped at 100 %;
 * no value yet, 0.
 */
export function checklistProgress(item: { done: boolean; target: number | null; value: number | null; direction: Direction | null }): ChecklistProgress {
  if (item.done) return { progress: 1, complete: true };
  if (item.target === null || item.value === null || item.direction === null) return { progress: 0, complete: false };
  const { target, value } = item;
  const met = item.direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target;
  if (met) return { progress: 1, complete: true };
  const share = item.direction === 'HIGHER_IS_BETTER' ? (target > 0 ? value / target : 0) : value > 0 ? target / value : 0;
  return { progress: Math.min(1, Math.max(0, share)), complete: false };
}

/** YYYY-MM-DD of an instant in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = toZonedParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Overdue: not complete and its due day (YYYY-MM-DD in the organisation's zone) is over there. */
export function isOverdue(dueDate: string, complete: boolean, now: Date, timeZone: string): boolean {
  return !complete && localDay(now, timeZone) > dueDate;
}
