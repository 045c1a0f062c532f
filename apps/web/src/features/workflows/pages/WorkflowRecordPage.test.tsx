import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Result } from '../../../test/apollo';
import type { Operation } from '@apollo/client';
import WorkflowRecordPage from './WorkflowRecordPage';

const event = (id: string, at: string, kind: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'WorkflowEvent', id, at, kind, fromState: null, toState: null, actor: 'sla', reason: null, contributions: [], ...extra,
});
const counted = (metricKey: string, value: number) => ({ __typename: 'MetricContribution', metricKey, value });

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
      actor: 'ana', fromState: 'CATEGORISED', toState: 'ANSWERED', contributions: [counted('cs.tickets_answered', 1), counted('cs.ticket_response_hours_total', 29 / 60)],
    }),
  ],
};

const unit = (kind: string) => ({ __typename: 'Unit', kind, currency: null, scaleMin: null, scaleMax: null, decimals: null });
const metric = (key: string, name: string, kind = 'COUNT') => ({ __typename: 'Metric', key, name, unit: unit(kind) });
/** The catalog as the server answers it in each language (one metric without a Spanish name keeps its English one). */
const METRICS = {
  en: [metric('cs.ticket_sla_resolved', 'Ticket deadlines resolved'), metric('cs.ticket_sla_breaches', 'Ticket deadlines breached'),
    metric('cs.tickets_answered', 'Tickets answered'), metric('cs.ticket_response_hours_total', 'First-response hours (total)', 'HOURS')],
  es: [metric('cs.ticket_sla_resolved', 'Plazos de tickets resueltos'), metric('cs.ticket_sla_breaches', 'Plazos de tickets incumplidos'),
    metric('cs.tickets_answered', 'Tickets answered'), metric('cs.ticket_response_hours_total', 'Horas hasta la primera respuesta (total)', 'HOURS')],
};
const LABELS = {
  en: [['priority', 'HIGH', 'High'], ['category', 'billing', 'Billing'], ['segment', 'SMB', 'Small business']],
  es: [['priority', 'HIGH', 'Alta'], ['category', 'billing', 'Facturación'], ['segment', 'SMB', 'Pequeña empresa']],
};

/** The record, the catalog's names and the dimension labels, in the page's language. */
function server(language: 'en' | 'es', record: unknown) {
  return (operation: Operation): Result => {
    if (operation.operationName === 'WorkflowMetrics') return { data: { metrics: METRICS[language] } };
    if (operation.operationName === 'DimensionLabels') {
      return { data: { dimensionLabels: LABELS[language].map(([dimension, value, label]) => ({ __typename: 'DimensionLabel', dimension, value, label })) } };
    }
    return { data: { workflowRecord: record } };
  };
}

function renderRecord(language: 'en' | 'es', answer: (operation: Operation) => Result) {
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
    renderRecord('en', server('en', TICKET));
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
    ]);
  });

  it.each([
    ['en', ['Ticket deadlines resolved', 'Ticket deadlines breached', 'Tickets answered', 'First-response hours (total)'], ['1', '1', '1', '29 min'], ['High', 'Billing', 'Small business']],
    ['es', ['Plazos de tickets resueltos', 'Plazos de tickets incumplidos', 'Tickets answered', 'Horas hasta la primera respuesta (total)'], ['1', '1', '1', '29 min'], ['Alta', 'Facturación', 'Pequeña empresa']],
  ] as const)('names the KPIs it counted in, a 29-minute first response as such, and labels priority and category (%s)', async (language, names, values, labels) => {
    renderRecord(language, server(language, TICKET));
    const counted = await screen.findByTestId('counted-in');
    await waitFor(() => expect(within(counted).getAllByRole('link').map((a) => a.textContent)).toEqual(names));
    expect(within(counted).getAllByTestId('counted-value').map((v) => v.textContent?.replace(/\u00a0/g, ' '))).toEqual(values);
    await waitFor(() => labels.forEach((label) => expect(screen.getByText(label, { selector: 'dd' })).toBeTruthy()));
  });

  it('speaks Spanish', async () => {
    renderRecord('es', server('es', TICKET));
    await screen.findByRole('heading', { level: 1, name: 'Invoice <b>wrong</b>' });
    expect(screen.getByTestId('workflow-state').textContent).toBe('Respondido');
    expect(screen.getByText('Ticket nuevo respondido en 1 hora')).toBeTruthy();
  });

  it('says so when the record does not exist', async () => {
    renderRecord('en', server('en', null));
    await screen.findByText('Record not found');
  });
});
