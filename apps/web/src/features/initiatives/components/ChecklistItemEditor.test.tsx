import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import type { ChecklistItemFieldsFragment } from '../../../gql/graphql';
import { ChecklistItemEditor, type ChecklistChoices } from './ChecklistItemEditor';
import { MilestoneChecklist } from './MilestoneChecklist';

const choices: ChecklistChoices = {
  goals: [{ id: 'g1', name: '90-day automation plan', startAt: '2026-01-01T12:00:00.000Z' }],
  owners: [{ id: 'u1', name: 'Elena Executive' }],
  metrics: [{ key: 'ops.automation_rate', name: 'Automation rate' }],
};

function renderEditor(answer: (op: Operation) => Result) {
  const server = scriptedServer(answer);
  const onDone = vi.fn();
  renderWithApollo(<ChecklistItemEditor item={null} choices={choices} defaultGoalId="g1" onDone={onDone} />, { link: server.link });
  return { operations: server.operations, onDone };
}

/** The error a field's aria-describedby points at. */
const errorOf = (label: string) => {
  const input = screen.getByLabelText(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).filter(Boolean).join(' ');
};

describe('ChecklistItemEditor', () => {
  it('refuses an item without title or owner, dated before its goal starts, or a metric without a target, beside each field, sending nothing', async () => {
    const { operations } = renderEditor(() => {
      throw new Error('nothing should be sent');
    });
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2025-12-31' } });
    fireEvent.change(screen.getByLabelText('Progress from'), { target: { value: 'ops.automation_rate' } });
    fireEvent.click(screen.getByTestId('checklist-save'));
    await waitFor(() => expect(errorOf('Milestone')).toBe('Write the milestone (1 to 200 characters).'));
    expect(errorOf('Owner')).toBe('Choose who owns it.');
    expect(errorOf('Due')).toBe('The due day is before its goal starts.');
    // Beside its hint.
    expect(errorOf('Target')).toContain('A metric needs a target to measure progress against.');
    expect(operations.filter((op) => op.operationName === 'CreateChecklistItem')).toEqual([]);
  });

  it("sends the item and shows the server's refusal beside the field it names", async () => {
    const { operations, onDone } = renderEditor(() => ({
      data: null,
      errors: [{ message: 'ownerUserId "u1" is not an active user', extensions: { code: 'BAD_USER_INPUT', field: 'input.ownerUserId' } }],
    } as unknown as Result));
    fireEvent.change(screen.getByLabelText('Milestone'), { target: { value: '80 % of processes automated' } });
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'u1' } });
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Progress from'), { target: { value: 'ops.automation_rate' } });
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '0.8' } });
    fireEvent.click(screen.getByTestId('checklist-save'));
    await waitFor(() => expect(errorOf('Owner')).toBe('ownerUserId "u1" is not an active user'));
    const sent = operations.find((op) => op.operationName === 'CreateChecklistItem')!;
    expect(sent.variables.input).toEqual({ goalId: 'g1', title: '80 % of processes automated', ownerUserId: 'u1', dueDate: '2026-03-01', metricKey: 'ops.automation_rate', target: 0.8 });
    expect(onDone).not.toHaveBeenCalled();
  });
});

const item = (overrides: Partial<ChecklistItemFieldsFragment>): ChecklistItemFieldsFragment => ({
  __typename: 'ChecklistItem', id: 'i1', goalId: 'g1', goalName: 'Plan', title: 'Tools set up', owner: { __typename: 'PlanUser', id: 'u1', name: 'Ada Admin' },
  dueDate: '2026-01-30', target: null, metricKey: null, metric: null, metricValue: null, progress: 0, complete: false, doneAt: null, overdue: false, editable: false,
  ...overrides,
} as ChecklistItemFieldsFragment);

describe('MilestoneChecklist', () => {
  it('flags overdue items in words, shows progress from a metric against its target, and titles as text', () => {
    const unit = { __typename: 'Unit', kind: 'PERCENT', currency: null, scaleMin: null, scaleMax: null } as const;
    renderWithApollo(
      <MilestoneChecklist
        editingId={null}
        onEdit={() => {}}
        renderEditor={() => null}
        items={[
          item({ id: 'a', title: '<b>Team trained</b>', overdue: true }),
          item({ id: 'b', title: '80 % automated', metricKey: 'ops.automation_rate', metric: { __typename: 'Metric', key: 'ops.automation_rate', name: 'Automation rate', unit } as never, metricValue: 0.6, target: 0.8, progress: 0.75 }),
        ]}
      />,
      { link: scriptedServer(() => { throw new Error('nothing should be sent'); }).link },
    );
    const rows = screen.getAllByTestId('checklist-item');
    expect(rows[0].getAttribute('data-overdue')).toBe('true');
    expect(rows[0].textContent).toContain('<b>Team trained</b>');
    expect(rows[0].querySelector('b')).toBeNull();
    expect(screen.getAllByTestId('checklist-overdue')).toHaveLength(1);
    expect(rows[1].textContent).toContain('60% of 80%');
    expect(rows[1].textContent).toContain('75%');
  });
});

