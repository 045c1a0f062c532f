import { describe, expect, it } from 'vitest';
import { chartOverlays, chartSeries, lineUntil } from './overlays';

const trajectory = [
  { at: '2026-01-01T00:00:00.000Z', value: 100 },
  { at: '2026-03-01T00:00:00.000Z', value: 200 },
];
const forecast = {
  granularity: 'DAY' as const,
  points: [
    { at: '2026-01-31T00:00:00.000Z', value: 10, lower: 8, upper: 12 },
    { at: '2026-02-01T00:00:00.000Z', value: 11, lower: 8.5, upper: 13.5 },
  ],
};
const JAN_1 = Date.parse('2026-01-01T00:00:00.000Z');
const MAR_1 = Date.parse('2026-03-01T00:00:00.000Z');
const JAN_31 = Date.parse('2026-01-31T00:00:00.000Z');
const FEB_1 = Date.parse('2026-02-01T00:00:00.000Z');

describe('chartOverlays', () => {
  it.each<[string, { granularity: 'DAY' | 'WEEK'; isSum: boolean; cumulative: boolean }, boolean, boolean]>([
    ['per-bucket stock at the forecast granularity', { granularity: 'DAY', isSum: false, cumulative: false }, true, true],
    ['another granularity: no forecast', { granularity: 'WEEK', isSum: false, cumulative: false }, true, false],
    ['a flow per bucket: no goal (it is a period total)', { granularity: 'DAY', isSum: true, cumulative: false }, false, true],
    ['a flow as a running total: goal, no per-bucket forecast', { granularity: 'DAY', isSum: true, cumulative: true }, true, false],
  ])('%s', (_, view, goal, band) => {
    const overlays = chartOverlays({ trajectory, forecast, ...view });
    expect(overlays.goal !== null).toBe(goal);
    expect(overlays.forecast !== null).toBe(band);
  });

  it('converts points to epoch pairs and band triples', () => {
    expect(chartOverlays({ trajectory, forecast, granularity: 'DAY', isSum: false, cumulative: false })).toEqual({
      goal: [[JAN_1, 100], [MAR_1, 200]],
      forecast: { line: [[JAN_31, 10], [FEB_1, 11]], band: [[JAN_31, 8, 12], [FEB_1, 8.5, 13.5]] },
    });
  });

  it('draws the forecast no further than the horizon it is given', () => {
    const { forecast: drawn } = chartOverlays({ trajectory, forecast, granularity: 'DAY', isSum: false, cumulative: false, forecastHorizon: 1 });
    expect(drawn).toEqual({ line: [[JAN_31, 10]], band: [[JAN_31, 8, 12]] });
  });

  it('is empty without pacing or forecast', () => {
    expect(chartOverlays({ trajectory: null, forecast: null, granularity: 'DAY', isSum: false, cumulative: false })).toEqual({ goal: null, forecast: null });
  });
});

describe('chartSeries', () => {
  const labels = { current: 'Current', comparison: 'Previous', goal: 'Goal', forecast: 'Forecast', forecastBand: 'Range' };
  const colors = { current: 'c', comparison: 'p', goal: 'g', forecast: 'f' };

  it('orders period, comparison, goal, band and forecast, the band as a rangeArea', () => {
    const overlays = chartOverlays({ trajectory, forecast, granularity: 'DAY', isSum: false, cumulative: false });
    const series = chartSeries({ current: [[JAN_1, 5]], comparison: [[JAN_1, null]], overlays, labels, colors });
    expect(series.map((s) => [s.name, s.type, s.color])).toEqual([
      ['Current', 'line', 'c'],
      ['Previous', 'line', 'p'],
      ['Goal', 'line', 'g'],
      ['Range', 'rangeArea', 'f'],
      ['Forecast', 'line', 'f'],
    ]);
    expect(series[1].data).toEqual([{ x: JAN_1, y: null }]);
    expect(series[3].data).toEqual([{ x: JAN_31, y: [8, 12] }, { x: FEB_1, y: [8.5, 13.5] }]);
  });

  it('overlays other metrics as solid lines right after the first, before its comparison', () => {
    const others = [{ name: 'Win rate', points: [[JAN_1, 0.4]] as [number, number | null][], color: 'w' }, { name: 'Leads', points: [[JAN_1, 12]] as [number, number | null][], color: 'l' }];
    const series = chartSeries({ current: [[JAN_1, 5]], others, comparison: [[JAN_1, 3]], overlays: { goal: null, forecast: null }, labels, colors });
    expect(series.map((s) => [s.name, s.color, s.dash, s.data])).toEqual([
      ['Current', 'c', 0, [{ x: JAN_1, y: 5 }]],
      ['Win rate', 'w', 0, [{ x: JAN_1, y: 0.4 }]],
      ['Leads', 'l', 0, [{ x: JAN_1, y: 12 }]],
      ['Previous', 'p', 5, [{ x: JAN_1, y: 3 }]],
    ]);
  });

  it('is the period alone without overlays or comparison', () => {
    const series = chartSeries({ current: [[JAN_1, 5]], comparison: null, overlays: { goal: null, forecast: null }, labels, colors });
    expect(series).toEqual([{ name: 'Current', type: 'line', data: [{ x: JAN_1, y: 5 }], color: 'c', width: 2.5, dash: 0 }]);
  });
});

describe('lineUntil', () => {
  const DAY = 86_400_000;
  const goal: [number, number][] = [[JAN_1, 100], [JAN_1 + 10 * DAY, 200], [JAN_1 + 30 * DAY, 400]];
  it.each<[string, number, [number, number][]]>([
    // The goal runs three weeks past the data: it stops where the axis does, at the value it has there.
    ['ends between two vertices, interpolated', JAN_1 + 20 * DAY, [[JAN_1, 100], [JAN_1 + 10 * DAY, 200], [JAN_1 + 20 * DAY, 300]]],
    ['ends on a vertex', JAN_1 + 10 * DAY, [[JAN_1, 100], [JAN_1 + 10 * DAY, 200]]],
    ['ends after the line', JAN_1 + 40 * DAY, goal],
    ['ends before the line', JAN_1 - DAY, []],
  ])('%s', (_name, xMax, expected) => {
    expect(lineUntil(goal, xMax)).toEqual(expected);
  });
});
