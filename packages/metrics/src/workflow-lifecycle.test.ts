import { userGrant } from './access';
import { workflowScorecardMetrics } from './dashboard-layout';
import {
  LIFECYCLES, SLA_WORKFLOWS, WORKFLOWS, canReadSlaWorkflow, isClosedState, isWorkflow, slaWorkflowDepartments, workflowStates, workflowTransitionProblem,
  type SlaWorkflow, type Workflow,
} from './workflow-lifecycle';

describe('LIFECYCLES', () => {
  it.each(WORKFLOWS)('%s opens in one of its states and every move leads to one of its states', (workflow) => {
    const { initial, next } = LIFECYCLES[workflow];
    expect(workflowStates(workflow)).toContain(initial);
    for (const targets of Object.values(next)) for (const to of targets) expect(workflowStates(workflow)).toContain(to);
  });

  it.each<[Workflow, string[]]>([
    ['ONBOARDING', ['CONTRACT_SIGNED', 'ACCOUNT_LIVE', 'CANCELLED']],
    ['TICKET', ['NEW', 'CATEGORISED', 'ASSIGNED', 'ANSWERED', 'RESOLVED']],
    ['RENEWAL', ['OPENED', 'HEALTH_CHECKED', 'EXPANSION_REVIEWED', 'RENEWED', 'CHURNED']],
  ])('%s has the states of seed 004', (workflow, states) => {
    expect(workflowStates(workflow)).toEqual(states);
  });
});

describe('isWorkflow and isClosedState', () => {
  it.each<[string, boolean]>([['TICKET', true], ['RENEWAL', true], ['ONBOARDING', true], ['LEAD', false], ['ticket', false]])('%s → %s', (name, known) => {
    expect(isWorkflow(name)).toBe(known);
  });

  it.each<[Workflow, string, boolean]>([
    ['ONBOARDING', 'CONTRACT_SIGNED', false], ['ONBOARDING', 'ACCOUNT_LIVE', true], ['ONBOARDING', 'CANCELLED', true],
    ['TICKET', 'ANSWERED', false], ['TICKET', 'RESOLVED', true], ['RENEWAL', 'EXPANSION_REVIEWED', false], ['RENEWAL', 'CHURNED', true],
  ])('%s %s closed: %s', (workflow, state, closed) => {
    expect(isClosedState(workflow, state)).toBe(closed);
  });
});

describe('workflowTransitionProblem', () => {
  it.each<[Workflow, string, string]>([
    ['ONBOARDING', 'CONTRACT_SIGNED', 'ACCOUNT_LIVE'],
    ['ONBOARDING', 'CONTRACT_SIGNED', 'CANCELLED'],
    ['TICKET', 'NEW', 'CATEGORISED'],
    ['TICKET', 'CATEGORISED', 'ASSIGNED'],
    ['TICKET', 'ASSIGNED', 'ANSWERED'],
    ['TICKET', 'ANSWERED', 'RESOLVED'],
    ['TICKET', 'ANSWERED', 'ASSIGNED'],
    ['RENEWAL', 'OPENED', 'HEALTH_CHECKED'],
    ['RENEWAL', 'HEALTH_CHECKED', 'EXPANSION_REVIEWED'],
    ['RENEWAL', 'EXPANSION_REVIEWED', 'RENEWED'],
    ['RENEWAL', 'EXPANSION_REVIEWED', 'CHURNED'],
  ])('%s %s → %s is allowed', (workflow, from, to) => {
    expect(workflowTransitionProblem(workflow, from, to)).toBeNull();
  });

  it.each<[Workflow, string, string, string]>([
    ['TICKET', 'NEW', 'ANSWERED', 'A TICKET record in NEW cannot move to ANSWERED; from NEW it can only move to CATEGORISED'],
    ['TICKET', 'ANSWERED', 'NEW', 'A TICKET record in ANSWERED cannot move to NEW; from ANSWERED it can only move to RESOLVED or ASSIGNED'],
    ['TICKET', 'RESOLVED', 'ASSIGNED', 'A TICKET record in RESOLVED is closed and cannot move to ASSIGNED'],
    ['ONBOARDING', 'ACCOUNT_LIVE', 'CANCELLED', 'A ONBOARDING record in ACCOUNT_LIVE is closed and cannot move to CANCELLED'],
    ['RENEWAL', 'OPENED', 'RENEWED', 'A RENEWAL record in OPENED cannot move to RENEWED; from OPENED it can only move to HEALTH_CHECKED'],
    ['RENEWAL', 'OPENED', 'OPENED', 'A RENEWAL record in OPENED cannot move to OPENED; from OPENED it can only move to HEALTH_CHECKED'],
    ['RENEWAL', 'OPENED', 'WON', 'RENEWAL has no state WON; its states are OPENED, HEALTH_CHECKED, EXPANSION_REVIEWED, RENEWED, CHURNED'],
  ])('%s %s → %s is refused', (workflow, from, to, problem) => {
    expect(workflowTransitionProblem(workflow, from, to)).toBe(problem);
  });
});

describe('SLA workflows', () => {
  it.each<[string, ReturnType<typeof userGrant>, SlaWorkflow[]]>([
    ['a customer-success head', userGrant('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']), ['ONBOARDING', 'TICKET', 'RENEWAL']],
    ['a marketing viewer', userGrant('VIEWER', ['MARKETING']), ['LEAD']],
    ['an operations head', userGrant('DEPARTMENT_HEAD', ['OPERATIONS']), []],
    ['an executive', userGrant('EXECUTIVE', []), ['LEAD', 'ONBOARDING', 'TICKET', 'RENEWAL']],
  ])('%s reads the breaches and timers of %j', (_who, grant, expected) => {
    expect(SLA_WORKFLOWS.filter((workflow) => canReadSlaWorkflow(grant, workflow))).toEqual(expected);
  });

  it('pairs each workflow with its attainment KPI and its departments', () => {
    expect(workflowScorecardMetrics(['LEAD', 'RENEWAL'])).toEqual(['marketing.sla_attainment', 'cs.renewal_sla_attainment']);
    expect(slaWorkflowDepartments('LEAD')).toEqual(['SALES', 'MARKETING']);
    expect(slaWorkflowDepartments('TICKET')).toEqual(['CUSTOMER_SUCCESS']);
  });
});
