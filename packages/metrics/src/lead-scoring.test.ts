import { scoreLead, type ScorableLead, type ScoringRule } from './lead-scoring';

const RULES: ScoringRule[] = [
  { key: 'enterprise', name: 'Enterprise segment', category: 'DEMOGRAPHIC', field: 'segment', operator: 'EQUALS', value: 'ENTERPRISE', points: 20 },
  { key: 'paid', name: 'Paid channels', category: 'BEHAVIOUR', field: 'channel', operator: 'IN', value: ['ads', 'events'], points: 10 },
  { key: 'big', name: '200+ employees', category: 'DEMOGRAPHIC', field: 'companySize', operator: 'AT_LEAST', value: 200, points: 15 },
  { key: 'pricing', name: 'Pricing page, 3+ views', category: 'INTENT', field: 'signals.pricing_views', operator: 'AT_LEAST', value: 3, points: 25 },
  { key: 'student', name: 'Student e-book', category: 'CONTENT', field: 'campaign', operator: 'EQUALS', value: 'student-ebook', points: -30 },
];

const base: ScorableLead = { channel: 'organic', campaign: null, region: 'EMEA', segment: 'SMB', companySize: null, signals: {} };

describe('scoreLead', () => {
  it.each<[string, Partial<ScorableLead>, number, string[]]>([
    ['no rule matches', {}, 0, []],
    ['EQUALS on a field', { segment: 'ENTERPRISE' }, 20, ['enterprise']],
    ['IN on a field', { channel: 'events' }, 10, ['paid']],
    ['AT_LEAST at the bound', { companySize: 200 }, 15, ['big']],
    ['AT_LEAST below the bound', { companySize: 199 }, 0, []],
    ['a missing company size matches nothing', { companySize: null }, 0, []],
    ['a signal at its bound', { signals: { pricing_views: 3 } }, 25, ['pricing']],
    ['an absent signal counts as 0', { signals: { demo_requested: 1 } }, 0, []],
    ['negative points subtract', { campaign: 'student-ebook', segment: 'ENTERPRISE' }, -10, ['enterprise', 'student']],
    [
      'every rule: 20 + 10 + 15 + 25 − 30',
      { segment: 'ENTERPRISE', channel: 'ads', companySize: 5000, signals: { pricing_views: 9 }, campaign: 'student-ebook' },
      40,
      ['enterprise', 'paid', 'big', 'pricing', 'student'],
    ],
  ])('%s', (_case, lead, score, rules) => {
    const result = scoreLead({ ...base, ...lead }, RULES);
    expect(result.score).toBe(score);
    expect(result.breakdown.map((c) => c.rule)).toEqual(rules);
  });

  it('records each matched rule with its name, category and points', () => {
    expect(scoreLead({ ...base, segment: 'ENTERPRISE' }, RULES).breakdown).toEqual([
      { rule: 'enterprise', name: 'Enterprise segment', category: 'DEMOGRAPHIC', points: 20 },
    ]);
  });

  it.each<[string, ScoringRule]>([
    ['IN with a non-list value', { ...RULES[1], value: 'ads' }],
    ['AT_LEAST with a text value', { ...RULES[2], value: '200' }],
    ['AT_LEAST on a text field', { ...RULES[2], field: 'segment', value: 1 }],
  ])('a malformed rule never matches: %s', (_case, rule) => {
    expect(scoreLead({ ...base, channel: 'ads', companySize: 900, segment: 'SMB' }, [rule]).score).toBe(0);
  });
});
