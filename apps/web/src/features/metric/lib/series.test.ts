import { describe, expect, it } from 'vitest';
import { cumulative, toPairs } from './series';

describe('series helpers', () => {
  it('sorts points by time', () => {
    expect(
      toPairs([
        { at: '2026-01-02T00:00:00Z', value: 2 },
        { at: '2026-01-01T00:00:00Z', value: null },
      ]),
    ).toEqual([
      [Date.parse('2026-01-01T00:00:00Z'), null],
      [Date.parse('2026-01-02T00:00:00Z'), 2],
    ]);
  });

  it('accumulates, carrying the total over gaps', () => {
    expect(cumulative([[1, null], [2, 5], [3, null], [4, 2.5]])).toEqual([[1, null], [2, 5], [3, 5], [4, 7.5]]);
  });
});
