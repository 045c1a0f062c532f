import { FUNNEL_PATH, LEAD_STATUSES, OPEN_STATUSES, isOpen, transitionProblem, type LeadStatus } from './lead-lifecycle';

describe('isOpen', () => {
  it.each<[LeadStatus, boolean]>([
    ['NEW', true],
    ['MQL', true],
    ['SQL', true],
    ['OPPORTUNITY', true],
    ['WON', false],
    ['LOST', false],
    ['DISQUALIFIED', false],
  ])('%s → %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  it('every open status is a lead status and the funnel path runs through them to WON', () => {
    expect(OPEN_STATUSES.every((status) => LEAD_STATUSES.includes(status))).toBe(true);
    expect(FUNNEL_PATH).toEqual([...OPEN_STATUSES, 'WON']);
  });
});

describe('transitionProblem', () => {
  it.each<[LeadStatus, LeadStatus]>([
    ['NEW', 'MQL'],
    ['NEW', 'DISQUALIFIED'],
    ['MQL', 'SQL'],
    ['SQL', 'OPPORTUNITY'],
    ['OPPORTUNITY', 'WON'],
    ['OPPORTUNITY', 'LOST'],
    ['OPPORTUNITY', 'DISQUALIFIED'],
  ])('%s → %s is allowed', (from, to) => {
    expect(transitionProblem(from, to)).toBeNull();
  });

  it.each<[LeadStatus, LeadStatus, string]>([
    ['NEW', 'SQL', 'A lead in NEW cannot move to SQL; from NEW it can only move to MQL or DISQUALIFIED'],
    ['MQL', 'NEW', 'A lead in MQL cannot move to NEW; from MQL it can only move to SQL or DISQUALIFIED'],
    ['SQL', 'WON', 'A lead in SQL cannot move to WON; from SQL it can only move to OPPORTUNITY or DISQUALIFIED'],
    ['OPPORTUNITY', 'MQL', 'A lead in OPPORTUNITY cannot move to MQL; from OPPORTUNITY it can only move to WON or LOST or DISQUALIFIED'],
    ['WON', 'LOST', 'A lead in WON is closed and cannot move to LOST'],
    ['LOST', 'OPPORTUNITY', 'A lead in LOST is closed and cannot move to OPPORTUNITY'],
    ['DISQUALIFIED', 'NEW', 'A lead in DISQUALIFIED is closed and cannot move to NEW'],
    ['NEW', 'NEW', 'A lead in NEW cannot move to NEW; from NEW it can only move to MQL or DISQUALIFIED'],
  ])('%s → %s is refused', (from, to, problem) => {
    expect(transitionProblem(from, to)).toBe(problem);
  });
});
