import { emptyBucketValue, mergeSeriesStats, rollUp, type SeriesStats } from './rollup';
import type { Aggregation } from './types';

const at = (iso: string) => new Date(iso);
function stats(series: string, values: Array<[string, number]>): SeriesStats {
  const sorted = [...values].sort((a, b) => a[0].localeCompare(b[0]));
  const nums = sorted.map(([, v]) => v);
  return {
    series,
    sum: nums.reduce((a, b) => a + b, 0),
    count: nums.length,
    min: Math.min(...nums),
    max: Math.max(...nums),
    last: nums[nums.length - 1],
    lastAt: at(sorted[sorted.length - 1][0]),
  };
}

// Two series (EMEA, NA), each split over two buckets (Jan, Feb). By hand:
// EMEA: 10 (Jan 5), 30 (Jan 20), 20 (Feb 3)   NA: 7 (Jan 9), 1 (Feb 1), 2 (Feb 28)
const buckets: SeriesStats[] = [
  stats('region=EMEA', [['2026-01-05', 10], ['2026-01-20', 30]]),
  stats('region=EMEA', [['2026-02-03', 20]]),
  stats('region=NA', [['2026-01-09', 7]]),
  stats('region=NA', [['2026-02-01', 1], ['2026-02-28', 2]]),
];

describe('rollUp', () => {
  it.each<[Aggregation, number]>([
    ['SUM', 10 + 30 + 20 + 7 + 1 + 2],
    ['LAST', 20 + 2], // last of each series, summed
    ['AVG', 70 / 6],
    ['MIN', 1],
    ['MAX', 30],
  ])('%s over two series and two buckets', (aggregation, expected) => {
    expect(rollUp(buckets, aggregation)).toBeCloseTo(expected, 12);
  });

  // Percentiles read the values the buckets carry, merged across buckets and series: 1 2 7 10 20 30.
  it.each<[Aggregation, number]>([
    ['P50', 8.5], // position 2.5: 7 + (10 − 7) × 0.5
    ['P90', 25], // position 4.5: 20 + (30 − 20) × 0.5
  ])('%s over two series and two buckets, from their values', (aggregation, expected) => {
    const withValues = buckets.map((b, i) => ({ ...b, values: [[10, 30], [20], [7], [1, 2]][i] }));
    expect(rollUp(withValues, aggregation)).toBeCloseTo(expected, 12);
    expect(rollUp([...withValues].reverse(), aggregation)).toBeCloseTo(expected, 12);
  });

  it('gives the same answer whatever the bucket order', () => {
    expect(rollUp([...buckets].reverse(), 'LAST')).toBe(22);
  });

  it('returns null without data', () => {
    expect(rollUp([], 'SUM')).toBeNull();
  });
});

describe('mergeSeriesStats', () => {
  it('keeps the latest point as last', () => {
    const merged = mergeSeriesStats(buckets[1], buckets[0]);
    expect(merged).toMatchObject({ sum: 60, count: 3, min: 10, max: 30, last: 20 });
    expect(merged.lastAt.toISOString()).toBe('2026-02-03T00:00:00.000Z');
  });

  it('concatenates the values of percentile metrics, and adds none to the others', () => {
    expect(mergeSeriesStats({ ...buckets[0], values: [10, 30] }, { ...buckets[1], values: [20] }).values).toEqual([10, 30, 20]);
    expect(mergeSeriesStats(buckets[0], buckets[1])).not.toHaveProperty('values');
  });
});

describe('emptyBucketValue', () => {
  it.each<[Aggregation, 0 | null, string]>([
    ['SUM', 0, 'a flow with no events in a bucket is zero'],
    ['LAST', null, 'a stock without a reading is a gap'],
    ['AVG', null, 'an average of nothing is a gap'],
    ['MIN', null, 'a minimum of nothing is a gap'],
    ['MAX', null, 'a maximum of nothing is a gap'],
    ['P50', null, 'a median of nothing is a gap'],
    ['P90', null, 'a percentile of nothing is a gap'],
  ])('%s → %s: %s', (aggregation, expected) => {
    expect(emptyBucketValue(aggregation)).toBe(expected);
  });
});
