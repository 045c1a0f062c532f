import { beforeAll, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import TimeSeriesChart from './TimeSeriesChart';
import { chartPalette } from '../../../shared/charts/palette';
import { axisTickFormatter } from '../../../shared/charts/valueAxis';
import { installChartLayout } from '../../../test/chartLayout';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 1);
const LABELS = { current: 'Current', comparison: 'Comparison', target: 'Target', goal: 'Goal', forecast: 'Forecast', forecastBand: 'Forecast band' };
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The y-axis tick labels ApexCharts drew, bottom to top. */
async function yTicks(container: HTMLElement): Promise<string[]> {
  await waitFor(() => expect(container.querySelectorAll('.apexcharts-yaxis-label').length).toBeGreaterThan(1), { timeout: 30_000 });
  return [...container.querySelectorAll('.apexcharts-yaxis-label')].map((node) => node.textContent ?? '').reverse();
}

describe('TimeSeriesChart y-axis (real ApexCharts in jsdom)', () => {
  beforeAll(installChartLayout);

  // Issue #22: a win rate of 12–31 % with a forecast band from −168 % to 189 % got an axis from −168 % to 189 %
  // with ticks such as 10.6 % and −78.8 %.
  it('keeps a share\'s axis within 0–100 % on round ticks, however wide the forecast band', async () => {
    const current: [number, number | null][] = [0.12, 0.31, 0.2, 0.25, 0.18, 0.28].map((v, i) => [t0 + i * DAY, v]);
    const overlays = {
      goal: null,
      forecast: { line: [[t0 + 6 * DAY, 0.22], [t0 + 7 * DAY, 0.23]] as [number, number][], band: [[t0 + 6 * DAY, -1.68, 1.89], [t0 + 7 * DAY, -1.5, 1.7]] as [number, number, number][] },
    };
    const { container } = render(
      <TimeSeriesChart
        current={current} comparison={null} target={null} overlays={overlays} labels={LABELS} palette={chartPalette('light')} dark={false}
        formatValue={percent} formatTick={(step) => axisTickFormatter(step, { kind: 'PERCENT' }, 'en-US')} formatDate={String}
        domain={{ min: 0, max: 1 }}
      />,
    );
    // The band widens the axis by half the data's span at most (0.025–0.405 here), and the domain cuts it at 0 %.
    expect(await yTicks(container)).toEqual(['0%', '20%', '40%', '60%']);
  }, 60_000);

  it('never takes an uptime axis above 100 %', async () => {
    const current: [number, number | null][] = [0.9962, 0.998, 0.9991, 1, 0.9995].map((v, i) => [t0 + i * DAY, v]);
    const overlays = { goal: null, forecast: { line: [[t0 + 5 * DAY, 1]] as [number, number][], band: [[t0 + 5 * DAY, 0.9969, 1.0056]] as [number, number, number][] } };
    const { container } = render(
      <TimeSeriesChart
        current={current} comparison={null} target={0.999} overlays={overlays} labels={LABELS} palette={chartPalette('light')} dark={false}
        formatValue={percent} formatTick={(step) => axisTickFormatter(step, { kind: 'PERCENT' }, 'en-US')} formatDate={String}
        domain={{ min: 0, max: 1 }}
      />,
    );
    expect(await yTicks(container)).toEqual(['99.6%', '99.7%', '99.8%', '99.9%', '100%']);
  }, 60_000);
});
