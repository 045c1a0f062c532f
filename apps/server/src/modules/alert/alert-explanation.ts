import {
  computeChange, describeContributions, formatChange, formatValue, parseFormula, topContributions,
  type AlertCondition, type AlertRuleKind, type AlertRuleParams, type BreakdownEntry, type Contribution, type DimensionBreakdown,
  type Granularity, type TimeRange, type Unit,
} from '@opshub/metrics';
import type { KpiService } from '../kpi/kpi.service';
import type { DimensionFilter } from '../rollup/rollup.read';
import type { Catalog } from '../metric/catalog';
import type { MetricEntity } from '../metric/metric.entity';

/** Dimensions looked at for an explanation; a metric rarely has more worth naming. */
const MAX_DIMENSIONS = 6;

export function unitOf(metric: MetricEntity): Unit {
  return {
    kind: metric.unitKind, currency: metric.unitCurrency ?? undefined,
    scaleMin: metric.unitScaleMin ?? undefined, scaleMax: metric.unitScaleMax ?? undefined,
  };
}

/**
 * For `a / b` or `k * a / b` (an annualised rate), the numerator, its scale and the denominator: a ratio's
 * change splits by sum/sum, not by the groups' own ratios.
 */
function ratioInputs(metric: MetricEntity): { numerator: string; scale: number; denominator: string } | null {
  if (!metric.formula) return null;
  const node = parseFormula(metric.formula);
  if (node.type !== 'binary' || node.operator !== '/' || node.right.type !== 'metric') return null;
  const { left, right } = node;
  if (left.type === 'metric') return { numerator: left.key, scale: 1, denominator: right.key };
  if (left.type === 'binary' && left.operator === '*' && left.left.type === 'number' && left.right.type === 'metric') {
    return { numerator: left.right.key, scale: left.left.value, denominator: right.key };
  }
  return null;
}

export interface BreakdownRequest {
  catalog: Catalog;
  metric: MetricEntity;
  dimensions: readonly string[];
  filters: readonly DimensionFilter[];
  /** Two buckets: the comparison one, then the current one. */
  range: TimeRange;
  granularity: Granularity;
}

/**
 * The breakdown of the change between the two buckets by each dimension, ready for contribution analysis:
 * group values of an additive metric, numerators and denominators of a ratio. Other derived metrics (whose
 * change does not split over groups) get none.
 */
export async function changeBreakdowns(kpis: KpiService, request: BreakdownRequest): Promise<DimensionBreakdown[]> {
  const { catalog, metric, filters, range, granularity } = request;
  const ratio = ratioInputs(metric);
  if (metric.formula && !ratio) return [];
  const grouped = async (key: string, dimension: string) => {
    const series = await kpis.series(catalog, key, { range, granularity, filters, groupBy: dimension });
    return new Map(series.groups.map((g) => [g.key ?? '', g.points.map((p) => p.value ?? 0)]));
  };
  const dimensions = request.dimensions.slice(0, MAX_DIMENSIONS);
  return Promise.all(dimensions.map(async (dimension): Promise<DimensionBreakdown> => {
    if (!ratio) {
      const groups = await grouped(metric.key, dimension);
      return { dimension, entries: [...groups].map(([value, points]) => ({ value, comparison: points[0] ?? 0, current: points.at(-1) ?? 0 })) };
    }
    const [numerators, denominators] = await Promise.all([grouped(ratio.numerator, dimension), grouped(ratio.denominator, dimension)]);
    const values = new Set([...numerators.keys(), ...denominators.keys()]);
    const entries: BreakdownEntry[] = [...values].map((value) => {
      const n = numerators.get(value) ?? [0, 0];
      const d = denominators.get(value) ?? [0, 0];
      return { value, comparison: ratio.scale * (n[0] ?? 0), current: ratio.scale * (n.at(-1) ?? 0), comparisonBase: d[0] ?? 0, currentBase: d.at(-1) ?? 0 };
    });
    return { dimension, entries };
  }));
}

const BUCKET_WORDS: Record<Granularity, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };

export interface ExplanationInput {
  metric: MetricEntity;
  kind: AlertRuleKind;
  params: AlertRuleParams;
  condition: AlertCondition;
  granularity: Granularity;
  /** The value of the bucket before, for "up 3.1 pts". */
  previousValue: number | null;
  target?: { value: number; tolerance: number } | null;
  breakdowns: readonly DimensionBreakdown[];
}

/** A duration in minutes as people say it: "90 min", "26 h", "3 d". */
function minutesText(minutes: number | null): string {
  const m = minutes ?? 0;
  if (m < 120) return `${Math.round(m)} min`;
  if (m < 72 * 60) return `${Math.round(m / 60)} h`;
  return `${Math.round(m / 1440)} d`;
}

/** The alert's explanation in English, and the top contributor of each dimension. */
export function explain(input: ExplanationInput): { text: string; contributions: Contribution[] } {
  const { metric, kind, params, condition, granularity, previousValue } = input;
  const unit = unitOf(metric);
  const v = (x: number | null | undefined) => formatValue(x ?? null, unit);
  const bucket = BUCKET_WORDS[granularity];
  let why: string;
  switch (kind) {
    case 'THRESHOLD':
      why = `${metric.name} is ${v(condition.value)} this ${bucket}, ${params.side === 'BELOW' ? 'below' : 'above'} the threshold of ${v(params.threshold)}.`;
      break;
    case 'TARGET_BAND': {
      const band = params.band ?? input.target?.tolerance ?? 0;
      why = `${metric.name} is ${v(condition.value)} this ${bucket}, outside ±${Math.round(band * 1000) / 10} % of the target ${v(condition.reference)}.`;
      break;
    }
    case 'CHANGE':
      why = `${metric.name} changed ${formatChange(computeChange(condition.value, condition.reference).change, condition.changeRatio ?? null, unit)} against the previous ${bucket} (${v(condition.reference)} → ${v(condition.value)}).`;
      break;
    case 'ANOMALY':
      why = `${metric.name} is ${v(condition.value)} this ${bucket}, outside the expected ${v(condition.lower)} to ${v(condition.upper)} (forecast ${v(condition.reference)}).`;
      break;
    case 'SLA_BREACH':
      why = `${v(condition.value)} SLA breach${condition.value === 1 ? '' : 'es'} this ${bucket}.`;
      break;
    case 'FRESHNESS':
      why = `${metric.name} has received no data for ${minutesText(condition.value)}; it should every ${minutesText(condition.reference)}.`;
      break;
    case 'SYNC_FAILURE':
      why = `The SQL source of ${metric.name} failed ${condition.value} syncs in a row; see its sync history for the error.`;
      break;
  }
  const contributions = topContributions(input.breakdowns);
  if (contributions.length === 0 || previousValue === null || condition.value === null) return { text: why, contributions };
  const { change, changeRatio } = computeChange(condition.value, previousValue);
  const moved = (change ?? 0) >= 0 ? 'up' : 'down';
  const amount = formatChange(change, changeRatio, unit).replace(/^[+\-−]/, '');
  return { text: `${why} ${metric.name} ${moved} ${amount} vs the previous ${bucket}: ${describeContributions(contributions, unit)}.`, contributions };
}
