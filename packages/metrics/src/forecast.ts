import type { Direction } from './types';
import { clampToDomain, UNBOUNDED, type ValueDomain } from './value-domain';

/**
 * Forecasts with Holt's linear trend method (double exponential smoothing), the additive-error,
 * additive-trend, no-season model ETS(A,A,N):
 *
 *   level  ℓₜ = α·yₜ + (1 − α)·(ℓₜ₋₁ + bₜ₋₁)
 *   trend  bₜ = β·(ℓₜ − ℓₜ₋₁) + (1 − β)·bₜ₋₁
 *   ŷₜ₊ₕ  = ℓₜ + h·bₜ
 *
 * KPI series are short, trend-dominated and often without a full seasonal cycle in range, which is why a
 * trend model rather than a seasonal decomposition. α and β are chosen on a small grid by minimising the
 * one-step-ahead sum of squared errors; the grid (rather than a numerical optimiser) keeps the fit
 * deterministic and cheap enough to run per KPI on a dashboard load.
 */

export interface ForecastStep {
  /** 1 for the first period after the last observed one. */
  step: number;
  value: number;
  lower: number;
  upper: number;
}

export interface Forecast {
  method: 'holt-linear';
  alpha: number;
  beta: number;
  /** Standard deviation of the one-step-ahead errors of the fitted model. */
  residualStdDev: number;
  steps: ForecastStep[];
}

/** Fewer points than this give no forecast: the initial trend uses two points and the fit needs errors to judge by. */
export const MIN_FORECAST_POINTS = 4;

const SMOOTHING_GRID = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

interface Fit {
  level: number;
  trend: number;
  sse: number;
  errors: number;
}

/**
 * Runs the smoothing over the whole series. Initialisation ℓ₀ = y₀, b₀ = y₁ − y₀ makes the forecast of y₁
 * exact by construction, so errors are counted from y₂ on.
 */
function fitHolt(values: readonly number[], alpha: number, beta: number): Fit {
  let level = values[0]!;
  let trend = values[1]! - values[0]!;
  let sse = 0;
  let errors = 0;
  for (let t = 1; t < values.length; t += 1) {
    const predicted = level + trend;
    const actual = values[t]!;
    if (t >= 2) {
      sse += (actual - predicted) ** 2;
      errors += 1;
    }
    const nextLevel = alpha * actual + (1 - alpha) * predicted;
    trend = beta * (nextLevel - level) + (1 - beta) * trend;
    level = nextLevel;
  }
  return { level, trend, sse, errors };
}

/**
 * The standard normal quantile (inverse CDF), Acklam's rational approximation (relative error < 1.2e-9),
 * enough for confidence bands without pulling in a statistics library.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const tail = 0.02425;
  const rationalTail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < tail) return rationalTail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - tail) return -rationalTail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Forecasts `horizon` periods after the last value. null with fewer than MIN_FORECAST_POINTS values.
 *
 * Band: value ± z·σ·√v(h), where z is the two-sided normal quantile of `confidence`, σ the residual standard
 * deviation of the one-step-ahead errors, and v(h) = 1 + (h − 1)·(α² + α·β·h + β²·h·(2h − 1)/6) the variance
 * multiplier of ETS(A,A,N) h steps ahead (Hyndman & Athanasopoulos, Forecasting: Principles and Practice,
 * table 8.8): the band widens with the horizon, faster when the trend adapts quickly (large β).
 *
 * The value and both band edges are kept within `domain` (what the metric can be: valueDomain), so a share's
 * band stops at 0 and 100 % and a count's at zero, however steep the trend.
 */
export function forecastSeries(
  values: readonly number[],
  horizon: number,
  options: { confidence?: number; domain?: ValueDomain } = {},
): Forecast | null {
  if (!Number.isInteger(horizon) || horizon < 0) throw new RangeError(`horizon must be an integer ≥ 0, got ${horizon}`);
  const confidence = options.confidence ?? 0.95;
  const domain = options.domain ?? UNBOUNDED;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('values must be finite numbers');
  if (values.length < MIN_FORECAST_POINTS) return null;

  let best: (Fit & { alpha: number; beta: number }) | null = null;
  for (const alpha of SMOOTHING_GRID) {
    for (const beta of SMOOTHING_GRID) {
      const fit = fitHolt(values, alpha, beta);
      // Strict < keeps the first (smallest) parameters on ties, so equal fits always pick the same model.
      if (!best || fit.sse < best.sse) best = { ...fit, alpha, beta };
    }
  }
  const { level, trend, sse, errors, alpha, beta } = best!;
  const residualStdDev = Math.sqrt(sse / errors);
  const z = normalQuantile(0.5 + confidence / 2);
  const steps: ForecastStep[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const value = level + h * trend;
    const variance = 1 + (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6);
    const half = z * residualStdDev * Math.sqrt(variance);
    const bound = (edge: number) => clampToDomain(edge, domain);
    steps.push({ step: h, value: bound(value), lower: bound(value - half), upper: bound(value + half) });
  }
  return { method: 'holt-linear', alpha, beta, residualStdDev, steps };
}

/**
 * The date the projection crosses `target` (HIGHER_IS_BETTER: reaches value ≥ target; LOWER_IS_BETTER: ≤ target)
 * after `now`, or null when it does not within the horizon. `stepDates[i]` is the start of the bucket of
 * `forecast.steps[i]`; steps without a date are not considered.
 *
 * Only a crossing counts: a step after now that meets the target while the value before it (the previous step, or
 * `current` for the first) does not. A step dated at or before now (the running bucket, today) is no news of the
 * future, and a projection already past the target while the KPI is not (a per-bucket forecast against a period
 * value) does not say when the KPI gets there.
 */
export function projectedTargetDate(
  forecast: Forecast,
  target: number,
  stepDates: readonly Date[],
  direction: Direction,
  from: { now: Date; current: number | null },
): Date | null {
  const meets = (value: number) => (direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target);
  const count = Math.min(forecast.steps.length, stepDates.length);
  let before = from.current;
  for (let i = 0; i < count; i += 1) {
    const value = forecast.steps[i]!.value;
    const crosses = before !== null && !meets(before) && meets(value);
    if (crosses && stepDates[i]!.getTime() > from.now.getTime()) return stepDates[i]!;
    before = value;
  }
  return null;
}
