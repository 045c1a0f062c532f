import { useMemo } from 'react';
import { Chart, type ChartOptions } from '../../../shared/charts/apex';
import type { ChartPalette } from '../../../shared/charts/palette';
import { valueAxis } from '../../../shared/charts/valueAxis';
import type { BreakdownView } from '../lib/drillState';

export interface BreakdownGroup {
  key: string | null;
  label: string;
  total: number | null;
  series: [number, number | null][];
}

export interface BreakdownChartProps {
  groups: BreakdownGroup[];
  view: BreakdownView;
  palette: ChartPalette;
  dark: boolean;
  formatValue: (value: number) => string;
  /** Tick labels for a value axis of this step (see valueAxis); formatValue without it. */
  formatTick?: (step: number) => (value: number) => string;
  formatDate: (epochMs: number) => string;
  /** The lowest value the metric can take (0 for counts and money): the stacked axis does not go below it. */
  floor?: number;
  /** A bar (totals) or a segment (stacked) was clicked. */
  onSelect: (group: BreakdownGroup) => void;
}

/** Totals per dimension value (horizontal bars) or stacked bars over time; clicking drills into a value. */
export default function BreakdownChart({ groups, view, palette, dark, formatValue, formatTick, formatDate, floor = -Infinity, onSelect }: BreakdownChartProps) {
  const height = view === 'bars' ? Math.max(160, groups.length * 34 + 60) : 340;

  const series = useMemo(
    () =>
      view === 'bars'
        ? [{ name: 'total', data: groups.map((g) => g.total ?? 0) }]
        : groups.map((g) => ({ name: g.label, data: g.series })),
    [groups, view],
  );

  // Stacked bars over time: round ticks from the lowest stack (its negative parts) to the highest.
  const stackedAxis = useMemo(() => {
    if (view !== 'stacked') return null;
    const buckets = new Map<number, { up: number; down: number }>();
    for (const group of groups) {
      for (const [at, value] of group.series) {
        const stack = buckets.get(at) ?? { up: 0, down: 0 };
        if (value !== null) stack[value >= 0 ? 'up' : 'down'] += value;
        buckets.set(at, stack);
      }
    }
    const ends = [...buckets.values()].flatMap(({ up, down }) => [up, down]);
    return valueAxis(ends.length ? [0, ...ends] : [], { min: floor, max: Infinity });
  }, [groups, view, floor]);

  const options = useMemo<ChartOptions>(
    () => ({
      chart: {
        type: 'bar',
        stacked: view === 'stacked',
        animations: { enabled: false },
        toolbar: { show: false },
        zoom: { enabled: false },
        background: 'transparent',
        foreColor: palette.muted,
        fontFamily: 'inherit',
        parentHeightOffset: 0,
        events: {
          dataPointSelection: (_event, _chart, config) => {
            if (!config) return;
            const group = view === 'bars' ? groups[config.dataPointIndex] : groups[config.seriesIndex];
            if (group) onSelect(group);
          },
        },
      },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: view === 'bars' ? [palette.primary] : palette.series,
      plotOptions: { bar: { horizontal: view === 'bars', borderRadius: 3, barHeight: '70%', columnWidth: '70%' } },
      dataLabels: { enabled: false },
      legend: { show: view === 'stacked', position: 'top', horizontalAlign: 'left', labels: { colors: palette.text } },
      grid: { borderColor: palette.grid, strokeDashArray: 3 },
      states: { active: { filter: { type: 'none' } } },
      xaxis:
        view === 'bars'
          ? { categories: groups.map((g) => g.label), labels: { formatter: (v: string) => formatValue(Number(v)) } }
          : { type: 'datetime', labels: { formatter: (v: string, ts?: number) => formatDate(ts ?? Number(v)), datetimeUTC: false } },
      yaxis:
        view === 'bars' || !stackedAxis
          ? { labels: { maxWidth: 200 } }
          : {
              min: stackedAxis.min,
              max: stackedAxis.max,
              tickAmount: stackedAxis.tickAmount,
              forceNiceScale: false,
              labels: { formatter: (v: number) => (Number.isFinite(v) ? (formatTick?.(stackedAxis.step) ?? formatValue)(v) : '') },
            },
      tooltip: {
        theme: dark ? 'dark' : 'light',
        y: { formatter: (v: number) => formatValue(v), title: { formatter: (name: string) => (view === 'bars' ? '' : name) } },
        x: view === 'stacked' ? { formatter: (v: number) => formatDate(v) } : undefined,
      },
    }),
    [groups, view, stackedAxis, palette, dark, formatValue, formatTick, formatDate, onSelect],
  );

  return <Chart type="bar" series={series} options={options} height={height} width="100%" />;
}
