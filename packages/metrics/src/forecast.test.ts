import { forecastSeries, normalQuantile, projectedTargetDate } from './forecast';
import type { Forecast } from './forecast';

// Deterministic "noise": a sum of incommensurate sines, bounded by ±amplitude and identical on every run.
const noise = (t: number, amplitude: number) => (amplitude * (Math.sin(t * 1.7) + Math.sin(t * 0.37 + 1))) / 2;

const synthetic = (length: number, start: number, slope: number, amplitude: number) =>
  Array.from({ length }, (_, t) => start + slope * t + noise(t, amplitude));

describe('forecastSeries', () => {
  it.each<[string, number[]]>([
    ['no points', []],
    ['one point', [5]],
    ['three points', [1, 2, 3]],
  ])('%s → null', (_, values) => {
    expect(forecastSeries(values, 3)).toBeNull();
  });

  it('continues an exact line with a zero-width band', () => {
    const forecast = forecastSeries([2, 4, 6, 8], 3)!;
    expect(forecast.method).toBe('holt-linear');
    expect(forecast.residualStdDev).toBe(0);
    expect(forecast.steps).toEqual([
      { step: 1, value: 10, lower: 10, upper: 10 },
      { step: 2, value: 12, lower: 12, upper: 12 },
      { step: 3, value: 14, lower: 14, upper: 14 },
    ]);
  });

  it('picks the smoothing parameters with the lowest one-step-ahead error on the grid', () => {
    // A level shift after a flat start: the fit must react quickly to the new level, so α is large.
    const forecast = forecastSeries([10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 20, 20], 1)!;
    expect(forecast.alpha).toBeGreaterThanOrEqual(0.8);
    expect(forecast.steps[0]!.value).toBeCloseTo(20, 0);
  });

  // Backtest: fit on the first part of a series with a known trend, compare with the held-out rest.
  it.each<[string, number, number, number, number, number]>([
    // name, length, start, slope, noise amplitude, holdout
    ['rising daily revenue', 60, 1000, 25, 20, 10],
    ['rising monthly ARR', 24, 500_000, 40_000, 10_000, 6],
    ['falling churn', 40, 0.08, -0.001, 0.0005, 8],
  ])('%s: held-out points within the band, MAPE < 3 %%', (_, length, start, slope, amplitude, holdout) => {
    const series = synthetic(length, start, slope, amplitude);
    const train = series.slice(0, length - holdout);
    const actual = series.slice(length - holdout);
    const forecast = forecastSeries(train, holdout)!;
    expect(forecast.steps).toHaveLength(holdout);
    let absolutePercentErrors = 0;
    forecast.steps.forEach((step, i) => {
      expect(step.step).toBe(i + 1);
      expect(actual[i]!).toBeGreaterThanOrEqual(step.lower);
      expect(actual[i]!).toBeLessThanOrEqual(step.upper);
      absolutePercentErrors += Math.abs(step.value - actual[i]!) / Math.abs(actual[i]!);
    });
    expect(absolutePercentErrors / holdout).toBeLessThan(0.03);
  });

  it('widens the band with the horizon and with the confidence', () => {
    const series = synthetic(30, 100, 2, 4);
    const at95 = forecastSeries(series, 5)!;
    const at80 = forecastSeries(series, 5, { confidence: 0.8 })!;
    const widths = at95.steps.map((step) => step.upper - step.lower);
    for (let i = 1; i < widths.length; i += 1) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    // z(0.95) / z(0.80) = 1.959964 / 1.281552 on the same σ and horizon.
    expect(widths[0]! / (at80.steps[0]!.upper - at80.steps[0]!.lower)).toBeCloseTo(1.959964 / 1.281552, 5);
  });

  it.each<[number, number, object]>([
    [-1, 0.95, RangeError],
    [1.5, 0.95, RangeError],
    [3, 1, RangeError],
    [3, 0, RangeError],
  ])('rejects horizon %p with confidence %p', (horizon, confidence, error) => {
    expect(() => forecastSeries([1, 2, 3, 4], horizon, { confidence })).toThrow(error as ErrorConstructor);
  });

  it('rejects non-finite values', () => {
    expect(() => forecastSeries([1, 2, Number.NaN, 4], 2)).toThrow(RangeError);
  });
});

describe('normalQuantile', () => {
  it.each<[number, number]>([
    [0.5, 0],
    [0.975, 1.959964],
    [0.9, 1.281552],
    [0.995, 2.575829],
    [0.01, -2.326348],
  ])('p = %p → %p', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5);
  });
});

describe('projectedTargetDate', () => {
  const forecast: Forecast = {
    method: 'holt-linear',
    alpha: 0.5,
    beta: 0.1,
    residualStdDev: 1,
    steps: [10, 20, 30, 40].map((value, i) => ({ step: i + 1, value, lower: value - 5, upper: value + 5 })),
  };
  const dates = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'].map((day) => new Date(`${day}T00:00:00Z`));

  const before = { now: new Date('2025-12-31T12:00:00Z') };

  it.each<[number, 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER', number, string | null]>([
    [25, 'HIGHER_IS_BETTER', 8, '2026-03-01'],
    [30, 'HIGHER_IS_BETTER', 8, '2026-03-01'],
    [9, 'HIGHER_IS_BETTER', 8, '2026-01-01'],
    [41, 'HIGHER_IS_BETTER', 8, null],
    // Already met: there is nothing left to reach.
    [5, 'HIGHER_IS_BETTER', 8, null],
    // Lower is better: the first step at or under the target, from a current value above it.
    [15, 'LOWER_IS_BETTER', 45, '2026-01-01'],
    [5, 'LOWER_IS_BETTER', 45, null],
    [45, 'LOWER_IS_BETTER', 50, '2026-01-01'],
  ])('target %p (%s) from %p → %p', (target, direction, current, expected) => {
    expect(projectedTargetDate(forecast, target, dates, direction, { ...before, current })?.toISOString().slice(0, 10) ?? null).toBe(expected);
  });

  it('ignores steps without a date', () => {
    expect(projectedTargetDate(forecast, 35, dates.slice(0, 3), 'HIGHER_IS_BETTER', { ...before, current: 8 })).toBeNull();
  });

  // The case: a KPI at 75 % of an 85 % target was "projected to reach the target on Dec 5", today.
  describe('only a crossing after now', () => {
    const days = ['2026-12-05', '2026-12-06', '2026-12-07'].map((day) => new Date(`${day}T00:00:00Z`));
    const now = new Date('2026-12-05T23:00:00Z');
    const steps = (values: number[]): Forecast => ({ ...forecast, steps: values.map((value, i) => ({ step: i + 1, value, lower: value, upper: value })) });

    it.each<[string, number[], number | null, string | null]>([
      ['the running bucket (today) meets it, the KPI does not: no date', [0.86, 0.87, 0.88], 0.75, null],
      ['crosses tomorrow', [0.8, 0.86, 0.88], 0.75, '2026-12-06'],
      ['crosses today only, then falls back and crosses again', [0.86, 0.84, 0.9], 0.75, '2026-12-07'],
      ['never crosses', [0.76, 0.77, 0.78], 0.75, null],
      ['no current value: no crossing to see at the first step', [0.86, 0.87, 0.88], null, null],
    ])('%s', (_name, values, current, expected) => {
      expect(projectedTargetDate(steps(values), 0.85, days, 'HIGHER_IS_BETTER', { now, current })?.toISOString().slice(0, 10) ?? null).toBe(expected);
    });
  });
});

describe('forecastSeries within a domain', () => {
  it('keeps the value and the band of a falling share between 0 and 1', () => {
    // 0.4, 0.3, 0.2, 0.1: an exact line heading below zero, with a zero-width band.
    const unbounded = forecastSeries([0.4, 0.3, 0.2, 0.1], 3)!;
    expect(unbounded.steps.map((step) => Number(step.value.toFixed(6)) + 0)).toEqual([0, -0.1, -0.2]);
    const bounded = forecastSeries([0.4, 0.3, 0.2, 0.1], 3, { domain: { min: 0, max: 1 } })!;
    expect(bounded.steps.map(({ value, lower, upper }) => [value, lower, upper].map((v) => Number(v.toFixed(6)) + 0))).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });

  it('cuts a wide band at the top of the domain', () => {
    const bounded = forecastSeries([0.97, 0.99, 0.98, 1, 0.99, 1], 4, { domain: { min: 0, max: 1 } })!;
    for (const step of bounded.steps) {
      expect(step.upper).toBeLessThanOrEqual(1);
      expect(step.lower).toBeGreaterThanOrEqual(0);
      expect(step.value).toBeLessThanOrEqual(1);
    }
    const unbounded = forecastSeries([0.97, 0.99, 0.98, 1, 0.99, 1], 4)!;
    expect(Math.max(...unbounded.steps.map((step) => step.upper))).toBeGreaterThan(1);
  });
});
