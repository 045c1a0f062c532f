import { useMemo } from 'react';
import { Chart, type ChartOptions } from '../../../shared/charts/apex';
import type { ChartPalette } from '../../../shared/charts/palette';

export interface BarChartProps {
  categories: string[];
  series: Array<{ name: string; data: number[] }>;
  horizontal: boolean;
  height: number;
  palette: ChartPalette;
  dark: boolean;
  formatValue: (value: number) => string;
}

/** The RevOps panels' bars: the funnel's stages (horizontal) and conversion by channel (grouped). */
export default function BarChart({ categories, series, horizontal, height, palette, dark, formatValue }: BarChartProps) {
  const options = useMemo<ChartOptions>(
    () => ({
      chart: { type: 'bar', animations: { enabled: false }, toolbar: { show: false }, zoom: { enabled: false }, background: 'transparent', foreColor: palette.muted, fontFamily: 'inherit', parentHeightOffset: 0 },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: series.length > 1 ? palette.series : [palette.primary],
      plotOptions: { bar: { horizontal, borderRadius: 3, barHeight: '72%', columnWidth: '60%', distributed: false } },
      dataLabels: { enabled: horizontal, formatter: (v: number) => formatValue(v), style: { colors: [palette.text] }, offsetX: 0 },
      legend: { show: series.length > 1, position: 'top', horizontalAlign: 'left', labels: { colors: palette.text } },
      grid: { borderColor: palette.grid, strokeDashArray: 3 },
      states: { active: { filter: { type: 'none' } } },
      xaxis: { categories, labels: horizontal ? { formatter: (v: string) => formatValue(Number(v)) } : {} },
      yaxis: horizontal ? { labels: { maxWidth: 160 } } : { labels: { formatter: (v: number) => (Number.isFinite(v) ? formatValue(v) : '') } },
      tooltip: { theme: dark ? 'dark' : 'light', y: { formatter: (v: number) => formatValue(v) } },
    }),
    [categories, series.length, horizontal, palette, dark, formatValue],
  );
  return <Chart type="bar" series={series} options={options} height={height} width="100%" />;
}
