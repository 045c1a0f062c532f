import { axisScale, formatValue, type Unit, type ValueDomain } from '@opshub/metrics';

/** A domain as the API sends it: null for an open end (GraphQL has no infinity). */
export interface DomainLike {
  min: number | null;
  max: number | null;
}

export function toDomain(domain: DomainLike | null | undefined): ValueDomain {
  return { min: domain?.min ?? -Infinity, max: domain?.max ?? Infinity };
}

export interface ValueAxis {
  min: number;
  max: number;
  /** Intervals between ticks, as ApexCharts counts them. */
  tickAmount: number;
  step: number;
}

/**
 * The y-axis of a chart of `values`: round ticks (axisScale, in @opshub/metrics) within the metric's domain, so
 * a win rate's axis stops at 0 and 100 % and never reads 10.6 % or −78.8 %.
 */
export function valueAxis(values: readonly number[], domain: ValueDomain, maxTicks = 4): ValueAxis {
  const finite = values.filter(Number.isFinite);
  const scale = axisScale(finite.length ? Math.min(...finite) : Infinity, finite.length ? Math.max(...finite) : -Infinity, domain, maxTicks);
  return { min: scale.min, max: scale.max, tickAmount: Math.max(1, Math.round((scale.max - scale.min) / scale.step)), step: scale.step };
}

// The power of ten of a step's last significant digit: 250 000 → 4, 0.0025 → −4.
function lastDigit(step: number): number {
  const power = Math.floor(Math.log10(step));
  const mantissa = Number((step / 10 ** power).toPrecision(6));
  const decimals = (String(mantissa).split('.')[1] ?? '').length;
  return power - decimals;
}

/**
 * Tick labels with the precision the step needs and no more: a 0.25-point step on a share shows 99.75 %, a
 * $250K step shows $1.75M (the compact display alone would round it to $1.8M). Other units as formatValue shows them.
 */
export function axisTickFormatter(step: number, unit: Unit, locale: string): (value: number) => string {
  const digit = lastDigit(step);
  if (unit.kind === 'PERCENT') {
    const format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: Math.max(0, -(digit + 2)) });
    return (value) => format.format(value);
  }
  if (unit.kind === 'CURRENCY' || unit.kind === 'COUNT') {
    const currency = unit.kind === 'CURRENCY' ? { style: 'currency', currency: unit.currency ?? 'USD' } as const : {};
    return (value) => {
      // Below 1,000 on a fine axis as formatValue shows it; on a coarse one in its style ("$0", not "$0.00").
      if (Math.abs(value) < 1000 && step < 1000) return formatValue(value, unit, { locale, compact: true });
      const significant = Math.min(21, Math.max(1, Math.floor(Math.log10(Math.abs(value))) - digit + 1));
      return new Intl.NumberFormat(locale, { ...currency, notation: 'compact', maximumSignificantDigits: significant }).format(value);
    };
  }
  return (value) => formatValue(value, unit, { locale, compact: true });
}
