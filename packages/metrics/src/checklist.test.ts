import { checklistProgress, isOverdue, localDay } from './checklist';

describe('checklistProgress', () => {
  it.each<[string, Parameters<typeof checklistProgress>[0], number, boolean]>([
    ['ticked by hand', { done: true, target: null, value: null, direction: null }, 1, true],
    ['not ticked', { done: false, target: null, value: null, direction: null }, 0, false],
    // "80 % of processes automated": 60 % automated is 0.6 / 0.8 = 75 % of the way.
    ['automation 60 % of an 80 % target', { done: false, target: 0.8, value: 0.6, direction: 'HIGHER_IS_BETTER' }, 0.75, false],
    ['automation 85 % of an 80 % target', { done: false, target: 0.8, value: 0.85, direction: 'HIGHER_IS_BETTER' }, 1, true],
    // A cost of $800 to bring to $500: 500 / 800 = 62.5 %.
    ['a cost above its target', { done: false, target: 500, value: 800, direction: 'LOWER_IS_BETTER' }, 0.625, false],
    ['a cost at its target', { done: false, target: 500, value: 500, direction: 'LOWER_IS_BETTER' }, 1, true],
    ['no value yet', { done: false, target: 0.8, value: null, direction: 'HIGHER_IS_BETTER' }, 0, false],
  ])('%s', (_case, item, progress, complete) => {
    const result = checklistProgress(item);
    expect(result.progress).toBeCloseTo(progress, 10);
    expect(result.complete).toBe(complete);
  });
});

describe('isOverdue', () => {
  // Due 10 January in New York (UTC−5, standard time): overdue from 11 January 00:00 there, 05:00 UTC.
  it.each<[string, string, boolean, boolean]>([
    ['the evening of the due day in New York, already the 11th in UTC', '2026-01-11T04:59:00Z', false, false],
    ['midnight after the due day in New York', '2026-01-11T05:00:00Z', false, true],
    ['complete items are never overdue', '2026-04-01T00:00:00Z', true, false],
  ])('%s', (_case, now, complete, overdue) => {
    expect(isOverdue('2026-01-10', complete, new Date(now), 'America/New_York')).toBe(overdue);
  });

  it('reads the day in the zone', () => {
    expect(localDay(new Date('2026-01-11T04:59:00Z'), 'America/New_York')).toBe('2026-01-10');
    expect(localDay(new Date('2026-01-11T04:59:00Z'), 'UTC')).toBe('2026-01-11');
  });
});
