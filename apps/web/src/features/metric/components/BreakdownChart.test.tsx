import { beforeAll, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import BreakdownChart, { type BreakdownGroup } from './BreakdownChart';
import { chartPalette } from '../../../shared/charts/palette';
import { installChartLayout } from '../../../test/chartLayout';

const HOSTILE = ['<img src=x onerror="window.__xss=1">', '"><svg onload=window.__xss=3>', 'R&amp;D'];
const t0 = Date.UTC(2026, 0, 1);
const groups: BreakdownGroup[] = HOSTILE.map((label, i) => ({ key: label, label, total: i + 1, series: [[t0, i + 1], [t0 + 86_400_000, i + 2]] }));

describe('BreakdownChart (real ApexCharts in jsdom)', () => {
  beforeAll(installChartLayout);

  it('shows hostile dimension values in the stacked legend as text, creating no element', async () => {
    const { container } = render(
      <BreakdownChart groups={groups} view="stacked" palette={chartPalette('light')} dark={false} formatValue={String} formatDate={String} onSelect={() => undefined} />,
    );
    // jsdom is slow at ApexCharts' first draw (seconds on a busy machine): wait for the legend, not a fixed time.
    await waitFor(() => expect(container.querySelectorAll('.apexcharts-legend-text')).toHaveLength(HOSTILE.length), { timeout: 30_000 });
    const legend = [...container.querySelectorAll('.apexcharts-legend-text')];
    expect(legend.map((item) => item.textContent)).toEqual(HOSTILE);
    for (const item of legend) expect(item.children).toHaveLength(0);
    expect(container.querySelector('img, script, .apexcharts-legend-text svg')).toBeNull();
  }, 60_000);

  it('stacks over time on round ticks from the floor of the metric\'s domain', async () => {
    // Stacks of 1 + 2 + 3 = 6 and 2 + 3 + 4 = 9, and one negative part that a count cannot have.
    const stacked: BreakdownGroup[] = [...groups, { key: 'x', label: 'x', total: -2, series: [[t0, -2], [t0 + 86_400_000, null]] }];
    const { container } = render(
      <BreakdownChart groups={stacked} view="stacked" palette={chartPalette('light')} dark={false} formatValue={String} formatDate={String} floor={0} onSelect={() => undefined} />,
    );
    await waitFor(() => expect(container.querySelectorAll('.apexcharts-yaxis-label').length).toBeGreaterThan(1), { timeout: 30_000 });
    const ticks = [...container.querySelectorAll('.apexcharts-yaxis-label')].map((node) => node.textContent).reverse();
    expect(ticks).toEqual(['0', '2.5', '5', '7.5', '10']);
  }, 60_000);
});
