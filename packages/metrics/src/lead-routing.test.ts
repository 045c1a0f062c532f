import { routeLead, type RoutableRep, type Routing } from './lead-routing';

const rep = (key: string, territories: string[], specialisations: string[], openLeads: number, capacity = 10): RoutableRep => ({
  key, territories, specialisations, capacity, openLeads,
});

const lead = { region: 'EMEA', segment: 'ENTERPRISE' };

describe('routeLead', () => {
  it.each<[string, RoutableRep[], Routing]>([
    [
      'no rep covers the region: queued',
      [rep('ana', ['NA'], ['ENTERPRISE'], 0)],
      { repKey: null, reason: 'No sales rep covers region EMEA', details: { territory: 'EMEA', specialised: false, candidates: 0 } },
    ],
    [
      'every covering rep at capacity: queued, counting them',
      [rep('ana', ['EMEA'], [], 10), rep('bo', ['EMEA', 'NA'], [], 3, 3), rep('cy', ['NA'], [], 0)],
      { repKey: null, reason: 'All 2 sales reps covering EMEA are at capacity', details: { territory: 'EMEA', specialised: false, candidates: 2 } },
    ],
    [
      'a free specialist wins over a less loaded generalist',
      [rep('ana', ['EMEA'], [], 0), rep('bo', ['EMEA'], ['ENTERPRISE'], 5)],
      {
        repKey: 'bo',
        reason: 'Territory EMEA, specialised in ENTERPRISE, 5 of 10 open leads',
        details: { territory: 'EMEA', specialised: true, openLeads: 5, capacity: 10, candidates: 1 },
      },
    ],
    [
      'a specialist at capacity does not count: the generalists share the lead',
      [rep('ana', ['EMEA'], [], 4), rep('bo', ['EMEA'], ['ENTERPRISE'], 10), rep('cy', ['EMEA'], [], 2)],
      {
        repKey: 'cy',
        reason: 'Territory EMEA, 2 of 10 open leads',
        details: { territory: 'EMEA', specialised: false, openLeads: 2, capacity: 10, candidates: 2 },
      },
    ],
    [
      'equal load: most spare capacity first',
      [rep('ana', ['EMEA'], [], 3, 5), rep('bo', ['EMEA'], [], 3, 8)],
      { repKey: 'bo', reason: 'Territory EMEA, 3 of 8 open leads', details: { territory: 'EMEA', specialised: false, openLeads: 3, capacity: 8, candidates: 2 } },
    ],
    [
      'equal load and capacity: the key decides, so routing is deterministic',
      [rep('cy', ['EMEA'], [], 1), rep('ana', ['EMEA'], [], 1)],
      { repKey: 'ana', reason: 'Territory EMEA, 1 of 10 open leads', details: { territory: 'EMEA', specialised: false, openLeads: 1, capacity: 10, candidates: 2 } },
    ],
  ])('%s', (_case, reps, routing) => {
    expect(routeLead(lead, reps)).toEqual(routing);
  });
});
