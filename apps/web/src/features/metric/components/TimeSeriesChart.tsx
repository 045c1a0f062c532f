import { useMemo } from 'react';
import { Chart, type ApexOptions } from '../../../shared/charts/apex';
import type { ChartPalette } from '../../../shared/charts/palette';

export interface TimeSeriesChartProps {
  current: [number, number | null][];
  comparison: [number, number | null][] | null;
  target: number | null;
  labels: { current: string; comparison: string; target: string };
  palette: ChartPalette;
  dark: boolean;
  formatValue: (value: number) => string;
  formatDate: (epochMs: number) => string;
  height?: number;
}

/** Line chart of the period, the comparison period (dashed) and the target (annotation). Animations off. */
export default function TimeSeriesChart({
  current,
  comparison,
  target,
  labels,
  palette,
  dark,
  formatValue,
  formatDate,
  height = 320,
}: TimeSeriesChartProps) {
  const series = useMemo(() => {
    const list = [{ name: labels.current, data: current }];
    if (comparison && comparison.length > 0) list.push({ name: labels.comparison, data: comparison });
    return list;
  }, [current, comparison, labels]);

  const options = useMemo<ApexOptions>(() => {
    const values = [...current, ...(comparison ?? [])].map(([, v]) => v).filter((v): v is number => v !== null);
    const dataMax = values.length ? Math.max(...values) : 0;
    const dataMin = values.length ? Math.min(...values) : 0;
    // Keep the target line in view even when the series stays far below or above it.
    const max = target !== null && target > dataMax ? target * 1.08 : undefined;
    const min = target !== null && target < dataMin ? Math.min(0, target) : undefined;
    return {
      chart: {
        type: 'line',
        animations: { enabled: false },
        toolbar: { show: false },
        zoom: { enabled: false },
        background: 'transparent',
        foreColor: palette.muted,
        fontFamily: 'inherit',
        parentHeightOffset: 0,
      },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: [palette.primary, palette.comparison],
      stroke: { width: [2.5, 2], dashArray: [0, 5], curve: 'straight' },
      markers: { size: current.length <= 40 ? 3 : 0, strokeWidth: 0, hover: { size: 5 } },
      grid: { borderColor: palette.grid, strokeDashArray: 3 },
      legend: { show: true, position: 'top', horizontalAlign: 'left', labels: { colors: palette.text } },
      dataLabels: { enabled: false },
      xaxis: {
        type: 'datetime',
        labels: { formatter: (_value: string, timestamp?: number) => formatDate(timestamp ?? Number(_value)), datetimeUTC: false },
        tooltip: { enabled: false },
      },
      yaxis: {
        min,
        max,
        forceNiceScale: true,
        labels: { formatter: (value: number) => (Number.isFinite(value) ? formatValue(value) : '') },
      },
      tooltip: {
        theme: dark ? 'dark' : 'light',
        shared: true,
        x: { formatter: (value: number) => formatDate(value) },
        y: { formatter: (value: number) => (value === null || value === undefined ? '—' : formatValue(value)) },
      },
      annotations: {
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
  }, [current, comparison, target, labels.target, palette, dark, formatValue, formatDate]);

  return <Chart type="line" series={series} options={options} height={height} width="100%" />;
}
