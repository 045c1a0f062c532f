import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Result } from '../../../test/apollo';
import WorkflowRecordPage from './WorkflowRecordPage';

const event = (id: string, at: string, kind: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'WorkflowEvent', id, at, kind, fromState: null, toState: null, actor: 'sla', reason: null, contributions: [], ...extra,
});
const unit = (kind: string) => ({ __typename: 'Unit', kind, currency: null, scaleMin: null, scaleMax: null });
const counted = (metricKey: string, value: number, kind = 'COUNT') => ({ __typename: 'MetricContribution', metricKey, value, unit: unit(kind) });

const TICKET = {
  __typename: 'WorkflowRecord',
  id: 't1',
  workflow: 'TICKET',
  externalId: 'zd-7',
  title: 'Invoice <b>wrong</b>',
  account: 'Globex',
  segment: 'SMB',
  priority: 'HIGH',
  category: 'billing',
  state: 'ANSWERED',
  owner: 'ana',
  renewalDate: null,
  amount: null,
  openedAt: '2026-03-03T09:00:00.000Z',
  stateChangedAt: '2026-03-03T11:00:00.000Z',
  slaClocks: [{
    __typename: 'WorkflowSlaClock', id: 'c1', state: 'BREACHED', startedAt: '2026-03-03T09:00:00.000Z', dueAt: '2026-03-03T10:00:00.000Z', metAt: '2026-03-03T11:00:00.000Z',
    policy: { __typename: 'WorkflowSlaPolicy', key: 'ticket_first_answer', name: 'Ticket nuevo respondido en 1 hora', target: 0.85 },
  }],
  journey: [
    event('1', '2026-03-03T09:00:00.000Z', 'CREATED', { actor: 'portal', toState: 'NEW' }),
    event('2', '2026-03-03T09:30:00.000Z', 'TRANSITIONED', { actor: 'triage-bot', fromState: 'NEW', toState: 'CATEGORISED', reason: 'keyword: invoice' }),
    event('3', '2026-03-03T10:00:00.000Z', 'SLA_BREACHED', { contributions: [counted('cs.ticket_sla_resolved', 1), counted('cs.ticket_sla_breaches', 1)] }),
    event('4', '2026-03-03T11:00:00.000Z', 'TRANSITIONED', {
      actor: 'ana', fromState: 'CATEGORISED', toState: 'ANSWERED', contributions: [
        counted('cs.tickets_answered', 1), counted('cs.ticket_response_hours_total', 2, 'HOURS'),
        counted('cs.ticket_first_response_median', 2, 'HOURS'), counted('cs.ticket_first_response_p90', 2, 'HOURS'),
      ],
    }),
  ],
};

function renderRecord(language: 'en' | 'es', answer: () => Result) {
  renderWithApollo(
    <MemoryRouter initialEntries={['/workflows/t1']}>
      <Routes>
        <Route path="/workflows/:id" element={<WorkflowRecordPage />} />
      </Routes>
    </MemoryRouter>,
    { link: scriptedServer(answer).link, language },
  );
}

describe('WorkflowRecordPage', () => {
  it("shows a ticket's state, its SLA clock breached then answered late, its journey and the KPIs it counted in", async () => {
    renderRecord('en', () => ({ data: { workflowRecord: TICKET } }));
    // A title is text, never markup.
    await screen.findByRole('heading', { level: 1, name: 'Invoice <b>wrong</b>' });
    expect(screen.getByTestId('workflow-state').textContent).toBe('Answered');
    const clock = screen.getByTestId('sla-clock');
    expect(clock.dataset.state).toBe('BREACHED');
    expect(clock.textContent).toContain('target 85');
    expect(within(screen.getByTestId('workflow-journey')).getAllByRole('listitem').map((li) => li.dataset.kind)).toEqual(['CREATED', 'TRANSITIONED', 'SLA_BREACHED', 'TRANSITIONED']);
    expect(screen.getByTestId('workflow-journey').textContent).toContain('New → Categorised · keyword: invoice');
    expect(within(screen.getByTestId('counted-in')).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/metrics/cs.ticket_sla_resolved', '/metrics/cs.ticket_sla_breaches', '/metrics/cs.tickets_answered', '/metrics/cs.ticket_response_hours_total',
      '/metrics/cs.ticket_first_response_median', '/metrics/cs.ticket_first_response_p90',
    ]);
    // Each in its metric's unit: a case counted once, its first answer after 2 hours in the median and p90.
    expect(within(screen.getByTestId('counted-in')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'cs.ticket_sla_resolved1', 'cs.ticket_sla_breaches1', 'cs.tickets_answered1', 'cs.ticket_response_hours_total2 hr',
      'cs.ticket_first_response_median2 hr', 'cs.ticket_first_response_p902 hr',
    ]);
  });

  it('speaks Spanish', async () => {
    renderRecord('es', () => ({ data: { workflowRecord: TICKET } }));
    await screen.findByRole('heading', { level: 1, name: 'Invoice <b>wrong</b>' });
    expect(screen.getByTestId('workflow-state').textContent).toBe('Respondido');
    expect(screen.getByText('Ticket nuevo respondido en 1 hora')).toBeTruthy();
  });

  it('says so when the record does not exist', async () => {
    renderRecord('en', () => ({ data: { workflowRecord: null } }));
    await screen.findByText('Record not found');
  });
});
