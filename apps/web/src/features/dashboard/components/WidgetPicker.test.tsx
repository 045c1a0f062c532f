import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import { WidgetPicker } from './WidgetPicker';

const METRICS = [
  { __typename: 'Metric', key: 'sales.win_rate', name: 'Win rate', department: 'SALES', dimensions: ['region'] },
  { __typename: 'Metric', key: 'sales.pipeline_value', name: 'Pipeline value', department: 'SALES', dimensions: ['region', 'segment'] },
  { __typename: 'Metric', key: 'ops.tasks', name: 'Tasks done', department: 'OPERATIONS', dimensions: [] },
];

const GOALS = [
  { __typename: 'Goal', id: 'g-arr', name: 'Company ARR', metric: { __typename: 'Metric', key: 'finance.arr', name: 'ARR' } },
];

function renderPicker() {
  const onAdd = vi.fn();
  const server = scriptedServer((operation) => ({ data: operation.operationName === 'WidgetGoals' ? { goalPlan: GOALS } : { metrics: METRICS } }));
  renderWithApollo(<WidgetPicker onAdd={onAdd} onClose={() => {}} />, { link: server.link });
  return onAdd;
}

describe('WidgetPicker', () => {
  it('searches the catalog by name or key and adds a scorecard of the chosen metrics', async () => {
    const onAdd = renderPicker();
    await screen.findByText('Win rate');
    fireEvent.change(screen.getByTestId('picker-search'), { target: { value: 'sales' } });
    expect(screen.queryByText('Tasks done')).toBeNull();
    fireEvent.change(screen.getByTestId('picker-search'), { target: { value: 'pipe' } });
    expect(screen.getAllByTestId('picker-metric').map((box) => box.getAttribute('data-metric'))).toEqual(['sales.pipeline_value']);
    fireEvent.click(screen.getByTestId('picker-metric'));
    fireEvent.change(screen.getByTestId('picker-search'), { target: { value: '' } });
    fireEvent.click(screen.getAllByTestId('picker-metric')[0]);
    fireEvent.change(screen.getByTestId('picker-title'), { target: { value: 'Review' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(onAdd).toHaveBeenCalledWith('SCORECARD', { title: 'Review', metricKeys: ['sales.pipeline_value', 'sales.win_rate'], dimension: null, text: null, goalId: null });
  });

  it('asks for exactly one metric for a KPI card, and a dimension for a breakdown', async () => {
    const onAdd = renderPicker();
    await screen.findByText('Win rate');
    fireEvent.change(screen.getByTestId('picker-type'), { target: { value: 'KPI' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(await screen.findByText('Choose a metric')).toBeTruthy();
    fireEvent.change(screen.getByTestId('picker-type'), { target: { value: 'BREAKDOWN' } });
    fireEvent.click(screen.getAllByTestId('picker-metric')[1]);
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(await screen.findByText('Choose a dimension', { selector: '[role="alert"]' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('picker-dimension'), { target: { value: 'segment' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('BREAKDOWN', { title: '', metricKeys: ['sales.pipeline_value'], dimension: 'segment', text: null, goalId: null }));
  });

  it('takes a note\'s text and no metric', async () => {
    const onAdd = renderPicker();
    await screen.findByText('Win rate');
    fireEvent.change(screen.getByTestId('picker-type'), { target: { value: 'TEXT' } });
    fireEvent.change(screen.getByTestId('picker-text'), { target: { value: '**Hi**' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(onAdd).toHaveBeenCalledWith('TEXT', { title: '', metricKeys: [], dimension: null, text: '**Hi**', goalId: null });
  });

  it('adds a funnel with nothing more to choose', async () => {
    const onAdd = renderPicker();
    await screen.findByText('Win rate');
    fireEvent.change(screen.getByTestId('picker-type'), { target: { value: 'FUNNEL' } });
    expect(screen.queryByTestId('picker-search')).toBeNull();
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(onAdd).toHaveBeenCalledWith('FUNNEL', { title: '', metricKeys: [], dimension: null, text: null, goalId: null });
  });

  it('asks which goal a goal progress widget shows, from the goals the editor reads', async () => {
    const onAdd = renderPicker();
    await screen.findByText('Win rate');
    fireEvent.change(screen.getByTestId('picker-type'), { target: { value: 'GOAL_PROGRESS' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    expect(await screen.findByText('Choose the goal to show')).toBeTruthy();
    expect(onAdd).not.toHaveBeenCalled();
    await screen.findByText('Company ARR · ARR');
    fireEvent.change(screen.getByTestId('picker-goal'), { target: { value: 'g-arr' } });
    await act(async () => fireEvent.click(screen.getByTestId('picker-add')));
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('GOAL_PROGRESS', { title: '', metricKeys: [], dimension: null, text: null, goalId: 'g-arr' }));
  });
});
