import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type { ChartOptions } from '../../../shared/charts/apex';
import { chartPalette } from '../../../shared/charts/palette';
import TimeSeriesChart from './TimeSeriesChart';

// The options handed to ApexCharts: jsdom has no layout to draw annotation labels with.
const drawn: { options: ChartOptions | null } = { options: null };
vi.mock('../../../shared/charts/apex', () => ({
  Chart: ({ options }: { options: ChartOptions }) => {
    drawn.options = options;
    return null;
  },
}));

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const current = Array.from({ length: 30 }, (_, i): [number, number | null] => [t0 + i * DAY, 100 + i]);

describe('TimeSeriesChart', () => {
  it('stacks the labels of events a day apart in rows instead of drawing one over the other', () => {
    const annotations = [
      { id: 'a', title: 'Pricing change', at: t0 + 10 * DAY, endAt: null },
      { id: 'b', title: 'Spring campaign', at: t0 + 11 * DAY, endAt: null },
      { id: 'c', title: 'API incident', at: t0 + 25 * DAY, endAt: null },
    ];
    render(
      <TimeSeriesChart
        current={current}
        comparison={null}
        target={null}
        labels={{ current: 'This period', comparison: 'Previous', target: 'Target' }}
        palette={chartPalette('light')}
        dark={false}
        formatValue={String}
        formatDate={String}
        annotations={annotations}
      />,
    );
    const labels = (drawn.options?.annotations?.xaxis ?? []).map((a) => ({ text: a.label?.text, offsetY: a.label?.offsetY ?? 0 }));
    expect(labels).toEqual([
      { text: 'Pricing change', offsetY: 0 },
      { text: 'Spring campaign', offsetY: 20 },
      { text: 'API incident', offsetY: 0 },
    ]);
  });
});
