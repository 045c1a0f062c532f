import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { makeKpi } from '../../../test/fixtures';
import { I18nProvider } from '../../../shared/i18n/I18nProvider';
import type { ScorecardKpi } from './ScorecardWidget';
import { WorkflowScorecardWidget } from './WorkflowScorecardWidget';

const deadline = (key: string, hours: number, name: string) => ({ __typename: 'WorkflowDeadline' as const, key, durationSeconds: hours * 3600, name });
const ROWS = [
  { __typename: 'WorkflowScorecardRow' as const, workflow: 'LEAD' as const, metricKey: 'marketing.sla_attainment', target: null,
    deadlines: [deadline('new_lead_processing', 5 / 60, 'New lead processed within 5 minutes'), deadline('mql_first_contact', 24, 'MQL contacted within 24 hours')] },
  { __typename: 'WorkflowScorecardRow' as const, workflow: 'TICKET' as const, metricKey: 'cs.ticket_sla_attainment', target: 0.85,
    deadlines: [deadline('ticket_first_answer', 1, 'New ticket answered within 1 hour')] },
  { __typename: 'WorkflowScorecardRow' as const, workflow: 'RENEWAL' as const, metricKey: 'cs.renewal_sla_attainment', target: 0.8,
    deadlines: [deadline('a', 168, 'Health check'), deadline('b', 168, 'Expansion review'), deadline('c', 168, 'Decision')] },
];
const percent = (key: string, value: number, target: number, status: 'ON_TRACK' | 'OFF_TRACK'): ScorecardKpi => {
  const kpi = makeKpi({ key, value, target, status, unit: { kind: 'PERCENT' } });
  return { ...kpi, metric: { ...kpi.metric, owner: null } };
};

function show(language: 'en' | 'es', shared = false) {
  // Leads: the KPI's target (their policies carry none); tickets: 3 of 4 met against 85 %; renewals: no KPI read.
  const kpis = new Map([
    ['marketing.sla_attainment', percent('marketing.sla_attainment', 0.96, 0.95, 'ON_TRACK')],
    ['cs.ticket_sla_attainment', percent('cs.ticket_sla_attainment', 0.75, 0.85, 'OFF_TRACK')],
  ]);
  render(
    <I18nProvider language={language}>
      <MemoryRouter>
        <WorkflowScorecardWidget rows={ROWS} kpis={kpis} caption="Workflows" shared={shared} />
      </MemoryRouter>
    </I18nProvider>,
  );
  const rows = within(screen.getByTestId('workflow-scorecard')).getAllByRole('row').slice(1);
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
}

describe('WorkflowScorecardWidget', () => {
  it('shows each workflow with its deadlines, attainment, target and status', () => {
    const rows = show('en');
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['Lead management', '< 5 min · < 1 day', '96%', '95%'],
      ['Support tickets', '< 1 hr', '75%', '85%'],
      ['Renewal management', '< 7 days per step', '—', '80%'],
    ]);
    expect(screen.getByRole('link', { name: 'Support tickets' }).getAttribute('href')).toBe('/metrics/cs.ticket_sla_attainment');
  });

  it('speaks Spanish and names workflows without links on a shared screen', () => {
    const rows = show('es', true);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Gestión de leads', 'máx. 5 min · máx. 1 d'],
      ['Tickets de soporte', 'máx. 1 h'],
      ['Gestión de renovaciones', 'máx. 7 d por paso'],
    ]);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
