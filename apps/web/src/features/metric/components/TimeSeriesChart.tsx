import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Chart, type ChartOptions } from '../../../shared/charts/apex';
import { TimeSelection, type TimeSpan } from '../../../shared/charts/TimeSelection';
import type { ChartPalette } from '../../../shared/charts/palette';
import type { ValueDomain } from '@opshub/metrics';
import { UNBOUNDED } from '@opshub/metrics';
import { layoutAnnotationLabels } from '../lib/annotationLabels';
import { chartSeries, lineUntil, type ChartOverlays, type OverlaidLine } from '../lib/overlays';
import { unitScales, yAxes } from '../lib/yAxes';

export interface TimeSeriesChartProps {
  current: [number, number | null][];
  /** Other metrics drawn over `current` (a dashboard chart of several metrics): on its axis, or their unit's own. */
  others?: readonly OverlaidLine[];
  /** The unit of `current` (unitKey): other metrics of the same unit share its axis. */
  unitKey?: string;
  comparison: [number, number | null][] | null;
  target: number | null;
  /** Goal trajectory and forecast band, drawn when present. */
  overlays?: ChartOverlays;
  labels: { current: string; comparison: string; target: string; goal?: string; forecast?: string; forecastBand?: string };
  palette: ChartPalette;
  dark: boolean;
  formatValue: (value: number) => string;
  /** Tick labels for a y-axis of this step (precise enough to tell the ticks apart); formatValue without it. */
  formatTick?: (step: number) => (value: number) => string;
  formatDate: (epochMs: number) => string;
  /** What values the metric can take: the y-axis stays within it. */
  domain?: ValueDomain;
  height?: number;
  /** Events on the time axis (a line, or a shaded span when they have an end). */
  annotations?: ReadonlyArray<{ id: string; title: string; at: number; endAt: number | null }>;
  /** Given, a click on the chart picks a point and a drag a span (to annotate it). */
  onSelectTime?: (span: TimeSpan) => void;
}

const NO_OVERLAYS: ChartOverlays = { goal: null, forecast: null };
const NO_OTHERS: readonly OverlaidLine[] = [];
/** The y-axis labels take about this much of the chart's width; the rest is the time axis the event labels share. */
const Y_AXIS_PX = 70;
/** Until the chart is measured (and in tests, which have no layout). */
const DEFAULT_WIDTH_PX = 600;
/** Rows of event labels are this far apart. */
const LABEL_ROW_PX = 20;

/** The element's width, following resizes. */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width) || null));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
const NO_ANNOTATIONS: NonNullable<TimeSeriesChartProps['annotations']> = [];

/**
 * Line chart of the period, the comparison period (dashed), the target (annotation), the goal trajectory (dotted)
 * and the forecast (dashed) with its confidence band (rangeArea). Animations off.
 */
export default function TimeSeriesChart({
  current,
  others = NO_OTHERS,
  unitKey = '',
  comparison,
  target,
  overlays = NO_OVERLAYS,
  labels,
  palette,
  dark,
  formatValue,
  formatTick,
  formatDate,
  domain = UNBOUNDED,
  height = 320,
  annotations = NO_ANNOTATIONS,
  onSelectTime,
}: TimeSeriesChartProps) {
  const [frame, frameWidth] = useWidth<HTMLDivElement>();
  // The time axis ends with the data, or with the forecast when one is drawn: no further.
  const xMax = current.length ? Math.max(current[current.length - 1][0], ...(overlays.forecast?.line.map(([x]) => x) ?? [])) : undefined;
  const shown = useMemo<ChartOverlays>(
    () => (xMax === undefined || !overlays.goal ? overlays : { ...overlays, goal: lineUntil(overlays.goal, xMax) }),
    [overlays, xMax],
  );
  const specs = useMemo(
    () =>
      chartSeries({
        current,
        others,
        comparison,
        overlays: shown,
        labels: {
          current: labels.current,
          comparison: labels.comparison,
          goal: labels.goal ?? '',
          forecast: labels.forecast ?? '',
          forecastBand: labels.forecastBand ?? '',
        },
        colors: { current: palette.primary, comparison: palette.comparison, goal: palette.target, forecast: palette.primary },
      }),
    [current, others, comparison, shown, labels, palette],
  );
  const series = useMemo(() => specs.map(({ name, type, data }) => ({ name, type, data })), [specs]);
  // ApexCharts only draws a band next to lines in a rangeArea chart.
  const chartType = specs.some((spec) => spec.type === 'rangeArea') ? 'rangeArea' : 'line';

  const options = useMemo<ChartOptions>(() => {
    const valuesOf = (points: readonly (readonly [number, number | null])[]) => points.map(([, v]) => v).filter((v): v is number => v !== null);
    // The first metric's scale: its line, comparison, goal and forecast (other metrics join it by unit below).
    const values = valuesOf([...current, ...(comparison ?? []), ...(shown.goal ?? []), ...(shown.forecast?.line ?? [])]);
    let dataMax = values.length ? Math.max(...values) : 0;
    let dataMin = values.length ? Math.min(...values) : 0;
    // The band widens the axis by half the data's span at most: far ahead it grows wide enough to flatten the
    // very data it qualifies. Beyond that it is clipped. (The domain bounds it already: a share stops at 100 %.)
    const band = (shown.forecast?.band ?? []).flatMap(([, lower, upper]) => [lower, upper]);
    if (band.length > 0) {
      const slack = (dataMax - dataMin || Math.abs(dataMax) || 1) / 2;
      [dataMin, dataMax] = [Math.min(dataMin, Math.max(Math.min(...band), dataMin - slack)), Math.max(dataMax, Math.min(Math.max(...band), dataMax + slack))];
    }
    // Round ticks within each unit's domain, the target line kept in view: one axis per unit.
    const primaryTick = formatTick ?? (() => formatValue);
    const primary = { key: unitKey, domain, formatTick: primaryTick };
    const yaxis = yAxes(unitScales([
      { ...primary, name: specs[0].name, values: values.length ? [dataMin, dataMax, ...(target !== null ? [target] : [])] : target !== null ? [target] : [] },
      ...others.map((other, i) => ({
        ...(other.axis ? { key: other.axis.key, domain: other.axis.domain, formatTick: other.axis.formatTick } : primary),
        name: specs[i + 1].name,
        values: valuesOf(other.points),
      })),
      ...specs.slice(1 + others.length).map((spec) => ({ ...primary, name: spec.name, values: [] })),
    ]));
    // Each series' values in the tooltip as its own unit reads them.
    const formatters = specs.map((_, i) => (i >= 1 && i <= others.length ? (others[i - 1].axis?.formatValue ?? formatValue) : formatValue));
    // Events after the axis's end are listed below the chart, not drawn off it. Labels of nearby events are stacked
    // in rows so none hides another, and anchored so none is cut off at an edge.
    const drawn = annotations.filter((a) => xMax === undefined || a.at <= xMax);
    const end = (a: (typeof drawn)[number]) => Math.min(a.endAt ?? a.at, xMax ?? Infinity);
    const eventLabels = xMax !== undefined
      ? layoutAnnotationLabels(drawn.map((a) => ({ id: a.id, title: a.title, at: end(a) })), {
          from: current[0][0], to: xMax, width: Math.max(1, (frameWidth ?? DEFAULT_WIDTH_PX) - Y_AXIS_PX),
        })
      : [];
    return {
      chart: {
        type: chartType,
        animations: { enabled: false },
        toolbar: { show: false },
        zoom: { enabled: false },
        background: 'transparent',
        foreColor: palette.muted,
        fontFamily: 'inherit',
        parentHeightOffset: 0,
      },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: specs.map((spec) => spec.color),
      stroke: { width: specs.map((spec) => spec.width), dashArray: specs.map((spec) => spec.dash), curve: 'straight' },
      // The band is a translucent fill; lines are not filled.
      fill: { opacity: specs.map((spec) => (spec.type === 'rangeArea' ? 0.18 : 1)) },
      // Dots mark the measured points only: on the band's edges they read as scattered points, not a band.
      markers: { size: specs.map((spec) => (spec.type === 'line' && current.length <= 40 ? 3 : 0)), strokeWidth: 0, hover: { size: 5 } },
      grid: { borderColor: palette.grid, strokeDashArray: 3 },
      legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: palette.text } },
      dataLabels: { enabled: false },
      xaxis: {
        type: 'datetime',
        min: current.length ? current[0][0] : undefined,
        max: xMax,
        labels: { formatter: (_value: string, timestamp?: number) => formatDate(timestamp ?? Number(_value)), datetimeUTC: false },
        tooltip: { enabled: false },
      },
      yaxis,
      tooltip: {
        theme: dark ? 'dark' : 'light',
        shared: true,
        x: { formatter: (value: number) => formatDate(value) },
        y: { formatter: (value: number | null, opts?: { seriesIndex?: number }) => (value === null || value === undefined ? '—' : (formatters[opts?.seriesIndex ?? 0] ?? formatValue)(value)) },
      },
      annotations: {
        xaxis: drawn.map((a, i) => {
          const label = eventLabels[i];
          return {
            x: a.at,
            x2: a.endAt === null ? undefined : end(a),
            borderColor: palette.muted,
            fillColor: palette.muted,
            opacity: 0.12,
            strokeDashArray: 4,
            label: label?.text
              ? {
                  text: label.text,
                  orientation: 'horizontal',
                  textAnchor: label.anchor,
                  offsetY: label.row * LABEL_ROW_PX,
                  borderColor: palette.muted,
                  style: { background: palette.muted, color: '#fff', fontSize: '11px' },
                }
              : { text: '', borderWidth: 0, style: { background: 'transparent' } },
          };
        }),
        yaxis:
          target !== null
            ? [
                {
                  y: target,
                  borderColor: palette.target,
                  strokeDashArray: 6,
                  borderWidth: 2,
                  label: {
                    text: labels.target,
                    position: 'left',
                    textAnchor: 'start',
                    borderColor: palette.target,
                    style: { background: palette.target, color: '#fff', fontSize: '11px' },
                  },
                },
              ]
            : [],
      },
    };
  }, [current, others, unitKey, comparison, target, shown, xMax, domain, specs, chartType, labels.target, palette, dark, formatValue, formatTick, formatDate, annotations, frameWidth]);

  const chart = <Chart type={chartType} series={series} options={options} height={height} width="100%" />;
  return (
    <div ref={frame}>
      {onSelectTime && xMax !== undefined ? (
        <TimeSelection from={current[0][0]} to={xMax} points={current.map(([x]) => x)} onSelect={onSelectTime}>
          {chart}
        </TimeSelection>
      ) : (
        chart
      )}
    </div>
  );
}
