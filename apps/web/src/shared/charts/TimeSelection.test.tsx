import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TimeSelection } from './TimeSelection';

/** jsdom has no layout: the plot area (the grid lines' box) is placed at x 100–500 on the page by hand. */
function renderLayer(onSelect: (span: { at: number; endAt: number | null }) => void) {
  render(
    <TimeSelection from={0} to={4000} points={[0, 1000, 2000, 3000, 4000]} onSelect={onSelect}>
      <svg>
        <g className="apexcharts-gridlines-horizontal" />
      </svg>
    </TimeSelection>,
  );
  const layer = screen.getByTestId('time-selection');
  const box = (left: number, width: number) => ({ left, width, top: 0, height: 100, right: left + width, bottom: 100, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
  layer.getBoundingClientRect = () => box(50, 500);
  layer.querySelector('.apexcharts-gridlines-horizontal')!.getBoundingClientRect = () => box(100, 400);
  return layer;
}

describe('TimeSelection', () => {
  it('turns a drag into the span of times under it, whichever way it goes', () => {
    const onSelect = vi.fn();
    const layer = renderLayer(onSelect);
    fireEvent.pointerDown(layer, { button: 0, clientX: 400, pointerId: 1 });
    fireEvent.pointerMove(layer, { clientX: 300, pointerId: 1 });
    fireEvent.pointerUp(layer, { clientX: 200, pointerId: 1 });
    // x 200 and 400 are a quarter and three quarters across the plot: 1000 and 3000.
    expect(onSelect).toHaveBeenCalledWith({ at: 1000, endAt: 3000 });
  });

  it('turns a click into the nearest data point, and ignores clicks beside the plot', () => {
    const onSelect = vi.fn();
    const layer = renderLayer(onSelect);
    fireEvent.pointerDown(layer, { button: 0, clientX: 330, pointerId: 1 });
    fireEvent.pointerUp(layer, { clientX: 332, pointerId: 1 });
    // x 330 is at 2300: the nearest point is 2000.
    expect(onSelect).toHaveBeenLastCalledWith({ at: 2000, endAt: null });
    fireEvent.pointerDown(layer, { button: 0, clientX: 60, pointerId: 1 });
    fireEvent.pointerUp(layer, { clientX: 200, pointerId: 1 });
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});
