import type { Granularity, ValueDomain } from '@opshub/metrics';

export interface TrajectoryLike {
  at: string;
  value: number;
}

export interface ForecastLike {
  granularity: Granularity;
  points: readonly { at: string; value: number; lower: number; upper: number }[];
}

export interface ChartOverlays {
  /** The goal trajectory as [epoch ms, value]; null when not comparable with what the chart shows. */
  goal: [number, number][] | null;
  /** The forecast's central line and its band [epoch ms, lower, upper]; null when not comparable. */
  forecast: { line: [number, number][]; band: [number, number, number][] } | null;
}

/**
 * What of the KPI's goal and forecast the drill-down chart can draw. A goal is in the KPI's own terms (a period
 * total for SUM metrics), so like the target it only fits a SUM chart as a running total. The forecast is per
 * bucket at the KPI's trend granularity, so it only fits a per-bucket chart at that granularity.
 */
export function chartOverlays(input: {
  trajectory: readonly TrajectoryLike[] | null | undefined;
  forecast: ForecastLike | null | undefined;
  granularity: Granularity;
  isSum: boolean;
  cumulative: boolean;
  /** Forecast buckets to draw at most: the band widens with the horizon and would flatten the chart. */
  forecastHorizon?: number;
}): ChartOverlays {
  const { trajectory, forecast, granularity, isSum, cumulative, forecastHorizon = Infinity } = input;
  const goal = trajectory && trajectory.length > 0 && (!isSum || cumulative)
    ? trajectory.map((p) => [Date.parse(p.at), p.value] as [number, number])
    : null;
  const fits = forecast && forecast.points.length > 0 && forecast.granularity === granularity && !cumulative;
  const shown = fits ? forecast.points.slice(0, Math.max(1, forecastHorizon)) : [];
  return {
    goal,
    forecast: fits
      ? {
          line: shown.map((p) => [Date.parse(p.at), p.value] as [number, number]),
          band: shown.map((p) => [Date.parse(p.at), p.lower, p.upper] as [number, number, number]),
        }
      : null,
  };
}

export interface SeriesSpec {
  name: string;
  type: 'line' | 'rangeArea';
  data: { x: number; y: number | null | [number, number] }[];
  color: string;
  width: number;
  dash: number;
}

/** Another metric drawn over the first (a dashboard chart of several metrics): a solid line of its own colour. */
export interface OverlaidLine {
  name: string;
  points: readonly [number, number | null][];
  color: string;
  /** Its unit's axis (unitKey, domain, formats); without, it is read on the first metric's. */
  axis?: { key: string; domain: ValueDomain; formatValue: (value: number) => string; formatTick: (step: number) => (value: number) => string };
}

/**
 * The chart's series in drawing order: the period, the other metrics overlaid on it, the comparison, the goal
 * trajectory, the forecast band and line. All as {x, y} points because ApexCharts only mixes a rangeArea with
 * lines in that form.
 */
export function chartSeries(input: {
  current: readonly [number, number | null][];
  others?: readonly OverlaidLine[];
  comparison: readonly [number, number | null][] | null;
  overlays: ChartOverlays;
  labels: { current: string; comparison: string; goal: string; forecast: string; forecastBand: string };
  colors: { current: string; comparison: string; goal: string; forecast: string };
}): SeriesSpec[] {
  const { current, others = [], comparison, overlays, labels, colors } = input;
  const points = (pairs: readonly [number, number | null][]) => pairs.map(([x, y]) => ({ x, y }));
  const list: SeriesSpec[] = [{ name: labels.current, type: 'line', data: points(current), color: colors.current, width: 2.5, dash: 0 }];
  for (const other of others) list.push({ name: other.name, type: 'line', data: points(other.points), color: other.color, width: 2.5, dash: 0 });
  if (comparison && comparison.length > 0) {
    list.push({ name: labels.comparison, type: 'line', data: points(comparison), color: colors.comparison, width: 2, dash: 5 });
  }
  if (overlays.goal) list.push({ name: labels.goal, type: 'line', data: points(overlays.goal), color: colors.goal, width: 2, dash: 2 });
  if (overlays.forecast) {
    list.push({
      name: labels.forecastBand,
      type: 'rangeArea',
      data: overlays.forecast.band.map(([x, lower, upper]) => ({ x, y: [lower, upper] as [number, number] })),
      color: colors.forecast,
      width: 0,
      dash: 0,
    });
    list.push({ name: labels.forecast, type: 'line', data: points(overlays.forecast.line), color: colors.forecast, width: 2, dash: 4 });
  }
  return list;
}

/**
 * The points of a line up to `xMax`, ending exactly there (interpolated) when the line runs on: a goal trajectory
 * drawn to its end date would stretch the time axis weeks past the data.
 */
export function lineUntil(points: readonly [number, number][], xMax: number): [number, number][] {
  const kept = points.filter(([x]) => x <= xMax);
  const next = points.find(([x]) => x > xMax);
  const last = kept[kept.length - 1];
  if (next && last && last[0] < xMax) {
    const [x0, y0] = last;
    const [x1, y1] = next;
    kept.push([xMax, y0 + ((y1 - y0) * (xMax - x0)) / (x1 - x0)]);
  }
  return kept;
}
