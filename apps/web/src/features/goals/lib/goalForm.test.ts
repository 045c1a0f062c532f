import { describe, expect, it } from 'vitest';
import { editableAmount, goalFormSchema, previewTrajectory, toGoalInput, type GoalFormValues } from './goalForm';

const base: GoalFormValues = {
  name: 'Pipeline',
  metricKey: 'sales.pipeline',
  parentId: '',
  department: 'SALES',
  owner: '',
  shape: 'MILESTONES',
  startValue: 0,
  startAt: '2026-01-01',
  endValue: 100,
  endAt: '2026-12-31',
  milestones: [
    { at: '2026-04-01', value: 20 },
    { at: '2026-08-01', value: 60 },
  ],
};

/** The form's errors as "path: message key", in order. */
function errors(values: Partial<GoalFormValues>): string[] {
  const result = goalFormSchema.safeParse({ ...base, ...values });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('goal form validation', () => {
  it.each<[string, Partial<GoalFormValues>, string[]]>([
    ['a valid plan', {}, []],
    ['a LINEAR goal without milestones', { shape: 'LINEAR', milestones: [] }, []],
    ['a STEPPED goal without milestones', { shape: 'STEPPED', milestones: [] }, ['milestones: goals.error.needsMilestone']],
    ['a milestone on the start date', { milestones: [{ at: '2026-01-01', value: 1 }] }, ['milestones.0.at: goals.error.milestoneOutside']],
    ['a milestone before the start', { milestones: [{ at: '2025-12-01', value: 1 }] }, ['milestones.0.at: goals.error.milestoneOutside']],
    ['a milestone on the end date', { milestones: [{ at: '2026-12-31', value: 1 }] }, ['milestones.0.at: goals.error.milestoneOutside']],
    [
      'milestones listed out of date order',
      { milestones: [{ at: '2026-08-01', value: 60 }, { at: '2026-04-01', value: 20 }] },
      ['milestones.1.at: goals.error.milestoneOrder'],
    ],
    ['two milestones on one date', { milestones: [{ at: '2026-04-01', value: 20 }, { at: '2026-04-01', value: 30 }] }, ['milestones.1.at: goals.error.milestoneOrder']],
    ['a milestone without a date', { milestones: [{ at: '', value: 20 }] }, ['milestones.0.at: goals.error.date']],
    ['a milestone without a value', { milestones: [{ at: '2026-04-01', value: Number.NaN }] }, ['milestones.0.value: goals.error.number']],
    ['an end before the start', { endAt: '2025-06-01', milestones: [] , shape: 'LINEAR' }, ['endAt: goals.error.endBeforeStart']],
    ['a blank name', { name: '   ' }, ['name: goals.error.name']],
    ['no metric', { metricKey: '' }, ['metricKey: goals.error.metric']],
  ])('%s', (_, values, expected) => {
    expect(errors(values)).toEqual(expected);
  });
});

describe('toGoalInput', () => {
  it('sends days as midnight in the organisation zone, and no milestones for a straight line', () => {
    const input = toGoalInput({ ...base, parentId: 'p1', owner: '  Ana  ' }, 'g1', 'Europe/Madrid');
    expect(input).toMatchObject({
      id: 'g1',
      parentId: 'p1',
      owner: 'Ana',
      department: 'SALES',
      startAt: '2025-12-31T23:00:00.000Z',
      endAt: '2026-12-30T23:00:00.000Z',
      milestones: [
        { at: '2026-03-31T22:00:00.000Z', value: 20 },
        { at: '2026-07-31T22:00:00.000Z', value: 60 },
      ],
    });
    expect(toGoalInput({ ...base, shape: 'LINEAR', department: '' }, null, 'UTC')).toMatchObject({ id: null, department: null, parentId: null, milestones: [] });
  });
});

describe('previewTrajectory', () => {
  it('draws what can be drawn while the form is being filled in', () => {
    expect(previewTrajectory({ ...base, endAt: '' }, 'UTC')).toBeNull();
    const trajectory = previewTrajectory({ ...base, milestones: [...base.milestones, { at: '2027-02-01', value: 5 }] }, 'UTC')!;
    // The milestone after the end is left out until it is corrected.
    expect(trajectory.milestones.map((m) => m.at.toISOString())).toEqual(['2026-04-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z']);
  });
});

describe('editableAmount', () => {
  it.each<[number, number]>([
    [7548035.449999999, 7548035.45],
    [150990608.99999997, 150990609],
    [0.30000000000000004, 0.3],
    [-1234.5600000000002, -1234.56],
    [0.0001234, 0.0001234],
    [22_000_000, 22_000_000],
    [0, 0],
  ])('shows %s as %s', (stored, shown) => {
    expect(editableAmount(stored)).toBe(shown);
  });
});
