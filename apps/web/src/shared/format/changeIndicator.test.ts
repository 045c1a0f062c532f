import { describe, expect, it } from 'vitest';
import { changeIndicator } from './changeIndicator';

describe('changeIndicator', () => {
  it.each([
    ['churn down is good news', { change: -0.02, changeRatio: -0.2 }, { kind: 'PERCENT' as const }, 'LOWER_IS_BETTER' as const, { sentiment: 'GOOD', arrow: 'down' }],
    ['a rate up by 0.04 pts reads as flat', { change: 0.0004, changeRatio: 0.001 }, { kind: 'PERCENT' as const }, 'HIGHER_IS_BETTER' as const, { sentiment: 'NEUTRAL', arrow: 'flat' }],
    ['revenue down is bad news', { change: -500, changeRatio: -0.05 }, { kind: 'CURRENCY' as const, currency: 'USD' }, 'HIGHER_IS_BETTER' as const, { sentiment: 'BAD', arrow: 'down' }],
    ['no comparison', { change: null, changeRatio: null }, { kind: 'COUNT' as const }, 'HIGHER_IS_BETTER' as const, { sentiment: 'NEUTRAL', arrow: 'flat' }],
  ])('%s', (_label, kpi, unit, direction, expected) => {
    expect(changeIndicator(kpi, unit, direction)).toEqual(expected);
  });
});
