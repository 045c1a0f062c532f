import { contributions, describeContributions, topContributions, type DimensionBreakdown } from './contribution';

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
      { dimension: 'segment', value: 'SMB', delta: 8, share: 0.8 },
      { dimension: 'segment', value: 'MID', delta: 3, share: 0.3 },
      { dimension: 'segment', value: 'ENTERPRISE', delta: -1, share: -0.1 },
    ]);
  });

  it('returns nothing when the total did not change', () => {
    expect(contributions({ dimension: 'segment', entries: [{ value: 'A', current: 2, comparison: 1 }, { value: 'B', current: 0, comparison: 1 }] })).toEqual([]);
  });

  it('picks the top value of each dimension and describes them', () => {
    // Same +10 by region: EMEA +6.5, NA +3.5.
    const region: DimensionBreakdown = { dimension: 'region', entries: [{ value: 'NA', current: 13.5, comparison: 10 }, { value: 'EMEA', current: 16.5, comparison: 10 }] };
    const top = topContributions([region, segment]);
    expect(top.map((c) => [c.dimension, c.value, c.share])).toEqual([['segment', 'SMB', 0.8], ['region', 'EMEA', 0.65]]);
    expect(describeContributions(top)).toBe('80 % from segment SMB, 65 % from region EMEA');
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
    expect(result.map((c) => [c.value, c.delta, c.share])).toEqual([['SMB', 0.04, 1], ['ENTERPRISE', 0, 0]]);
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
  });
});
