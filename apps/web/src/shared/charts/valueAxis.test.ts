import { describe, expect, it } from 'vitest';
import type { Unit } from '@opshub/metrics';
import { axisTickFormatter, toDomain, valueAxis } from './valueAxis';

const SHARE = { min: 0, max: 1 };

describe('valueAxis', () => {
  it.each<[string, number[], { min: number; max: number }, { min: number; max: number; tickAmount: number }]>([
    // The win rate: a band from −168 % to 189 % around data of 12–31 %.
    ['a share whose band overshoots', [-1.68, 0.12, 0.31, 1.89], SHARE, { min: 0, max: 1, tickAmount: 4 }],
    ['uptime near 100 %', [0.9962, 1.0056], SHARE, { min: 0.996, max: 1, tickAmount: 4 }],
    ['ARR', [1_830_000, 2_410_000], { min: 0, max: Infinity }, { min: 1_800_000, max: 2_600_000, tickAmount: 4 }],
    ['no values', [], SHARE, { min: 0, max: 1, tickAmount: 4 }],
  ])('%s', (_name, values, domain, expected) => {
    expect(valueAxis(values, domain)).toMatchObject(expected);
  });

  it('reads open ends from the API as infinite', () => {
    expect(toDomain({ min: 0, max: null })).toEqual({ min: 0, max: Infinity });
    expect(toDomain(null)).toEqual({ min: -Infinity, max: Infinity });
  });
});

describe('axisTickFormatter', () => {
  const PERCENT: Unit = { kind: 'PERCENT' };
  const USD: Unit = { kind: 'CURRENCY', currency: 'USD' };
  it.each<[string, number, Unit, string, number[], string[]]>([
    ['quarters of a share', 0.25, PERCENT, 'en-US', [0, 0.25, 0.5, 0.75, 1], ['0%', '25%', '50%', '75%', '100%']],
    ['tenths of a point of uptime', 0.001, PERCENT, 'en-US', [0.996, 0.997, 1], ['99.6%', '99.7%', '100%']],
    ['a quarter point in the middle of the scale', 0.0025, PERCENT, 'en-US', [0.45, 0.4525], ['45%', '45.25%']],
    ['Spanish percent', 0.25, PERCENT, 'es-ES', [0.25], ['25\u00a0%']],
    ['$250K steps keep their digits', 250_000, USD, 'en-US', [1_750_000, 2_000_000, 2_250_000], ['$1.75M', '$2M', '$2.25M']],
    ['$200K steps', 200_000, USD, 'en-US', [1_800_000, 2_400_000], ['$1.8M', '$2.4M']],
    ['zero on a coarse axis', 5_000_000, USD, 'en-US', [0, 5_000_000], ['$0', '$5M']],
    ['small amounts as usual', 100, USD, 'en-US', [0, 500], ['$0.00', '$500.00']],
  ])('%s', (_name, step, unit, locale, values, expected) => {
    const format = axisTickFormatter(step, unit, locale);
    expect(values.map(format)).toEqual(expected);
  });
});
