import { axisScale, clampToDomain, niceStep, UNBOUNDED, valueDomain, type DomainDefinition, type ValueDomain } from './value-domain';

const base = (kind: DomainDefinition['unit']['kind'], extra: Partial<DomainDefinition> = {}): DomainDefinition => ({
  unit: { kind },
  aggregation: 'SUM',
  direction: 'HIGHER_IS_BETTER',
  ...extra,
});

// A small catalog in the seed's shape.
const CATALOG: Record<string, DomainDefinition> = {
  'sales.deals_won': base('COUNT'),
  'sales.deals_closed': base('COUNT'),
  'product.up_minutes': base('MINUTES'),
  'product.total_minutes': base('MINUTES'),
  'cs.expansions': base('COUNT'),
  'cs.customer_days': base('COUNT'),
  'finance.gross_profit': base('CURRENCY'),
  'finance.revenue': base('CURRENCY'),
  'marketing.spend': base('CURRENCY', { direction: 'LOWER_IS_BETTER' }),
  'marketing.leads': base('COUNT'),
  'marketing.sla_breaches': base('COUNT', { direction: 'LOWER_IS_BETTER' }),
  'marketing.sla_resolved': base('COUNT'),
  'cs.nps_promoters': base('COUNT'),
  'cs.nps_detractors': base('COUNT'),
  'cs.nps_responses': base('COUNT'),
  'sales.win_rate': base('PERCENT', { aggregation: 'AVG', formula: 'sales.deals_won / sales.deals_closed' }),
};
const lookup = (key: string) => CATALOG[key];
const derived = (kind: DomainDefinition['unit']['kind'], formula: string, unit: Partial<DomainDefinition['unit']> = {}) =>
  base(kind, { aggregation: 'AVG', formula, unit: { kind, ...unit } });
const INF = Infinity;

describe('valueDomain', () => {
  it.each<[string, DomainDefinition, ValueDomain]>([
    ['a count', base('COUNT'), { min: 0, max: INF }],
    ['a duration in hours', base('HOURS', { aggregation: 'AVG' }), { min: 0, max: INF }],
    ['a multiplier', base('MULTIPLIER'), { min: 0, max: INF }],
    ['a score on its scale', base('SCORE', { unit: { kind: 'SCORE', scaleMin: 0, scaleMax: 10 } }), { min: 0, max: 10 }],
    ['a score without a scale', base('SCORE'), { min: -INF, max: INF }],
    ['ARR, a stock of money', base('CURRENCY', { aggregation: 'LAST' }), { min: 0, max: INF }],
    ['spend, a cost', base('CURRENCY', { direction: 'LOWER_IS_BETTER' }), { min: 0, max: INF }],
    ['operating income, a money flow that may be net', base('CURRENCY'), { min: -INF, max: INF }],
    ['revenue growth, a percent observed directly', base('PERCENT', { aggregation: 'AVG' }), { min: -INF, max: INF }],
    ['a margin, a percent observed directly that cannot pass 100 %', base('PERCENT', { aggregation: 'AVG', unit: { kind: 'PERCENT', scaleMax: 1 } }), { min: -INF, max: 1 }],
    ['a share derived by formula, narrowed further by its scale', derived('PERCENT', 'sales.deals_won / sales.deals_closed', { scaleMax: 0.5 }), { min: 0, max: 0.5 }],
    ['win rate: won of closed deals', derived('PERCENT', 'sales.deals_won / sales.deals_closed'), { min: 0, max: 1 }],
    ['uptime: up of monitored minutes', derived('PERCENT', 'product.up_minutes / product.total_minutes'), { min: 0, max: 1 }],
    ['SLA attainment: one minus a share', derived('PERCENT', '1 - marketing.sla_breaches / marketing.sla_resolved'), { min: 0, max: 1 }],
    ['an annualised rate is no share', derived('PERCENT', '365 * cs.expansions / cs.customer_days'), { min: 0, max: INF }],
    ['gross margin: profit may be negative', derived('PERCENT', 'finance.gross_profit / finance.revenue'), { min: -INF, max: INF }],
    ['cost per lead: money over a count', derived('CURRENCY', 'marketing.spend / marketing.leads'), { min: 0, max: INF }],
    ['a share of a derived share', derived('PERCENT', 'sales.win_rate * 0.5'), { min: 0, max: 0.5 }],
    ['NPS: the scale narrows an unbounded formula', derived('SCORE', '100 * (cs.nps_promoters - cs.nps_detractors) / cs.nps_responses', { scaleMin: -100, scaleMax: 100 }), { min: -100, max: 100 }],
    ['a negated share', derived('PERCENT', '-sales.win_rate'), { min: -1, max: 0 }],
    ['a formula over unknown inputs', derived('PERCENT', 'x.a / x.b'), { min: -INF, max: INF }],
    ['a ratio divided by a constant', derived('RATIO', 'marketing.leads / 4'), { min: 0, max: INF }],
  ])('%s', (_name, definition, expected) => {
    expect(valueDomain(definition, lookup)).toEqual(expected);
  });

  it('takes a share of inputs of different kinds as plain arithmetic', () => {
    expect(valueDomain(derived('PERCENT', 'marketing.spend / marketing.leads'), lookup)).toEqual({ min: 0, max: INF });
  });
});

describe('clampToDomain', () => {
  it.each<[number, ValueDomain, number]>([
    [-1.68, { min: 0, max: 1 }, 0],
    [1.0056, { min: 0, max: 1 }, 1],
    [0.42, { min: 0, max: 1 }, 0.42],
    [-3, { min: 0, max: INF }, 0],
    [-3, UNBOUNDED, -3],
  ])('%p in %p is %p', (value, domain, expected) => {
    expect(clampToDomain(value, domain)).toBe(expected);
  });
});

describe('niceStep', () => {
  it.each<[number, number]>([
    [0.7, 1],
    [1, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3, 5],
    [6, 10],
    [0.21, 0.25],
    [0.0009, 0.001],
    [1700, 2000],
    [240_000, 250_000],
  ])('%p → %p', (rough, expected) => {
    expect(niceStep(rough)).toBeCloseTo(expected, 12);
  });

  it('rejects a step that is not a positive finite number', () => {
    expect(() => niceStep(0)).toThrow(RangeError);
    expect(() => niceStep(Infinity)).toThrow(RangeError);
  });
});

describe('axisScale', () => {
  const SHARE = { min: 0, max: 1 };
  it.each<[string, number, number, ValueDomain, number, { min: number; max: number; ticks: number[] }]>([
    // The win rate of the issue: a band from −168 % to 189 % is cut to the share's domain and split in quarters.
    ['a share whose band overshoots both ends', -1.68, 1.89, SHARE, 4, { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] }],
    ['a share with data from 12 % to 31 %', 0.12, 0.31, SHARE, 5, { min: 0.1, max: 0.35, ticks: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35] }],
    // Uptime near 100 %: never above it.
    ['uptime from 99.62 % to 100.56 %', 0.9962, 1.0056, SHARE, 4, { min: 0.996, max: 1, ticks: [0.996, 0.997, 0.998, 0.999, 1] }],
    ['ARR in dollars', 1_830_000, 2_410_000, { min: 0, max: INF }, 5, { min: 1_800_000, max: 2_600_000, ticks: [1_800_000, 2_000_000, 2_200_000, 2_400_000, 2_600_000] }],
    ['counts from 3 to 47', 3, 47, { min: 0, max: INF }, 5, { min: 0, max: 50, ticks: [0, 10, 20, 30, 40, 50] }],
    ['a count forecast below zero', -12, 40, { min: 0, max: INF }, 5, { min: 0, max: 40, ticks: [0, 10, 20, 30, 40] }],
    ['an unbounded margin', -0.18, 0.42, UNBOUNDED, 5, { min: -0.2, max: 0.6, ticks: [-0.2, 0, 0.2, 0.4, 0.6] }],
    ['a flat series', 5, 5, { min: 0, max: INF }, 5, { min: 4.5, max: 5.5, ticks: [4.5, 4.75, 5, 5.25, 5.5] }],
    ['a flat series at zero', 0, 0, { min: 0, max: INF }, 4, { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] }],
    ['nothing to show of a share', Infinity, -Infinity, SHARE, 4, { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] }],
    ['an NPS on its scale', -120, 130, { min: -100, max: 100 }, 4, { min: -100, max: 100, ticks: [-100, -50, 0, 50, 100] }],
  ])('%s', (_name, low, high, domain, maxTicks, expected) => {
    const scale = axisScale(low, high, domain, maxTicks);
    expect({ min: scale.min, max: scale.max, ticks: scale.ticks }).toEqual(expected);
  });

  it('never gives more intervals than asked for, and every tick is a multiple of the step', () => {
    for (const [low, high] of [[0.013, 0.987], [17, 1234], [-5.5, 3.3], [0.9991, 0.99995]] as const) {
      const scale = axisScale(low, high, UNBOUNDED, 5);
      expect(scale.ticks.length - 1).toBeLessThanOrEqual(5);
      for (const tick of scale.ticks) expect(Math.abs(tick / scale.step - Math.round(tick / scale.step))).toBeLessThan(1e-6);
      expect(scale.min).toBeLessThanOrEqual(low);
      expect(scale.max).toBeGreaterThanOrEqual(high);
    }
  });
});
