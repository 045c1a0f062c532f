import { accountableOwner, RACI_DEFINITIONS, raciProcessOfMetric } from './raci';

describe('accountableOwner', () => {
  it.each<[string, Array<string | null>, string | null]>([
    ['one user for every step', ['ana', 'ana', 'ana'], 'ana'],
    ['the user of most steps', ['ben', 'ana', 'ana'], 'ana'],
    ['a tie: the earliest step wins', ['ben', 'ana', 'ana', 'ben'], 'ben'],
    ['steps without one are skipped', [null, 'ana', null], 'ana'],
    ['nobody accountable', [null, null], null],
    ['no steps', [], null],
  ])('%s', (_case, users, expected) => {
    expect(accountableOwner(users.map((accountableUserId) => ({ accountableUserId })))).toBe(expected);
  });
});

describe('raciProcessOfMetric', () => {
  it('finds the workflow a metric measures, and nothing for other metrics', () => {
    expect(raciProcessOfMetric('cs.ticket_sla_attainment')).toBe('TICKET');
    expect(raciProcessOfMetric('marketing.sla_attainment')).toBe('LEAD_MANAGEMENT');
    expect(raciProcessOfMetric('finance.arr')).toBeNull();
  });

  it('gives each metric to one process at most, and seed 000 its seven campaign steps', () => {
    const keys = RACI_DEFINITIONS.flatMap((definition) => definition.metricKeys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(RACI_DEFINITIONS.find((d) => d.process === 'CAMPAIGN')!.steps).toEqual(['request', 'validation', 'prioritisation', 'build', 'qa', 'execution', 'reporting']);
  });
});
