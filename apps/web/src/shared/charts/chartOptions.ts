import type { ApexOptions } from 'apexcharts';
import { htmlFormatter } from './chartText';

type Tooltip = NonNullable<ApexOptions['tooltip']>;
type TooltipY = Exclude<NonNullable<Tooltip['y']>, unknown[]>;
type Legend = NonNullable<ApexOptions['legend']>;
type Annotations = NonNullable<ApexOptions['annotations']>;

/**
 * ApexOptions without the options that hand ApexCharts raw HTML of our making (a custom tooltip, legend
 * hover text, custom legend markers, point annotations with custom SVG or images): there is no text to
 * escape in those, so the charts do not use them.
 */
export type ChartOptions = Omit<ApexOptions, 'tooltip' | 'legend' | 'annotations'> & {
  tooltip?: Omit<Tooltip, 'custom' | 'y'> & { y?: TooltipY };
  legend?: Omit<Legend, 'tooltipHoverFormatter' | 'markers'> & { markers?: Omit<NonNullable<Legend['markers']>, 'customHTML'> };
  annotations?: Omit<Annotations, 'points'>;
};

// ApexCharts' own default series label in the tooltip.
const seriesLabel = (name: string) => (name ? `${name}: ` : '');

/**
 * The options every chart passes to ApexCharts (apex.ts applies it): each formatter whose output ApexCharts
 * writes as HTML (legend, tooltip title, series names and values, x-axis tooltip, z values) returns escaped
 * text, given or not, so a series name, category or value shows as the text it is. SVG text (axis labels,
 * categories on the axis, annotation labels, data labels, titles) is set as text by ApexCharts and passes as is.
 */
export function safeChartOptions(options: ChartOptions): ApexOptions {
  const { tooltip = {}, legend = {}, xaxis } = options;
  const y = tooltip.y ?? {};
  return {
    ...options,
    legend: { ...legend, formatter: htmlFormatter(legend.formatter ?? ((name: string) => name)) },
    tooltip: {
      ...tooltip,
      // Without a formatter of its own the title would be the raw category (a dimension value, a channel).
      x: { ...tooltip.x, formatter: htmlFormatter(tooltip.x?.formatter ?? ((value: string | number) => value)) },
      y: { ...y, formatter: htmlFormatter(y.formatter ?? ((value: number | null) => value)), title: { formatter: htmlFormatter(y.title?.formatter ?? seriesLabel) } },
      ...(tooltip.z?.formatter ? { z: { ...tooltip.z, formatter: htmlFormatter(tooltip.z.formatter) } } : {}),
    },
    // Unset, the x-axis tooltip shows the (escaped) tooltip title.
    ...(xaxis?.tooltip?.formatter ? { xaxis: { ...xaxis, tooltip: { ...xaxis.tooltip, formatter: htmlFormatter(xaxis.tooltip.formatter) } } } : {}),
  };
}
