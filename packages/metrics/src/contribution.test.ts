import { contributions, describeContributions, topContributions, type DimensionBreakdown } from './contribution';
import type { Unit } from './types';

describe('contributions of an additive metric', () => {
  // Churned customers 20 → 30: SMB +8, MID +3, ENTERPRISE −1 (total +10).
  const segment: DimensionBreakdown = {
    dimension: 'segment',
    entries: [
      { value: 'ENTERPRISE', current: 4, comparison: 5 },
      { value: 'MID', current: 8, comparison: 5 },
      { value: 'SMB', current: 18, comparison: 10 },
    ],
  };

  it('gives each value its change over the total change, largest first', () => {
    expect(contributions(segment)).toEqual([
      { dimension: 'segment', value: 'SMB', delta: 8, share: 0.8, others: 2 },
      { dimension: 'segment', value: 'MID', delta: 3, share: 0.3, others: 7 },
      { dimension: 'segment', value: 'ENTERPRISE', delta: -1, share: -0.1, others: 11 },
    ]);
  });

  it('returns nothing when the total did not change', () => {
    expect(contributions({ dimension: 'segment', entries: [{ value: 'A', current: 2, comparison: 1 }, { value: 'B', current: 0, comparison: 1 }] })).toEqual([]);
  });

  it('picks the top value of each dimension, the largest share first', () => {
    // Same +10 by region: EMEA +6.5, NA +3.5.
    const region: DimensionBreakdown = { dimension: 'region', entries: [{ value: 'NA', current: 13.5, comparison: 10 }, { value: 'EMEA', current: 16.5, comparison: 10 }] };
    const top = topContributions([region, segment]);
    expect(top.map((c) => [c.dimension, c.value, c.share, c.others])).toEqual([['segment', 'SMB', 0.8, 2], ['region', 'EMEA', 0.65, 3.5]]);
  });
});

describe('contributions of a ratio (sum/sum)', () => {
  // Churn rate = churned / customers. Before: SMB 10/200, ENT 10/200 → 20/400 = 5 %.
  // Now: SMB 26/200, ENT 10/200 → 36/400 = 9 %: up 4 pts, all from SMB.
  it('splits the change of the rate exactly', () => {
    const result = contributions({
      dimension: 'segment',
      entries: [
        { value: 'SMB', current: 26, comparison: 10, currentBase: 200, comparisonBase: 200 },
        { value: 'ENTERPRISE', current: 10, comparison: 10, currentBase: 200, comparisonBase: 200 },
      ],
    });
    expect(result.map((c) => [c.value, c.delta, c.share, c.others])).toEqual([['SMB', 0.04, 1, 0], ['ENTERPRISE', 0, 0, 0.04]]);
  });

  // Before: A 10/100, B 30/100 → 40/200 = 20 %.
  // Now: A 30/100 (ΔN 20, ΔD 0), B 45/300 (ΔN 15, ΔD 200) → 75/400 = 18.75 %: down 1.25 pts.
  // A: (20 − 0.2·0)/400 = +0.05; B: (15 − 0.2·200)/400 = −0.0625; sum −0.0125 ✓.
  it('credits a group growing its volume at a lower rate with the fall', () => {
    const result = contributions({
      dimension: 'channel',
      entries: [
        { value: 'A', current: 30, comparison: 10, currentBase: 100, comparisonBase: 100 },
        { value: 'B', current: 45, comparison: 30, currentBase: 300, comparisonBase: 100 },
      ],
    });
    expect(result).toHaveLength(2);
    const [b, a] = result;
    expect(b.value).toBe('B');
    expect(b.delta).toBeCloseTo(-0.0625, 12);
    expect(b.share).toBeCloseTo(5, 12);
    expect(a.delta).toBeCloseTo(0.05, 12);
    expect(a.share).toBeCloseTo(-4, 12);
    expect(a.delta + b.delta).toBeCloseTo(75 / 400 - 40 / 200, 12);
    expect(b.others).toBeCloseTo(0.05, 12);
  });
});

describe('describeContributions: what moved, in the metric\'s unit', () => {
  const USD = { kind: 'CURRENCY', currency: 'USD' } as const;
  const MINUS = '\u2212';
  const additive = (dimension: string, moves: Record<string, number>): DimensionBreakdown => ({
    dimension, entries: Object.entries(moves).map(([value, move]) => ({ value, comparison: 10_000, current: 10_000 + move })),
  });
  // Revenue +$1,600: ENTERPRISE +$2,300 while MID −$400 and SMB −$300 (143.75 % of the change, once "144 % from
  // segment ENTERPRISE"); NA +$1,900 while EMEA −$300 (118.75 %).
  const revenue = [additive('segment', { ENTERPRISE: 2300, MID: -400, SMB: -300 }), additive('region', { NA: 1900, EMEA: -300 })];
  // Churn rate 20/400 = 5 % → 36/400 = 9 %, all from SMB (see above).
  const churn: DimensionBreakdown = {
    dimension: 'segment',
    entries: [
      { value: 'SMB', current: 26, comparison: 10, currentBase: 200, comparisonBase: 200 },
      { value: 'ENTERPRISE', current: 10, comparison: 10, currentBase: 200, comparisonBase: 200 },
    ],
  };
  // Win rate 20 % → 18.75 %: B −6.25 pts while A +5 pts (see above).
  const winRate: DimensionBreakdown = {
    dimension: 'channel',
    entries: [
      { value: 'A', current: 30, comparison: 10, currentBase: 100, comparisonBase: 100 },
      { value: 'B', current: 45, comparison: 30, currentBase: 300, comparisonBase: 100 },
    ],
  };
  it.each<[string, DimensionBreakdown[], Unit, string]>([
    ['others moved the other way', revenue, USD, `+$2.3K from ENTERPRISE (other segments ${MINUS}$700), +$1.9K from NA (other regions ${MINUS}$300)`],
    ['others moved the same way', [additive('segment', { SMB: 8, MID: 3, ENTERPRISE: -1 })], { kind: 'COUNT' }, '+8 from SMB (other segments +2)'],
    ['others did not move (left unsaid)', [churn], { kind: 'PERCENT' }, '+4\u00a0pts from SMB'],
    ['a rate falling, others rising', [winRate], { kind: 'PERCENT' }, `${MINUS}6.3\u00a0pts from B (other channels +5\u00a0pts)`],
    // Shares 5/2, 5/3 and 5/4: the dimension whose others pulled back most comes first.
    ['plural dimension names', [additive('country', { ES: 5, PT: -1 }), additive('sales_channel', { web: 5, phone: -2 }), additive('business', { b1: 5, b2: -3 })], { kind: 'COUNT' },
      '+5 from b1 (other businesses \u22123), +5 from web (other sales channels \u22122), +5 from ES (other countries \u22121)'],
  ])('%s', (_, breakdowns, unit, expected) => {
    expect(describeContributions(topContributions(breakdowns), unit)).toBe(expected);
  });

  it.each([
    ['revenue', revenue, USD, '+2,3\u00a0mil\u00a0US$ de ENTERPRISE (resto de segment \u2212700\u00a0US$), +1,9\u00a0mil\u00a0US$ de NA (resto de region \u2212300\u00a0US$)'],
    ['a dimension of two words', [additive('sales_channel', { web: 5, phone: -2 })], { kind: 'COUNT' }, '+5 de web (resto de sales channel \u22122)'],
  ] as const)('in Spanish: %s', (_, breakdowns, unit, expected) => {
    expect(describeContributions(topContributions(breakdowns as DimensionBreakdown[]), unit as Unit, { locale: 'es' })).toBe(expected);
  });
});
