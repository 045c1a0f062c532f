import type { DataSource } from 'typeorm';
import {
  add, attainment, bucketBoundError, bucketStarts, comparisonRange, computeChange, defaultGranularity, evaluateStatus, forecastSeries,
  DIMENSION_NAME_PATTERN, projectedTargetDate, resolveRange, startOf, targetInForce,
  type Comparison, type Granularity, type RangePreset, type RangeSpec, type TimeRange,
} from '@opshub/metrics';
import type { Catalog } from '../metric/catalog';
import { toMetric } from '../metric/metric.type';
import { MetricEntity } from '../metric/metric.entity';
import { parsedInputs } from '../metric/metric.service';
import { checkDimensionFilters } from '../../common/dimension-filters';
import { badUserInput, notFound } from '../../common/errors';
import { evaluateBucket, evaluateCell, StatsIndex } from './evaluate';
import { ForecastPoint, FormulaPreview, Kpi, KpiForecast, Period, Series, SeriesGroup, SeriesPoint } from './kpi.type';
import { queryStats, type DimensionFilter } from '../rollup/rollup.read';

const WHOLE = '*';
const DEFAULT_PRESET: RangePreset = 'LAST_30_DAYS';
/** The longest forecast served: beyond it the band is too wide to say anything. */
export const MAX_FORECAST_PERIODS = 90;

export interface ForecastRequest {
  /** Buckets ahead; by default as many as the complete buckets it is fitted on, at most MAX_FORECAST_PERIODS. */
  periods?: number | null;
  confidence?: number | null;
}

export interface PastWindow {
  /** The start of the window's last local day. */
  day: Date;
  /** Where the window ends: the end of that day. */
  end: Date;
  value: number | null;
}

export interface SeriesRequest {
  range?: RangeSpec | null;
  granularity?: Granularity | null;
  filters?: readonly DimensionFilter[] | null;
  groupBy?: string | null;
  compare?: Comparison | null;
}

function period(range: TimeRange): Period {
  return Object.assign(new Period(), { from: range.from, to: range.to });
}

function point(at: Date, value: number | null): SeriesPoint {
  return Object.assign(new SeriesPoint(), { at, value });
}

/**
 * Where a bucket's point sits on the time axis: its start, or the period's when the bucket began before it. The
 * first week of a year to date starts on a Monday in December; its data is from Jan 1 on.
 */
const shownAt = (bucket: Date, range: TimeRange) => (bucket.getTime() < range.from.getTime() ? range.from : bucket);

// Epoch milliseconds: a bucket's cell is looked up per row and per KPI, and toISOString costs far more.
const bucketCell = (bucket: Date | null) => (bucket ? String(bucket.getTime()) : WHOLE);

/** The preset a spec resolves with: its own, the default one when nothing is given, none for custom dates. */
function presetOf(spec: RangeSpec | null | undefined): RangePreset | null {
  return spec?.preset ?? (spec?.from || spec?.to ? null : DEFAULT_PRESET);
}

/** The key a previewed formula is evaluated under: no catalog key can take it (keys are dotted lower-case words). */
const PREVIEW_KEY = '(preview)';
const PREVIEW_RANGE: RangeSpec = { preset: 'LAST_90_DAYS' };

export class KpiService {
  private readonly forecastDates = new Map<string, Date[]>();
  private readonly forecasts = new WeakMap<Kpi, Map<string, KpiForecast | null>>();

  constructor(private readonly db: DataSource, private readonly timeZone: () => string) {}

  resolve(spec: RangeSpec | null | undefined, now: Date = new Date()): TimeRange {
    try {
      return resolveRange(spec, now, this.timeZone(), DEFAULT_PRESET);
    } catch (error) {
      if (error instanceof RangeError) throw badUserInput(error.message, { field: 'range' });
      throw error;
    }
  }

  /** Snapshots of many KPIs over the same period in two queries, whatever their number. */
  async computeKpis(
    catalog: Catalog, keys: readonly string[], spec: RangeSpec | null | undefined, compare: Comparison,
    now: Date = new Date(), filters: readonly DimensionFilter[] = [],
  ): Promise<Kpi[]> {
    for (const key of keys) if (!catalog.find(key)) throw notFound('Metric', key);
    checkDimensionFilters(filters, 'filter');
    const range = this.resolve(spec, now);
    const previous = comparisonRange(range, compare, this.timeZone(), presetOf(spec));
    const granularity = defaultGranularity(range);
    const leaves = [...new Set(keys.flatMap((key) => catalog.leaves(key)))];
    const [currentRows, previousRows] = await Promise.all([
      queryStats(this.db, { metricKeys: leaves, range, timeZone: this.timeZone(), granularity, filters }),
      queryStats(this.db, { metricKeys: leaves, range: previous, timeZone: this.timeZone(), filters }),
    ]);
    const byBucket = new StatsIndex(currentRows, (row) => bucketCell(row.bucket));
    const whole = new StatsIndex(currentRows, () => WHOLE);
    const before = new StatsIndex(previousRows, () => WHOLE);
    const buckets = bucketStarts(range, granularity, this.timeZone());
    const targetAt = new Date(range.to.getTime() - 1);

    return keys.map((key) => {
      const metric = catalog.find(key)!;
      const value = evaluateCell(catalog, whole, key, WHOLE);
      const comparisonValue = evaluateCell(catalog, before, key, WHOLE);
      const target = targetInForce(catalog.targets(key), targetAt);
      const leafSet = new Set(catalog.leaves(key));
      const updated = currentRows.filter((row) => leafSet.has(row.metricKey)).map((row) => row.updatedAt.getTime());
      return Object.assign(new Kpi(), {
        metric: toMetric(metric),
        period: period(range),
        comparisonPeriod: period(previous),
        value,
        comparisonValue,
        ...computeChange(value, comparisonValue),
        target,
        attainment: value !== null && target ? attainment(value, target.value, metric.direction) : null,
        status: value === null ? 'NO_DATA' : target ? evaluateStatus(value, target.value, metric.direction, target.tolerance) : null,
        trend: buckets.map((at) => point(shownAt(at, range), at <= now ? evaluateBucket(catalog, byBucket, key, bucketCell(at)) : null)),
        trendGranularity: granularity,
        lastUpdatedAt: updated.length > 0 ? new Date(Math.max(...updated)) : null,
        domain: catalog.domain(key),
      });
    });
  }

  /**
   * What each KPI read on each of the `days` local days before the period's last one, oldest first: its value over a
   * window of as many local days as the period has, ending with that day. From the daily rollups, in one query.
   */
  async pastWindows(
    catalog: Catalog, keys: readonly string[], spec: RangeSpec | null | undefined, days: number, now: Date = new Date(),
  ): Promise<Map<string, PastWindow[]>> {
    const range = this.resolve(spec, now);
    const periodDays = bucketStarts(range, 'DAY', this.timeZone());
    const lastDay = periodDays[periodDays.length - 1]!;
    const shift = (at: Date, n: number) => add(at, 'DAY', n, this.timeZone());
    const leaves = [...new Set(keys.flatMap((key) => catalog.leaves(key)))];
    const rows = await queryStats(this.db, {
      metricKeys: leaves, range: { from: shift(lastDay, -(days + periodDays.length - 1)), to: lastDay }, timeZone: this.timeZone(), granularity: 'DAY',
    });
    const windows = new Map<string, PastWindow[]>(keys.map((key) => [key, []]));
    for (let k = days; k >= 1; k--) {
      const day = shift(lastDay, -k);
      const end = shift(day, 1);
      const from = shift(end, -periodDays.length).getTime();
      const index = new StatsIndex(rows.filter((row) => row.bucket!.getTime() >= from && row.bucket!.getTime() < end.getTime()), () => WHOLE);
      for (const key of keys) windows.get(key)!.push({ day, end, value: evaluateCell(catalog, index, key, WHOLE) });
    }
    return windows;
  }

  /**
   * The forecast of a computed KPI from its own trend, with no further query: fitted on the complete buckets of the
   * period (a running bucket would read as a drop for flows), empty buckets skipped. null with too few points.
   * Values and band stay within the metric's domain; the target date is one after now (or the end of a past period).
   */
  forecast(kpi: Kpi, request: ForecastRequest = {}, now: Date = new Date()): KpiForecast | null {
    // Once its period has ended (a preset's ends when it is computed) a KPI forecasts the same whenever asked: a
    // snapshot served again (from the dashboard cache, or to each live subscriber) is forecast once per request shape.
    if (now.getTime() < kpi.period.to.getTime()) return this.computeForecast(kpi, request, now);
    const key = `${this.timeZone()}|${request.periods ?? ''}|${request.confidence ?? ''}`;
    let byRequest = this.forecasts.get(kpi);
    if (!byRequest) this.forecasts.set(kpi, (byRequest = new Map()));
    if (!byRequest.has(key)) byRequest.set(key, this.computeForecast(kpi, request, now));
    return byRequest.get(key)!;
  }

  private computeForecast(kpi: Kpi, request: ForecastRequest, now: Date): KpiForecast | null {
    const granularity = kpi.trendGranularity;
    const next = (at: Date) => startOf(add(at, granularity, 1, this.timeZone()), granularity, this.timeZone());
    const cutoff = Math.min(now.getTime(), kpi.period.to.getTime());
    // Buckets are consecutive, so each ends where the next starts; only the last one's end is computed.
    const complete = kpi.trend.filter((bucket, i) => (kpi.trend[i + 1]?.at ?? next(bucket.at)).getTime() <= cutoff);
    const periods = request.periods ?? Math.min(MAX_FORECAST_PERIODS, Math.max(1, complete.length));
    if (!Number.isInteger(periods) || periods < 1 || periods > MAX_FORECAST_PERIODS) {
      throw badUserInput(`periods must be an integer from 1 to ${MAX_FORECAST_PERIODS}`, { field: 'periods' });
    }
    const confidence = request.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1)) throw badUserInput('confidence must be between 0 and 1, exclusive', { field: 'confidence' });
    const values = complete.flatMap((bucket) => (bucket.value === null ? [] : [bucket.value]));
    const fitted = forecastSeries(values, periods, { confidence, domain: kpi.domain });
    if (!fitted) return null;

    const dates = this.bucketsAfter(complete[complete.length - 1]!.at, granularity, periods, next);
    const direction = kpi.metric.direction;
    const target = kpi.target?.value ?? null;
    const met = target !== null && kpi.value !== null && (direction === 'HIGHER_IS_BETTER' ? kpi.value >= target : kpi.value <= target);
    const targetValue = target !== null && !met ? target : null;
    return Object.assign(new KpiForecast(), {
      method: fitted.method,
      alpha: fitted.alpha,
      beta: fitted.beta,
      confidence,
      granularity,
      points: fitted.steps.map((step, i) => Object.assign(new ForecastPoint(), { at: dates[i], value: step.value, lower: step.lower, upper: step.upper })),
      targetValue,
      projectedTargetDate: targetValue === null ? null : projectedTargetDate(fitted, targetValue, dates, direction, { now: new Date(cutoff), current: kpi.value }),
    });
  }

  /**
   * The starts of the `periods` buckets after `last`. Every KPI of a dashboard forecasts from the same buckets, and
   * each step is several zone conversions: computed once, kept in a small bounded map (Dates are never changed).
   */
  private bucketsAfter(last: Date, granularity: Granularity, periods: number, next: (at: Date) => Date): Date[] {
    const key = `${this.timeZone()}|${granularity}|${last.getTime()}|${periods}`;
    let dates = this.forecastDates.get(key);
    if (!dates) {
      dates = [];
      for (let at = last; dates.length < periods; ) dates.push((at = next(at)));
      if (this.forecastDates.size >= 1000) this.forecastDates.clear();
      this.forecastDates.set(key, dates);
    }
    return dates;
  }

  /** The metrics a formula reads; a formula that does not parse or reads unknown metrics is bad input naming `formula`. */
  formulaInputs(catalog: Catalog, formula: string): string[] {
    const inputs = parsedInputs(formula, 'formula');
    const unknown = inputs.filter((input) => !catalog.find(input));
    if (unknown.length > 0) throw badUserInput(`Formula reads unknown metrics: ${unknown.join(', ')}`, { field: 'formula' });
    return inputs;
  }

  /**
   * What a formula would give over a period (default: the last 90 days) before it is saved: it joins the catalog as
   * a derived metric and is evaluated as every derived KPI is (the series path), from its inputs' data.
   */
  async previewFormula(catalog: Catalog, formula: string, range: RangeSpec | null | undefined, now: Date = new Date()): Promise<FormulaPreview> {
    const inputs = this.formulaInputs(catalog, formula);
    const metric = Object.assign(new MetricEntity(), {
      key: PREVIEW_KEY, name: PREVIEW_KEY, description: '', department: 'EXECUTIVE', sharedWith: [], unitKind: 'RATIO', unitCurrency: null, unitScaleMin: null,
      unitScaleMax: null, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM', formula, source: 'OBSERVATIONS', owner: null, ownerUserId: null,
      reviewCadence: null, expectedIntervalMinutes: null, i18n: {},
    } satisfies Omit<MetricEntity, 'createdAt' | 'updatedAt'>);
    const series = await this.series(catalog.with(metric), PREVIEW_KEY, { range: range ?? PREVIEW_RANGE }, now);
    const [whole] = series.groups;
    return Object.assign(new FormulaPreview(), { inputs, period: series.period, granularity: series.granularity, total: whole.total, points: whole.points });
  }

  async series(catalog: Catalog, key: string, request: SeriesRequest, now: Date = new Date()): Promise<Series> {
    const metric = catalog.find(key);
    if (!metric) throw notFound('Metric', key);
    const range = this.resolve(request.range, now);
    const granularity = request.granularity ?? defaultGranularity(range);
    const tooMany = bucketBoundError(range, granularity);
    if (tooMany) throw badUserInput(`${tooMany}; choose a coarser granularity`, { field: 'granularity' });
    const filters = request.filters ?? [];
    checkDimensionFilters(filters, 'filter');
    const groupBy = request.groupBy ?? null;
    if (groupBy !== null && !DIMENSION_NAME_PATTERN.test(groupBy)) throw badUserInput(`Unknown dimension "${groupBy}"`, { field: 'groupBy' });

    const leaves = catalog.leaves(key);
    const rows = await queryStats(this.db, { metricKeys: leaves, range, timeZone: this.timeZone(), granularity, groupBy, filters });
    const buckets = bucketStarts(range, granularity, this.timeZone());
    const cell = (bucket: string, group: string | null) => `${bucket}|${group ?? ''}`;
    const byBucket = new StatsIndex(rows, (row) => cell(bucketCell(row.bucket), row.group));
    const byGroup = new StatsIndex(rows, (row) => cell(WHOLE, row.group));
    const groupKeys = groupBy === null ? [null] : [...new Set(rows.map((row) => row.group))];
    const groups = groupKeys
      .map((group) => Object.assign(new SeriesGroup(), {
        key: group,
        total: evaluateCell(catalog, byGroup, key, cell(WHOLE, group)),
        points: buckets.map((at) => point(shownAt(at, range), at <= now ? evaluateBucket(catalog, byBucket, key, cell(bucketCell(at), group)) : null)),
      }))
      .sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || String(a.key).localeCompare(String(b.key)));

    let comparisonPeriod: Period | null = null;
    let comparison: SeriesPoint[] | null = null;
    if (request.compare) {
      const previous = comparisonRange(range, request.compare, this.timeZone(), presetOf(request.range));
      const previousRows = await queryStats(this.db, { metricKeys: leaves, range: previous, timeZone: this.timeZone(), granularity, filters });
      const previousIndex = new StatsIndex(previousRows, (row) => bucketCell(row.bucket));
      const previousBuckets = bucketStarts(previous, granularity, this.timeZone());
      comparisonPeriod = period(previous);
      comparison = buckets.map((at, i) => point(shownAt(at, range), previousBuckets[i] && previousBuckets[i] <= now ? evaluateBucket(catalog, previousIndex, key, bucketCell(previousBuckets[i])) : null));
    }
    return Object.assign(new Series(), { metric: toMetric(metric), period: period(range), granularity, groupBy, groups, comparisonPeriod, comparison });
  }
}
