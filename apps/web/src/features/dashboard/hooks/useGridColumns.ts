import { useLayoutEffect, useState } from 'react';
import { gridColumns } from '../lib/sectionLayout';

/** A length in rem or px, as the CSS custom property gives it, in px. */
function toPx(length: string): number {
  const value = parseFloat(length);
  if (length.trim().endsWith('rem')) return value * parseFloat(getComputedStyle(document.documentElement).fontSize);
  return value;
}

/**
 * How many card columns the element holds: its width against its `--card-min` and column gap (CSS decides both, so
 * TV mode's larger cards count), followed as it resizes. null until measured, or where nothing can be measured.
 */
export function useGridColumns(element: HTMLElement | null): number | null {
  const [columns, setColumns] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(element);
      const min = toPx(style.getPropertyValue('--card-min'));
      if (!(min > 0)) return;
      setColumns(gridColumns(element.clientWidth, min, parseFloat(style.columnGap) || 0));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return columns;
}
