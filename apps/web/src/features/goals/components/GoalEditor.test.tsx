import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import type { PlanGoal } from '../lib/goalTree';
import { GoalEditor, type GoalMetric } from './GoalEditor';

const unit = { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null } as const;
const metric: GoalMetric = { __typename: 'Metric', key: 'sales.deals', name: 'Deals', department: 'SALES', sharedWith: [], unit };
const goal: PlanGoal = {
  __typename: 'Goal',
  id: 'g1',
  name: 'Deals plan',
  parentId: null,
  department: 'SALES',
  owner: null,
  shape: 'MILESTONES',
  startValue: 0,
  startAt: '2026-01-01T00:00:00.000Z',
  endValue: 100,
  endAt: '2026-12-31T00:00:00.000Z',
  milestones: [
    { __typename: 'GoalMilestone', at: '2026-04-01T00:00:00.000Z', value: 20 },
    { __typename: 'GoalMilestone', at: '2026-08-01T00:00:00.000Z', value: 60 },
  ],
  editable: true,
  metric: { ...metric, direction: 'HIGHER_IS_BETTER' },
  progress: { __typename: 'GoalProgress', at: '2026-06-01T00:00:00.000Z', expected: 40, actual: 30, projectedAtEnd: 72, status: 'BEHIND', trajectory: [], actuals: [] },
};

function renderEditor(answer: (op: Operation) => Result) {
  const server = scriptedServer(answer);
  const onDone = vi.fn();
  renderWithApollo(<GoalEditor goal={goal} goals={[goal]} metrics={[metric]} onDone={onDone} />, { link: server.link });
  return { operations: server.operations, onDone };
}

const dateOf = (n: number) => screen.getByLabelText(`Milestone ${n}: date`) as HTMLInputElement;
/** The error a field's aria-describedby points at. */
const errorOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).filter(Boolean).join(' ');
};

describe('GoalEditor milestones', () => {
  it('refuses milestones out of date order or outside the period, beside the field, without sending anything', async () => {
    const { operations } = renderEditor(() => {
      throw new Error('nothing should be sent');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move milestone 2 up' }));
    expect(dateOf(1).value).toBe('2026-08-01');
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(errorOf(dateOf(2))).toBe('The date must be after the previous milestone’s'));
    expect(dateOf(2).getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Move milestone 1 down' }));
    fireEvent.change(dateOf(2), { target: { value: '2027-02-01' } });
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(errorOf(dateOf(2))).toBe('The date must be after the start date and before the end date'));
    expect(errorOf(dateOf(1))).toBe('');
    expect(operations.filter((op) => op.operationName === 'SetGoal')).toEqual([]);
  });

  it('adds and removes milestones, and a shape made of milestones needs one', async () => {
    renderEditor(() => {
      throw new Error('nothing should be sent');
    });
    fireEvent.click(screen.getByTestId('add-milestone'));
    // Half-way between the last milestone (Aug 1) and the end (Dec 31, 152 days later), at the end value.
    expect(dateOf(3).value).toBe('2026-10-16');
    expect((screen.getByLabelText('Milestone 3: value') as HTMLInputElement).value).toBe('100');
    for (const n of [3, 2, 1]) fireEvent.click(screen.getByRole('button', { name: `Remove milestone ${n}` }));
    fireEvent.click(screen.getByTestId('goal-save'));
    expect(await screen.findByText('Add at least one milestone for this shape')).toBeTruthy();
  });

  it('sends the goal and shows the server\'s refusal beside the milestone it names', async () => {
    const { operations, onDone } = renderEditor(() => ({
      data: null,
      errors: [{ message: 'milestones[1].at repeats the date of another milestone', extensions: { code: 'BAD_USER_INPUT', field: 'milestones[1].at' } }],
    } as unknown as Result));
    fireEvent.change(screen.getByLabelText('End value'), { target: { value: '120' } });
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(errorOf(dateOf(2))).toBe('milestones[1].at repeats the date of another milestone'));
    const sent = operations.find((op) => op.operationName === 'SetGoal')!;
    expect(sent.variables.input).toMatchObject({
      id: 'g1',
      endValue: 120,
      milestones: [
        { at: '2026-04-01T00:00:00.000Z', value: 20 },
        { at: '2026-08-01T00:00:00.000Z', value: 60 },
      ],
    });
    expect(onDone).not.toHaveBeenCalled();
  });
});
