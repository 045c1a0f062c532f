/**
 * The only entry point to ApexCharts. Loaded lazily (never in the initial bundle) and tree-shaken: the core
 * plus the line/area and bar chart types and the annotation (target line) and legend features.
 */
import { createElement, useMemo, type ComponentProps } from 'react';
import ApexChart from 'react-apexcharts/core';
import 'apexcharts/line';
import 'apexcharts/bar';
import 'apexcharts/features/annotations';
import 'apexcharts/features/legend';
import { safeChartOptions, type ChartOptions } from './chartOptions';

export type { ChartOptions };

/** ApexCharts' React chart, its options made safe for user-supplied text (chartOptions.ts). */
export function Chart({ options, ...props }: Omit<ComponentProps<typeof ApexChart>, 'options'> & { options: ChartOptions }) {
  const safe = useMemo(() => safeChartOptions(options), [options]);
  return createElement(ApexChart, { ...props, options: safe });
}
