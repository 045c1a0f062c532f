import type { ValueDomain } from '@opshub/metrics';
import type { ChartOptions } from '../../../shared/charts/apex';
import { valueAxis } from '../../../shared/charts/valueAxis';

/** Lines of one unit on a chart of several metrics: they share one y-axis, formatted in that unit. */
export interface UnitScale {
  /** Lines with the same key share the axis (unitKey: `CURRENCY:USD`, `PERCENT`, `HOURS`). */
  key: string;
  /** The series drawn against it: a metric's line, and for the first metric its comparison, goal and forecast. */
  seriesNames: string[];
  /** Every value those series draw (and the target line), which the axis keeps in view. */
  values: number[];
  domain: ValueDomain;
  /** Tick labels for an axis of this step, in the unit. */
  formatTick: (step: number) => (value: number) => string;
}

/** Axes drawn: the first unit's on the left, the second's on the right. Further units keep a scale of their own, undrawn. */
export const SHOWN_AXES = 2;

type ApexYAxis = Extract<NonNullable<ChartOptions['yaxis']>, readonly unknown[]>[number];

/** One ApexCharts y-axis, with the fields this chart sets. */
export type YAxis = ApexYAxis & {
  seriesName: string[];
  show: boolean;
  opposite: boolean;
  min: number;
  max: number;
  tickAmount: number;
  labels: { formatter: (value: number) => string };
};

/**
 * ApexCharts' y-axes for lines of one or more units, one axis per unit in the order given, each on round ticks
 * within its unit's domain: a ratio next to an amount gets its own scale rather than lying flat at 0.
 */
export function yAxes(scales: readonly UnitScale[]): YAxis[] {
  return scales.map((scale, index) => {
    const axis = valueAxis(scale.values, scale.domain);
    const tick = scale.formatTick(axis.step);
    return {
      seriesName: scale.seriesNames,
      show: index < SHOWN_AXES,
      opposite: index === 1,
      min: axis.min,
      max: axis.max,
      tickAmount: axis.tickAmount,
      forceNiceScale: false,
      labels: { formatter: (value: number) => (Number.isFinite(value) ? tick(value) : '') },
    };
  });
}

/** Scales of lines by unit, in the order their units first appear (the first line's unit first). */
export function unitScales(lines: ReadonlyArray<Omit<UnitScale, 'seriesNames'> & { name: string }>): UnitScale[] {
  const byKey = new Map<string, UnitScale>();
  for (const { name, values, ...scale } of lines) {
    const found = byKey.get(scale.key);
    if (found) {
      found.seriesNames.push(name);
      found.values.push(...values);
    } else {
      byKey.set(scale.key, { ...scale, seriesNames: [name], values: [...values] });
    }
  }
  return [...byKey.values()];
}
