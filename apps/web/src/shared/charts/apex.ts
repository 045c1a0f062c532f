/**
 * The only entry point to ApexCharts. Loaded lazily (never in the initial bundle) and tree-shaken: the core
 * plus the line/area and bar chart types and the annotation (target line) and legend features.
 */
import Chart from 'react-apexcharts/core';
import 'apexcharts/line';
import 'apexcharts/bar';
import 'apexcharts/features/annotations';
import 'apexcharts/features/legend';

export { Chart };
export type { ApexOptions } from 'apexcharts';
