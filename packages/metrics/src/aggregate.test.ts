import { aggregatePoints, seriesKey, type Point } from './aggregate';
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
  ])('%s over two series → %d', (aggregation, expected) => {
    expect(aggregatePoints(points, aggregation)).toBe(expected);
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
