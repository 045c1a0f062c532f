import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { RuleForm } from './RuleForm';

// The chart is ApexCharts (no layout in jsdom); the count and the event list are what is checked here.
vi.mock('./BacktestChart', () => ({ default: () => null }));

const options: Result = {
  data: {
    metric: { __typename: 'Metric', key: 'sales.bookings', name: 'Bookings', department: 'SALES', unit: { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null } },
    alertRuleOwnerCandidates: [{ __typename: 'RuleOwnerCandidate', id: 'u1', name: 'Sam Sales', email: 'sam@x.test' }],
    channels: [
      { __typename: 'Channel', id: 'c1', name: 'Sales on call', kind: 'EMAIL', department: 'SALES' },
      { __typename: 'Channel', id: 'c2', name: 'Marketing Slack', kind: 'SLACK', department: 'MARKETING' },
    ],
  },
};

const backtest: Result = {
  data: {
    alertRuleBacktest: {
      __typename: 'AlertBacktest', from: '2026-09-07T00:00:00Z', to: '2026-12-07T00:00:00Z', granularity: 'DAY', fired: 1, firingAtEnd: false,
      events: [
        { __typename: 'AlertBacktestEvent', transition: 'FIRED', at: '2026-11-28T00:00:00Z', value: 30, reference: 10 },
        { __typename: 'AlertBacktestEvent', transition: 'CLEARED', at: '2026-11-30T00:00:00Z', value: 1, reference: 10 },
      ],
      points: [{ __typename: 'AlertBacktestPoint', at: '2026-11-28T00:00:00Z', value: 30 }],
    },
  },
};

function render(answer: (operation: Operation) => Result) {
  const server = scriptedServer(answer);
  const onDone = vi.fn();
  renderWithApollo(<RuleForm rule={null} metricKey="sales.bookings" onDone={onDone} />, { link: server.link });
  return { ...server, onDone };
}

describe('RuleForm', () => {
  it('offers the owners and the channels the metric may use, backtests what is typed and shows the count and events', async () => {
    const { operations } = render((op) => (op.operationName === 'RuleFormOptions' ? options : backtest));
    await screen.findByRole('option', { name: 'Sam Sales (sam@x.test)' });
    // A MARKETING channel is not offered for a SALES metric.
    expect(screen.getAllByTestId('rule-channel')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('rule-name'), { target: { value: 'High bookings' } });
    fireEvent.change(screen.getByTestId('rule-threshold'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('rule-backtest-run'));
    expect((await screen.findByTestId('rule-backtest-count')).textContent).toBe('Would have fired 1 time');
    expect(screen.getAllByTestId('rule-backtest-event').map((e) => e.getAttribute('data-transition'))).toEqual(['FIRED', 'CLEARED']);
    const sent = operations.find((op) => op.operationName === 'AlertRuleBacktest')!;
    expect(sent.variables.input).toMatchObject({ name: 'High bookings', metricKey: 'sales.bookings', kind: 'THRESHOLD', params: { threshold: 10, side: 'ABOVE' } });
  });

  it('checks what it can before sending, and shows the server\'s field errors beside their fields', async () => {
    const { operations, onDone } = render((op) => (op.operationName === 'RuleFormOptions' ? options : {
      errors: [new GraphQLError('owner must be an enabled user who reads sales.bookings in detail', { extensions: { code: 'BAD_USER_INPUT', field: 'input.ownerUserId' } })],
    }));
    await screen.findByRole('option', { name: 'Sam Sales (sam@x.test)' });
    fireEvent.click(screen.getByTestId('rule-save'));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(operations.some((op) => op.operationName === 'CreateAlertRule')).toBe(false);

    fireEvent.change(screen.getByTestId('rule-name'), { target: { value: 'High bookings' } });
    fireEvent.change(screen.getByTestId('rule-threshold'), { target: { value: '10' } });
    fireEvent.change(screen.getByTestId('rule-owner'), { target: { value: 'u1' } });
    fireEvent.click(screen.getByTestId('rule-save'));
    const error = await screen.findByText('owner must be an enabled user who reads sales.bookings in detail');
    expect(screen.getByTestId('rule-owner').getAttribute('aria-describedby')).toContain(error.id);
    await waitFor(() => expect(operations.some((op) => op.operationName === 'CreateAlertRule')).toBe(true));
    expect(onDone).not.toHaveBeenCalled();
  });
});
