import {
  computeChange, describeContributions, formatChange, formatValue, parseFormula, topContributions,
  type AlertCondition, type AlertRuleKind, type AlertRuleParams, type BreakdownEntry, type Contribution, type DimensionBreakdown,
  type Granularity, type TimeRange, type Unit,
} from '@opshub/metrics';
import { localized, type NotificationLocale } from '../../common/localized';
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

/** Per locale: "this day" and "the previous day" (Spanish genders the bucket). */
const BUCKET_WORDS: Record<'en' | 'es', Record<Granularity, { current: string; previous: string }>> = {
  en: {
    HOUR: { current: 'this hour', previous: 'the previous hour' }, DAY: { current: 'this day', previous: 'the previous day' },
    WEEK: { current: 'this week', previous: 'the previous week' }, MONTH: { current: 'this month', previous: 'the previous month' },
    QUARTER: { current: 'this quarter', previous: 'the previous quarter' },
  },
  es: {
    HOUR: { current: 'esta hora', previous: 'la hora anterior' }, DAY: { current: 'este día', previous: 'el día anterior' },
    WEEK: { current: 'esta semana', previous: 'la semana anterior' }, MONTH: { current: 'este mes', previous: 'el mes anterior' },
    QUARTER: { current: 'este trimestre', previous: 'el trimestre anterior' },
  },
};

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

/** A duration in minutes as people say it: "90 min", "26 h", "3 d" ("3 días" in Spanish). */
function minutesText(minutes: number | null, locale: NotificationLocale): string {
  const m = minutes ?? 0;
  if (m < 120) return `${Math.round(m)} min`;
  if (m < 72 * 60) return `${Math.round(m / 60)} h`;
  return `${Math.round(m / 1440)} ${locale === 'es' ? 'días' : 'd'}`;
}

/** Why the rule fired, in `locale`, and the top contributor of each dimension. */
export function explain(input: ExplanationInput, locale: NotificationLocale = 'en'): { text: string; contributions: Contribution[] } {
  const { metric, kind, params, condition, granularity, previousValue } = input;
  const unit = unitOf(metric);
  const es = locale === 'es';
  const v = (x: number | null | undefined) => formatValue(x ?? null, unit, { locale });
  const name = localized(metric.name, metric.i18n, locale, 'name');
  const bucket = BUCKET_WORDS[locale][granularity];
  const percent = (ratio: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ratio * 100)} %`;
  const change = (value: number | null, reference: number | null, ratio: number | null) => formatChange(computeChange(value, reference).change, ratio, unit, { locale });
  let why: string;
  switch (kind) {
    case 'THRESHOLD': {
      const below = params.side === 'BELOW';
      why = es
        ? `${name} es ${v(condition.value)} ${bucket.current}, ${below ? 'por debajo' : 'por encima'} del umbral de ${v(params.threshold)}.`
        : `${name} is ${v(condition.value)} ${bucket.current}, ${below ? 'below' : 'above'} the threshold of ${v(params.threshold)}.`;
      break;
    }
    case 'TARGET_BAND': {
      const band = percent(params.band ?? input.target?.tolerance ?? 0);
      why = es
        ? `${name} es ${v(condition.value)} ${bucket.current}, fuera de ±${band} del objetivo ${v(condition.reference)}.`
        : `${name} is ${v(condition.value)} ${bucket.current}, outside ±${band} of the target ${v(condition.reference)}.`;
      break;
    }
    case 'CHANGE': {
      const moved = change(condition.value, condition.reference, condition.changeRatio ?? null);
      why = es
        ? `${name} cambió ${moved} respecto a ${bucket.previous} (${v(condition.reference)} → ${v(condition.value)}).`
        : `${name} changed ${moved} against ${bucket.previous} (${v(condition.reference)} → ${v(condition.value)}).`;
      break;
    }
    case 'ANOMALY':
      why = es
        ? `${name} es ${v(condition.value)} ${bucket.current}, fuera de lo esperado, de ${v(condition.lower)} a ${v(condition.upper)} (previsión ${v(condition.reference)}).`
        : `${name} is ${v(condition.value)} ${bucket.current}, outside the expected ${v(condition.lower)} to ${v(condition.upper)} (forecast ${v(condition.reference)}).`;
      break;
    case 'SLA_BREACH': {
      const one = condition.value === 1;
      why = es
        ? `${v(condition.value)} ${one ? 'incumplimiento' : 'incumplimientos'} de SLA ${bucket.current}.`
        : `${v(condition.value)} SLA breach${one ? '' : 'es'} ${bucket.current}.`;
      break;
    }
    case 'FRESHNESS': {
      const quiet = minutesText(condition.value, locale);
      const every = minutesText(condition.reference, locale);
      why = es
        ? `${name} no recibe datos desde hace ${quiet}; debería recibirlos cada ${every}.`
        : `${name} has received no data for ${quiet}; it should every ${every}.`;
      break;
    }
    case 'SYNC_FAILURE':
      why = es
        ? `La fuente SQL de ${name} ha fallado ${condition.value} sincronizaciones seguidas; su historial de sincronizaciones muestra el error.`
        : `The SQL source of ${name} failed ${condition.value} syncs in a row; see its sync history for the error.`;
      break;
  }
  const contributions = topContributions(input.breakdowns);
  if (contributions.length === 0 || previousValue === null || condition.value === null) return { text: why, contributions };
  const { change: delta, changeRatio } = computeChange(condition.value, previousValue);
  const up = (delta ?? 0) >= 0;
  const amount = formatChange(delta, changeRatio, unit, { locale }).replace(/^[+\-−]/, '');
  const parts = describeContributions(contributions, unit, { locale });
  return {
    text: es
      ? `${why} ${name} ${up ? 'sube' : 'baja'} ${amount} respecto a ${bucket.previous}: ${parts}.`
      : `${why} ${name} ${up ? 'up' : 'down'} ${amount} vs ${bucket.previous}: ${parts}.`,
    contributions,
  };
}

/** The explanation in every language, English first (the stored default). */
export function explainInAll(input: ExplanationInput): { text: string; texts: Record<NotificationLocale, string>; contributions: Contribution[] } {
  const en = explain(input, 'en');
  return { ...en, texts: { en: en.text, es: explain(input, 'es').text } };
}
