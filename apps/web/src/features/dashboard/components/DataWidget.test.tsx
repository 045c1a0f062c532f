import { act, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { LeadStatus } from '@opshub/metrics';
import type { WidgetDataFieldsFragment } from '../../../gql/graphql';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import type { Widget } from '../lib/widgets';
import { DataWidget } from './DataWidget';

const widget = (type: Widget['type'], goalId: string | null = null, workflows: Widget['workflows'] = null): Widget => ({
  id: 'w', type, title: '', metricKeys: [], dimension: null, text: null, goalId, workflows, range: null, compare: null, x: 0, y: 0, w: 6, h: 8,
});

const stage = (status: LeadStatus, entered: number, conversion: number | null) => ({ __typename: 'FunnelStage' as const, status, entered, conversion, medianHoursInStage: null });
const group = {
  __typename: 'FunnelGroup' as const, key: null, winRate: null,
  stages: [stage('NEW', 3, null), stage('MQL', 2, 2 / 3), stage('SQL', 1, 0.5), stage('OPPORTUNITY', 0, 0), stage('WON', 0, null), stage('LOST', 0, null), stage('DISQUALIFIED', 0, null)],
  responseTime: { __typename: 'ResponseTime' as const, contacted: 2, medianHours: 1, p90Hours: 1 },
};
const empty = { __typename: 'DashboardWidget' as const, id: 'w', kpis: null, funnel: null, slaBreaches: null, workflowSlaBreaches: null, workflowScorecard: null, goal: null };
const breach = {
  __typename: 'SlaBreach' as const, id: 'c1', dueAt: '2026-01-14T14:05:00.000Z', startedAt: '2026-01-14T14:00:00.000Z',
  policy: { __typename: 'SlaPolicy' as const, key: 'new_lead_processing', name: 'New lead processed within 5 minutes' },
  lead: {
    __typename: 'Lead' as const, id: 'lead-c', name: 'Ada', company: 'Acme', channel: 'social', campaign: null, region: 'NORTH', segment: 'SMB',
    status: 'NEW' as const, score: 10, createdAt: '2026-01-14T14:00:00.000Z', owner: null,
  },
};

const ticketBreach = (id: string, recordId: string, title: string, dueAt: string) => ({
  __typename: 'WorkflowSlaBreach' as const, id, dueAt,
  policy: { __typename: 'WorkflowSlaPolicy' as const, key: 'ticket_first_answer', name: 'New ticket answered within 1 hour' },
  record: { __typename: 'WorkflowRecord' as const, id: recordId, workflow: 'TICKET' as const, externalId: null, title, account: 'Globex', state: 'ASSIGNED' },
});

function show(type: Widget['type'], data: Partial<WidgetDataFieldsFragment> | undefined, shared = false, language: 'en' | 'es' = 'en', workflows: Widget['workflows'] = null) {
  const server = scriptedServer(() => ({ data: { dimensionLabels: [] } }));
  shown = server;
  renderWithApollo(
    <MemoryRouter>
      <DataWidget widget={widget(type, type === 'GOAL_PROGRESS' ? 'g1' : null, workflows)} data={data && ({ ...empty, ...data } as WidgetDataFieldsFragment)} shared={shared} live />
    </MemoryRouter>,
    { link: server.link, language },
  );
}

let shown: ReturnType<typeof scriptedServer>;

describe('DataWidget', () => {
  it('draws the funnel the dashboard read, stage by stage', () => {
    show('FUNNEL', { funnel: { __typename: 'Funnel', period: { __typename: 'Period', from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' }, total: group, groups: [] } });
    const rows = screen.getAllByTestId('funnel-stage');
    expect(rows.slice(0, 3).map((row) => [row.getAttribute('data-status'), row.getAttribute('data-entered')])).toEqual([['NEW', '3'], ['MQL', '2'], ['SQL', '1']]);
    expect(within(rows[1]).getByText('66.7%')).toBeTruthy();
  });

  it('links a breached lead to its page', () => {
    show('SLA_BREACHES', { slaBreaches: [breach] });
    expect(screen.getByRole('link', { name: 'Ada · Acme' }).getAttribute('href')).toMatch(/lead-c/);
  });

  it('puts a breach detected after the dashboard loaded on top of the list', async () => {
    show('SLA_BREACHES', { slaBreaches: [breach] });
    await waitFor(() => expect(shown.operations.some((operation) => operation.operationName === 'SlaBreached')).toBe(true));
    const later = { ...breach, id: 'c2', dueAt: '2026-01-15T10:00:00.000Z', lead: { ...breach.lead, id: 'lead-d', name: 'Grace', company: 'Initech' } };
    await act(async () => shown.pushes.next({ data: { slaBreached: later } }));
    await waitFor(() => expect(screen.getAllByTestId('sla-breach').map((item) => item.getAttribute('data-lead-id'))).toEqual(['lead-d', 'lead-c']));
  });

  it('names a breached lead without a link on a shared screen, and asks for no pushes', () => {
    show('SLA_BREACHES', { slaBreaches: [breach] }, true);
    expect(screen.getByText('Ada · Acme')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(shown.operations.map((operation) => operation.operationName)).not.toContain('SlaBreached');
  });

  it('lists workflow breaches with the leads\', latest deadline first, each linking to its record page', () => {
    show('SLA_BREACHES', { slaBreaches: [breach], workflowSlaBreaches: [ticketBreach('w1', 'ticket-1', 'Printer on fire', '2026-01-20T10:00:00.000Z')] }, false, 'es', ['LEAD', 'TICKET']);
    const rows = screen.getAllByTestId('sla-breach');
    expect(rows.map((row) => row.getAttribute('data-record-id') ?? row.getAttribute('data-lead-id'))).toEqual(['ticket-1', 'lead-c']);
    expect(within(rows[0]).getByRole('link', { name: 'Printer on fire' }).getAttribute('href')).toBe('/workflows/ticket-1');
    expect(rows[0].textContent).toContain('Ticket de soporte · Asignado');
  });

  it('puts a workflow breach detected after the dashboard loaded on top, of its workflows only', async () => {
    show('SLA_BREACHES', { workflowSlaBreaches: [ticketBreach('w1', 'ticket-1', 'Printer on fire', '2026-01-20T10:00:00.000Z')] }, false, 'en', ['TICKET']);
    await waitFor(() => expect(shown.operations.some((operation) => operation.operationName === 'WorkflowSlaBreached')).toBe(true));
    expect(shown.operations.map((operation) => operation.operationName)).not.toContain('SlaBreached');
    const renewal = { ...ticketBreach('w3', 'renewal-1', 'Acme renewal', '2026-01-21T10:00:00.000Z'), record: { ...ticketBreach('w3', 'renewal-1', 'Acme renewal', '').record, workflow: 'RENEWAL' as const, state: 'OPENED' } };
    await act(async () => shown.pushes.next({ data: { workflowSlaBreached: renewal } }));
    await act(async () => shown.pushes.next({ data: { workflowSlaBreached: ticketBreach('w2', 'ticket-2', 'Login loop', '2026-01-21T11:00:00.000Z') } }));
    await waitFor(() => expect(screen.getAllByTestId('sla-breach').map((item) => item.getAttribute('data-record-id'))).toEqual(['ticket-2', 'ticket-1']));
  });

  it('names a breached record without a link on a shared screen, and asks for no pushes', () => {
    show('SLA_BREACHES', { workflowSlaBreaches: [ticketBreach('w1', 'ticket-1', 'Printer on fire', '2026-01-20T10:00:00.000Z')] }, true, 'en', ['TICKET']);
    expect(screen.getByText('Printer on fire')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(shown.operations.map((operation) => operation.operationName)).not.toContain('WorkflowSlaBreached');
  });

  it("shows a goal's pacing with its metric's unit", () => {
    show('GOAL_PROGRESS', {
      goal: {
        __typename: 'Goal', id: 'g1', name: 'Pipeline stock',
        metric: { __typename: 'Metric', key: 'sales.stock', name: 'Stock', unit: { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null, decimals: null } },
        progress: { __typename: 'GoalProgress', at: '2026-03-11T00:00:00.000Z', expected: 200, actual: 100, projectedAtEnd: 100, status: 'BEHIND' },
      } as WidgetDataFieldsFragment['goal'],
    });
    expect(screen.getByTestId('goal-widget').getAttribute('data-goal-id')).toBe('g1');
    expect(screen.getByTestId('goal-expected').textContent).toBe('200');
    expect(screen.getByTestId('goal-actual').textContent).toBe('100');
    expect(screen.getByTestId('goal-pacing').querySelector('[data-status]')?.getAttribute('data-status')).toBe('BEHIND');
  });

  it.each([
    ['en', 'You may not see this widget\'s data.'],
    ['es', 'No puedes ver los datos de este widget.'],
  ] as const)('says the data is not for this reader (%s)', (language, text) => {
    show('FUNNEL', {}, false, language);
    expect(screen.getByTestId('widget-hidden').textContent).toBe(text);
  });

  it('says an unsaved widget shows once saved', () => {
    show('SLA_BREACHES', undefined);
    expect(screen.getByTestId('widget-unsaved')).toBeTruthy();
  });
});
