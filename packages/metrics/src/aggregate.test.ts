import { aggregatePoints, aggregationProblem, percentile, seriesKey, type Point } from './aggregate';
import { AGGREGATIONS, type Aggregation } from './types';

const point = (at: string, value: number, series: string): Point => ({ at: new Date(at), value, series });

// Deliberately out of time order. EMEA's latest is 30 (20 Jan), NA's latest is 2 (31 Jan).
const points: Point[] = [
  point('2026-01-20T00:00:00Z', 30, 'region=EMEA'),
  point('2026-01-09T00:00:00Z', 7, 'region=NA'),
  point('2026-01-05T00:00:00Z', 10, 'region=EMEA'),
  point('2026-01-31T00:00:00Z', 2, 'region=NA'),
];

describe('aggregatePoints', () => {
  it.each<[Aggregation, number]>([
    ['SUM', 49],
    ['LAST', 32], // 30 + 2: the latest of each series, not only the globally latest point
    ['AVG', 12.25],
    ['MIN', 2],
    ['MAX', 30],
    // Sorted: 2, 7, 10, 30. P50 at position 0.5 × 3 = 1.5: 7 + (10 − 7) × 0.5 = 8.5.
    ['P50', 8.5],
    // P90 at position 0.9 × 3 = 2.7: 10 + (30 − 10) × 0.7 = 24, whatever the series.
    ['P90', 24],
  ])('%s over two series → %d', (aggregation, expected) => {
    expect(aggregatePoints(points, aggregation)).toBeCloseTo(expected, 12);
  });

  it.each(AGGREGATIONS.map((aggregation) => [aggregation]))('%s of no points is null', (aggregation) => {
    expect(aggregatePoints([], aggregation)).toBeNull();
  });

  it.each<[Aggregation, number]>([
    ['MIN', -5],
    ['MAX', -1],
  ])('%s of negative values', (aggregation, expected) => {
    expect(aggregatePoints([point('2026-01-01T00:00:00Z', -5, ''), point('2026-01-02T00:00:00Z', -1, '')], aggregation)).toBe(expected);
  });

  it('LAST prefers the later point in the input when two share an instant', () => {
    const tied = [point('2026-01-31T00:00:00Z', 5, ''), point('2026-01-31T00:00:00Z', 8, ''), point('2026-01-01T00:00:00Z', 1, '')];
    expect(aggregatePoints(tied, 'LAST')).toBe(8);
  });
});

describe('percentile (PostgreSQL percentile_cont)', () => {
  // Position p × (n − 1) in the sorted values; between two values, linear interpolation. Computed by hand.
  it.each<[string, number[], number, number | null]>([
    ['no values', [], 0.5, null],
    ['one value is every percentile', [42], 0.9, 42],
    ['median of an odd count is the middle value', [5, 1, 3], 0.5, 3],
    ['median of an even count is halfway', [4, 1, 10, 2], 0.5, 3], // 1 2 | 4 10: position 1.5 → 2 + 2 × 0.5
    ['p90 of four values', [4, 1, 10, 2], 0.9, 8.2], // position 2.7 → 4 + 6 × 0.7
    ['p90 of ten values 1…10', [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9, 9.1], // position 8.1 → 9 + 1 × 0.1
    ['p90 of eleven values 0…100 lands on one', [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 90], // position 9
    ['ties count once each', [2, 2, 2, 8], 0.5, 2], // position 1.5 between 2 and 2
    ['p0 is the minimum, p1 the maximum', [3, -1, 7], 0, -1],
    ['p1 is the maximum', [3, -1, 7], 1, 7],
    ['hours, fractional', [0.25, 0.5, 1.75], 0.9, 1.5], // position 1.8 → 0.5 + 1.25 × 0.8
  ])('%s', (_, values, fraction, expected) => {
    const result = percentile(values, fraction);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('aggregationProblem', () => {
  it.each<[Aggregation, string | null, boolean]>([
    ['P50', null, false],
    ['P90', '', false],
    ['P50', 'a.x / a.y', true],
    ['P90', 'a.x', true],
    ['AVG', 'a.x / a.y', false],
    ['SUM', null, false],
  ])('%s with formula %j → a problem: %s', (aggregation, formula, problem) => {
    expect(aggregationProblem(aggregation, formula) !== null).toBe(problem);
  });
});

describe('seriesKey', () => {
  it.each<[string, Record<string, string> | null | undefined, string]>([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['no dimensions', {}, ''],
    ['one dimension', { region: 'EMEA' }, 'region=EMEA'],
    ['names sorted', { tier: 'gold', region: 'EMEA' }, 'region=EMEA|tier=gold'],
    ['code-unit order, not locale order', { b: '1', B: '2', a: '3' }, 'B=2|a=3|b=1'],
    ['escaped | and =', { a: 'x|b=y' }, 'a=x\\|b\\=y'],
    ['escaped backslash', { 'a\\': 'b\\' }, 'a\\\\=b\\\\'],
  ])('%s', (_, dimensions, expected) => {
    expect(seriesKey(dimensions)).toBe(expected);
  });

  it.each<[Record<string, string>, Record<string, string>]>([
    [{ a: 'x|b=y' }, { a: 'x', b: 'y' }],
    [{ 'a=1': 'b' }, { a: '1=b' }],
    [{ a: 'x\\', b: 'y' }, { a: 'x\\|b=y' }],
  ])('%j and %j do not collide', (left, right) => {
    expect(seriesKey(left)).not.toBe(seriesKey(right));
  });
});
