import { WORKFLOW_FACT_METRICS, workflowEventFacts, workflowObservationDimensions, type WorkflowFactSource } from './workflow-facts';
import { LIFECYCLES, WORKFLOWS } from './workflow-lifecycle';

describe('workflowEventFacts', () => {
  it.each<[WorkflowFactSource, Record<string, number>]>([
    [{ workflow: 'ONBOARDING', kind: 'CREATED', ageHours: 0 }, {}],
    [{ workflow: 'ONBOARDING', kind: 'TRANSITIONED', toState: 'ACCOUNT_LIVE', ageHours: 20.5 }, {
      'cs.onboardings_live': 1, 'cs.onboarding_hours_total': 20.5, 'cs.onboarding_time_median': 20.5, 'cs.onboarding_time_p90': 20.5,
    }],
    [{ workflow: 'ONBOARDING', kind: 'TRANSITIONED', toState: 'CANCELLED', ageHours: 3 }, {}],
    [{ workflow: 'ONBOARDING', kind: 'SLA_MET', ageHours: 20 }, { 'cs.onboarding_sla_resolved': 1 }],
    [{ workflow: 'ONBOARDING', kind: 'SLA_BREACHED', ageHours: 24 }, { 'cs.onboarding_sla_resolved': 1, 'cs.onboarding_sla_breaches': 1 }],
    [{ workflow: 'TICKET', kind: 'TRANSITIONED', toState: 'CATEGORISED', ageHours: 0.1 }, {}],
    [{ workflow: 'TICKET', kind: 'TRANSITIONED', toState: 'ANSWERED', ageHours: 0.75, firstTime: true }, {
      'cs.tickets_answered': 1, 'cs.ticket_response_hours_total': 0.75, 'cs.ticket_first_response_median': 0.75, 'cs.ticket_first_response_p90': 0.75,
    }],
    [{ workflow: 'TICKET', kind: 'TRANSITIONED', toState: 'ANSWERED', ageHours: 30, firstTime: false }, {}],
    [{ workflow: 'TICKET', kind: 'TRANSITIONED', toState: 'RESOLVED', ageHours: 6 }, {
      'cs.tickets_resolved': 1, 'cs.ticket_resolution_hours_total': 6, 'cs.ticket_resolution_median': 6, 'cs.ticket_resolution_p90': 6,
    }],
    [{ workflow: 'TICKET', kind: 'SLA_BREACHED', ageHours: 1 }, { 'cs.ticket_sla_resolved': 1, 'cs.ticket_sla_breaches': 1 }],
    [{ workflow: 'RENEWAL', kind: 'TRANSITIONED', toState: 'RENEWED', ageHours: 500, amount: 1200 }, { 'cs.renewals_decided': 1, 'cs.renewals_renewed': 1, 'cs.renewal_expansion': 1200 }],
    [{ workflow: 'RENEWAL', kind: 'TRANSITIONED', toState: 'RENEWED', ageHours: 500 }, { 'cs.renewals_decided': 1, 'cs.renewals_renewed': 1, 'cs.renewal_expansion': 0 }],
    [{ workflow: 'RENEWAL', kind: 'TRANSITIONED', toState: 'CHURNED', ageHours: 500 }, { 'cs.renewals_decided': 1 }],
    [{ workflow: 'RENEWAL', kind: 'SLA_MET', ageHours: 100 }, { 'cs.renewal_sla_resolved': 1 }],
  ])('%j → %j', (source, facts) => {
    expect(workflowEventFacts(source)).toEqual(facts);
  });

  it('feeds exactly WORKFLOW_FACT_METRICS, over every workflow, state and event kind', () => {
    const fed = new Set<string>();
    for (const workflow of WORKFLOWS) {
      for (const kind of ['CREATED', 'TRANSITIONED', 'SLA_MET', 'SLA_BREACHED'] as const) {
        for (const toState of Object.keys(LIFECYCLES[workflow].next)) {
          Object.keys(workflowEventFacts({ workflow, kind, toState, ageHours: 1, firstTime: true, amount: 1 })).forEach((key) => fed.add(key));
        }
      }
    }
    expect([...fed].sort()).toEqual([...WORKFLOW_FACT_METRICS].sort());
  });
});

describe('workflowObservationDimensions', () => {
  it('leaves absent dimensions out', () => {
    expect(workflowObservationDimensions({ segment: null, priority: 'HIGH', category: 'billing' })).toEqual({ priority: 'HIGH', category: 'billing' });
    expect(workflowObservationDimensions({ segment: 'SMB', priority: null, category: null })).toEqual({ segment: 'SMB' });
  });
});
