import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Result } from '../../../test/apollo';
import LeadPage from './LeadPage';

const event = (id: string, at: string, kind: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'LeadEvent', id, at, kind, fromStatus: null, toStatus: null, actor: 'routing', assigneeName: null, reason: null, repKey: 'ana', details: {}, contributions: [], ...extra,
  actorName: extra.actorName ?? extra.actor ?? 'routing',
});

const LEAD = {
  __typename: 'Lead',
  id: 'l1',
  name: 'Ada Lovelace',
  company: 'Engines Ltd',
  channel: 'referral',
  campaign: 'partner_program',
  region: 'EMEA',
  segment: 'ENTERPRISE',
  status: 'SQL',
  score: 50,
  createdAt: '2026-01-10T09:00:00.000Z',
  owner: { __typename: 'SalesRep', key: 'ana', name: 'Ana Ruiz' },
  externalId: 'crm-7',
  email: 'ada@engines.example',
  companySize: 1200,
  statusChangedAt: '2026-01-12T09:00:00.000Z',
  firstContactAt: '2026-01-10T10:00:00.000Z',
  scoreBreakdown: [{ __typename: 'ScoreContribution', rule: 'enterprise_segment', name: 'Enterprise account', category: 'DEMOGRAPHIC', points: 20 }, { __typename: 'ScoreContribution', rule: 'demo_request', name: 'Requested a demo', category: 'INTENT', points: 30 }],
  opportunity: null,
  slaClocks: [{ __typename: 'SlaClock', id: 'c1', state: 'BREACHED', startedAt: '2026-01-10T09:00:00.000Z', dueAt: '2026-01-11T09:00:00.000Z', metAt: null, policy: { __typename: 'SlaPolicy', key: 'mql_first_contact', name: 'MQL contactado en 24 horas' } }],
  journey: [
    event('1', '2026-01-10T09:00:00.000Z', 'CREATED', { actor: 'crm', contributions: [{ __typename: 'MetricContribution', metricKey: 'marketing.leads', value: 1 }] }),
    event('2', '2026-01-10T09:00:00.000Z', 'ASSIGNED', { reason: 'Territory EMEA', details: { to: 'ana' }, assigneeName: 'Ana Ruiz' }),
    event('3', '2026-01-10T09:00:00.000Z', 'TRANSITIONED', { actor: 'scoring', fromStatus: 'NEW', toStatus: 'MQL' }),
    event('4', '2026-01-11T09:00:00.000Z', 'SLA_BREACHED', { actor: 'sla', details: { policy: 'mql_first_contact', policyName: 'MQL contacted within 24 hours' } }),
    event('5', '2026-01-12T09:00:00.000Z', 'CONTACTED', { actor: 'ana', actorName: 'Ana Ruiz', details: { contactKind: 'DEMO' } }),
  ],
};

function renderLead(language: 'en' | 'es', answer: () => Result) {
  renderWithApollo(
    <MemoryRouter initialEntries={['/leads/l1']}>
      <Routes>
        <Route path="/leads/:id" element={<LeadPage />} />
      </Routes>
    </MemoryRouter>,
    { link: scriptedServer(answer).link, language },
  );
}

describe('LeadPage', () => {
  it('shows where the lead stands, why it scored, its SLAs and its journey in order', async () => {
    renderLead('en', () => ({ data: { lead: LEAD } }));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    expect(screen.getByTestId('lead-status').textContent).toBe('Sales-qualified');
    expect(within(screen.getByTestId('score-breakdown')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Enterprise account · Demographic+20',
      'Requested a demo · Intent+30',
    ]);
    const events = screen.getAllByTestId('journey-event');
    expect(events.map((e) => e.getAttribute('data-kind'))).toEqual(['CREATED', 'ASSIGNED', 'TRANSITIONED', 'SLA_BREACHED', 'CONTACTED']);
    expect(events[1].textContent).toContain('Assigned to Ana Ruiz by routing');
    expect(events[2].textContent).toContain('New → Marketing-qualified by scoring');
    // The SLA takes the policy's name in the UI language from the lead's clocks.
    expect(events[3].textContent).toContain('SLA breached: MQL contactado en 24 horas');
    expect(events[4].textContent).toContain('Contact: demo by Ana Ruiz');
    expect(within(events[0]).getByRole('link', { name: 'marketing.leads' }).getAttribute('href')).toBe('/metrics/marketing.leads');
    expect(screen.getByTestId('sla-clock').getAttribute('data-state')).toBe('BREACHED');
  });

  it('says when a met deadline was met, not how long until it would have been due', async () => {
    const met = { ...LEAD.slaClocks[0], id: 'c2', state: 'MET', dueAt: '2099-01-01T00:00:00.000Z', metAt: '2026-01-10T09:03:00.000Z' };
    renderLead('en', () => ({ data: { lead: { ...LEAD, slaClocks: [met] } } }));
    const note = await screen.findByTestId('sla-clock-note');
    expect(note.textContent).toMatch(/^met .+ ago$/);
    expect(note.getAttribute('datetime')).toBe('2026-01-10T09:03:00.000Z');
  });

  it('speaks Spanish', async () => {
    renderLead('es', () => ({ data: { lead: LEAD } }));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    expect(screen.getByTestId('lead-status').textContent).toBe('Calificado por ventas');
    expect(screen.getAllByTestId('journey-event')[2].textContent).toContain('De Nuevo a Calificado por marketing por scoring');
  });

  it('says so when the lead does not exist', async () => {
    renderLead('en', () => ({ data: { lead: null } }));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Lead not found');
  });

  it('offers a retry when loading fails', async () => {
    renderLead('en', () => ({ errors: [new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] }));
    const error = await screen.findByTestId('error-state');
    expect(within(error).getByRole('button', { name: /Retry/ })).toBeTruthy();
  });
});
