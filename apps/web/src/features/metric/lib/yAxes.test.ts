import { describe, expect, it } from 'vitest';
import { UNBOUNDED, type Unit } from '@opshub/metrics';
import { axisTickFormatter } from '../../../shared/charts/valueAxis';
import { unitKey } from '../../../shared/format/unit';
import { unitScales, yAxes } from './yAxes';

const USD: Unit = { kind: 'CURRENCY', currency: 'USD' };
const PERCENT: Unit = { kind: 'PERCENT' };
const COUNT: Unit = { kind: 'COUNT' };
const HOURS: Unit = { kind: 'HOURS' };
const EUR: Unit = { kind: 'CURRENCY', currency: 'EUR' };

const line = (name: string, unit: Unit, values: number[]) => ({
  name, key: unitKey(unit), values, domain: UNBOUNDED, formatTick: (step: number) => axisTickFormatter(step, unit, 'en'),
});

/** Each axis as read: its series, whether and where drawn, its range and its tick labels bottom to top. */
function read(lines: ReturnType<typeof line>[]) {
  return yAxes(unitScales(lines)).map((axis) => {
    const ticks = Array.from({ length: axis.tickAmount + 1 }, (_, i) => axis.min + (i * (axis.max - axis.min)) / axis.tickAmount);
    return { series: axis.seriesName, show: axis.show, opposite: axis.opposite, ticks: ticks.map((v) => axis.labels.formatter(v)) };
  });
}

describe('the y-axes of a chart of several metrics', () => {
  it.each([
    ['one metric with its comparison: one axis on the left', [line('Pipeline', USD, [3.9e6, 4.1e6]), line('Comparison', USD, [3.8e6])], [
      { series: ['Pipeline', 'Comparison'], show: true, opposite: false, ticks: ['$3.8M', '$3.9M', '$4M', '$4.1M'] },
    ]],
    ['an amount and a ratio: the rate gets its own axis on the right, in percent', [line('Pipeline', USD, [0, 4e6]), line('Win rate', PERCENT, [0.2, 0.35])], [
      { series: ['Pipeline'], show: true, opposite: false, ticks: ['$0', '$1M', '$2M', '$3M', '$4M'] },
      { series: ['Win rate'], show: true, opposite: true, ticks: ['20%', '25%', '30%', '35%'] },
    ]],
    ['two amounts and a count: the amounts share the left axis', [line('Pipeline', USD, [0, 2e6]), line('Deals won', COUNT, [0, 40]), line('Spend', USD, [0, 4e6])], [
      { series: ['Pipeline', 'Spend'], show: true, opposite: false, ticks: ['$0', '$1M', '$2M', '$3M', '$4M'] },
      { series: ['Deals won'], show: true, opposite: true, ticks: ['0', '10', '20', '30', '40'] },
    ]],
    ['three units: the third keeps a scale of its own but no axis is drawn for it', [line('Pipeline', USD, [0, 4e6]), line('Win rate', PERCENT, [0, 0.4]), line('Response', HOURS, [0, 8])], [
      { series: ['Pipeline'], show: true, opposite: false, ticks: ['$0', '$1M', '$2M', '$3M', '$4M'] },
      { series: ['Win rate'], show: true, opposite: true, ticks: ['0%', '10%', '20%', '30%', '40%'] },
      { series: ['Response'], show: false, opposite: false, ticks: ['0 hr', '2 hr', '4 hr', '6 hr', '8 hr'] },
    ]],
    ['amounts in two currencies: one axis each', [line('US revenue', USD, [0, 4e6]), line('EU revenue', EUR, [0, 2e6])], [
      { series: ['US revenue'], show: true, opposite: false, ticks: ['$0', '$1M', '$2M', '$3M', '$4M'] },
      { series: ['EU revenue'], show: true, opposite: true, ticks: ['€0', '€500K', '€1M', '€1.5M', '€2M'] },
    ]],
  ])('%s', (_name, lines, axes) => {
    expect(read(lines)).toEqual(axes);
  });

  it('keys units by kind and currency or scale', () => {
    expect([USD, EUR, PERCENT, { kind: 'SCORE', scaleMin: 0, scaleMax: 10 } as Unit].map((unit) => unitKey(unit))).toEqual(['CURRENCY:USD', 'CURRENCY:EUR', 'PERCENT', 'SCORE:0:10']);
  });
});
