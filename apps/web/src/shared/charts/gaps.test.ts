import { describe, expect, it } from 'vitest';
import { hasGaps } from './gaps';

describe('hasGaps', () => {
  it.each<[string, (number | null)[], boolean]>([
    ['a full line', [1, 2, 3], false],
    ['a flow with empty buckets (zeros from the API)', [3, 0, 0, 5], false],
    ['a stock missing readings in the middle', [1000, null, 1100], true],
    ['no data yet at the start, or not yet at the end', [null, 1, 2, null], false],
    ['nothing at all', [null, null], false],
  ])('%s', (_label, values, expected) => {
    expect(hasGaps(values)).toBe(expected);
  });
});
