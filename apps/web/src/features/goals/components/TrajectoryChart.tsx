import { memo, useMemo } from 'react';
import { Chart, type ChartOptions } from '../../../shared/charts/apex';
import type { ChartPalette } from '../../../shared/charts/palette';

export interface TrajectoryChartProps {
  /** The goal's path, [epoch ms, value], in date order (a STEPPED goal has two points at each step). */
  path: [number, number][];
  /** What the metric did, [epoch ms, value]. */
  actual: [number, number][];
  labels: { path: string; actual: string };
  palette: ChartPalette;
  dark: boolean;
  height: number;
  formatValue: (value: number) => string;
  formatDate: (epochMs: number) => string;
}

/** Small line chart of a goal: its milestone path (dashed) and the actual values. Decorative: ChartFrame describes it. */
function TrajectoryChart({ path, actual, labels, palette, dark, height, formatValue, formatDate }: TrajectoryChartProps) {
  const series = useMemo(() => [{ name: labels.path, data: path }, { name: labels.actual, data: actual }], [path, actual, labels]);
  const options = useMemo<ChartOptions>(
    () => ({
      chart: {
        type: 'line',
        animations: { enabled: false },
        toolbar: { show: false },
        zoom: { enabled: false },
        selection: { enabled: false },
        background: 'transparent',
        foreColor: palette.muted,
        fontFamily: 'inherit',
        parentHeightOffset: 0,
      },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: [palette.target, palette.primary],
      stroke: { width: [2, 2], dashArray: [5, 0], curve: 'straight' },
      markers: { size: [0, actual.length <= 30 ? 3 : 0], strokeWidth: 0 },
      grid: { borderColor: palette.grid, strokeDashArray: 3, padding: { left: 4, right: 8 } },
      legend: { show: false },
      dataLabels: { enabled: false },
      xaxis: {
        type: 'datetime',
        labels: { formatter: (value: string, timestamp?: number) => formatDate(timestamp ?? Number(value)), datetimeUTC: false, hideOverlappingLabels: true, rotate: 0 },
        // Upright dates that do not fit are dropped: rotated ones took half a phone-width chart's height.
        tickAmount: 3,
        tooltip: { enabled: false },
      },
      yaxis: { tickAmount: 3, labels: { formatter: (value: number) => (Number.isFinite(value) ? formatValue(value) : '') } },
      tooltip: { theme: dark ? 'dark' : 'light', shared: true, x: { formatter: (value: number) => formatDate(value) }, y: { formatter: (value: number) => formatValue(value) } },
    }),
    [palette, dark, actual.length, formatValue, formatDate],
  );
  return <Chart type="line" series={series} options={options} height={height} width="100%" />;
}

export default memo(TrajectoryChart);
