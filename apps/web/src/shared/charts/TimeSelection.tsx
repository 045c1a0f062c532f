import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import styles from './TimeSelection.module.css';

/** A moment (endAt null) or a span on a chart's time axis, in epoch ms. */
export interface TimeSpan {
  at: number;
  endAt: number | null;
}

/** Moves shorter than this are a click, not a drag. */
const CLICK_PX = 4;

interface Plot {
  /** The plot area's left edge and width on the page, and its offset within the layer. */
  left: number;
  width: number;
  offset: number;
}

/** ApexCharts' horizontal grid lines span exactly the plot area, whose ends are the x-axis min and max. */
function plotArea(layer: HTMLElement): Plot {
  const area = layer.querySelector('.apexcharts-gridlines-horizontal') ?? layer.querySelector('.apexcharts-grid') ?? layer;
  const rect = area.getBoundingClientRect();
  return { left: rect.left, width: rect.width, offset: rect.left - layer.getBoundingClientRect().left };
}

/**
 * A pointer layer over a time-series chart: a click picks the nearest data point, a drag a span (shaded while
 * dragging). It wraps the chart rather than covering it, so the chart's own tooltips still work; keyboard users
 * get the same through a form, not here.
 */
export function TimeSelection({ from, to, points, onSelect, children }: {
  /** The x-axis min and max (epoch ms). */
  from: number;
  to: number;
  /** The data points' times: a click snaps to the nearest. */
  points: readonly number[];
  onSelect: (span: TimeSpan) => void;
  children: ReactNode;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ start: number; x: number; plot: Plot } | null>(null);

  const timeAt = (clientX: number, plot: Plot) => from + Math.min(1, Math.max(0, (clientX - plot.left) / plot.width)) * (to - from);
  const nearest = (time: number) => points.reduce((best, point) => (Math.abs(point - time) < Math.abs(best - time) ? point : best), points[0] ?? time);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !layer.current) return;
    const plot = plotArea(layer.current);
    if (plot.width <= 0 || event.clientX < plot.left || event.clientX > plot.left + plot.width) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ start: event.clientX, x: event.clientX, plot });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, x: event.clientX });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    setDrag(null);
    const [left, right] = [Math.min(drag.start, event.clientX), Math.max(drag.start, event.clientX)];
    if (right - left < CLICK_PX) onSelect({ at: nearest(timeAt(drag.start, drag.plot)), endAt: null });
    else onSelect({ at: timeAt(left, drag.plot), endAt: timeAt(right, drag.plot) });
  };

  const band = drag && {
    left: Math.max(drag.plot.offset, Math.min(drag.start, drag.x) - drag.plot.left + drag.plot.offset),
    width: Math.min(Math.abs(drag.x - drag.start), drag.plot.width),
  };
  return (
    <div
      ref={layer}
      className={styles.layer}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      data-testid="time-selection"
    >
      {children}
      {band && <div className={styles.band} style={band} />}
    </div>
  );
}
