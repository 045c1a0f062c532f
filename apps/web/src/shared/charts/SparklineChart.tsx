import { memo, useMemo } from 'react';
import { Chart, type ChartOptions } from './apex';

export interface SparklineChartProps {
  /** [epoch ms, value] pairs, already sorted. */
  data: [number, number | null][];
  color: string;
  height: number;
}

/** Decorative: the accessible description lives on the wrapping role="img" element (Sparkline.tsx). */
function SparklineChart({ data, color, height }: SparklineChartProps) {
  const series = useMemo(() => [{ name: 'value', data }], [data]);
  const options = useMemo<ChartOptions>(
    () => ({
      chart: {
        type: 'area',
        sparkline: { enabled: true },
        animations: { enabled: false },
        toolbar: { show: false },
        zoom: { enabled: false },
        selection: { enabled: false },
        parentHeightOffset: 0,
        redrawOnParentResize: true,
      },
      stroke: { width: 2, curve: 'straight' },
      fill: { type: 'gradient', gradient: { shadeIntensity: 0, opacityFrom: 0.28, opacityTo: 0.02 } },
      colors: [color],
      markers: { size: 0 },
      tooltip: { enabled: false },
      states: { hover: { filter: { type: 'none' } }, active: { filter: { type: 'none' } } },
      xaxis: { type: 'datetime' },
    }),
    [color],
  );
  return <Chart type="area" series={series} options={options} height={height} width="100%" />;
}

/** Memoised: dashboards re-render every 30 s for relative times; unchanged trends must not redraw. */
export default memo(SparklineChart);
