import { useLayoutEffect, useState } from 'react';
import { fitToScreen, gridColumns, type Fit } from '../lib/sectionLayout';

/** A length in rem or px, as a CSS custom property gives it, in px. */
function toPx(length: string): number {
  const value = parseFloat(length);
  if (length.trim().endsWith('rem')) return value * parseFloat(getComputedStyle(document.documentElement).fontSize);
  return value;
}

export type SectionsLayout = { columns: number; fit: Fit | null };

/**
 * How the sections lay out their cards in the element: as many columns as its width holds (against its `--card-min`
 * and column gap, which CSS decides, so TV mode's larger cards count); in TV mode (`tv`), the columns and row height
 * that show every card on the screen (`--card-min-tv`, `--row-min-tv`). Followed as the element and the window
 * resize; null until measured, or where nothing can be measured.
 */
export function useSectionsLayout(element: HTMLElement | null, cards: readonly number[], tv: boolean): SectionsLayout | null {
  const [layout, setLayout] = useState<SectionsLayout | null>(null);
  const cardsKey = cards.join(',');
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(element);
      const gap = parseFloat(style.columnGap) || 0;
      if (!tv) {
        const min = toPx(style.getPropertyValue('--card-min'));
        if (min > 0) setLayout({ columns: gridColumns(element.clientWidth, min, gap), fit: null });
        return;
      }
      const main = element.closest('main');
      const bottom = main ? parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      const title = element.querySelector('h2');
      const fit = fitToScreen({
        cards: cardsKey.split(',').map(Number),
        width: element.clientWidth,
        // From where the sections start on the page (scrolled or not) to the bottom of the screen.
        height: window.innerHeight - (element.getBoundingClientRect().top + window.scrollY) - bottom,
        minCardWidth: toPx(style.getPropertyValue('--card-min-tv')),
        minRowHeight: toPx(style.getPropertyValue('--row-min-tv')),
        gap,
        sectionGap: parseFloat(style.rowGap) || 0,
        titleHeight: title ? title.getBoundingClientRect().height + (parseFloat(getComputedStyle(title.parentElement!).rowGap) || 0) : 0,
      });
      setLayout({ columns: fit.columns, fit });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [element, cardsKey, tv]);
  return layout;
}
