/** How many card columns of at least `minWidth` fit in `width`, with `gap` between them; at least one. */
export function gridColumns(width: number, minWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}

/**
 * How many of the page's columns each section spans, given its number of cards: sections share rows in order
 * (one column per card, up to the whole row), and the columns a row has left go to its sections, the one with most
 * cards per column first, so every row of sections fills the page.
 */
export function sectionSpans(cards: readonly number[], columns: number): number[] {
  const spans = cards.map((n) => Math.max(1, Math.min(n, columns)));
  let start = 0;
  while (start < spans.length) {
    let end = start;
    let used = 0;
    while (end < spans.length && used + spans[end] <= columns) used += spans[end++];
    for (let spare = columns - used; spare > 0; spare--) {
      let busiest = start;
      for (let i = start + 1; i < end; i++) if (cards[i] / spans[i] > cards[busiest] / spans[busiest]) busiest = i;
      spans[busiest] += 1;
    }
    start = end;
  }
  return spans;
}

export interface CardRows {
  /** Grid tracks of the section: every row's cards divide them evenly. */
  tracks: number;
  /** Tracks each card spans, in card order. */
  spans: number[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The cards of a section in rows as even as can be (7 cards in 5 columns: 4 and 3, not 5 and 2), each row filling
 * the section's width, so no row is left half empty. Longer rows come first.
 */
export function cardRows(cards: number, columns: number): CardRows {
  if (cards === 0) return { tracks: 1, spans: [] };
  const rows = Math.ceil(cards / columns);
  const short = Math.floor(cards / rows);
  const long = cards % rows;
  const sizes = Array.from({ length: rows }, (_, i) => (i < long ? short + 1 : short));
  const tracks = long === 0 ? short : (short * (short + 1)) / gcd(short, short + 1);
  return { tracks, spans: sizes.flatMap((size) => Array.from({ length: size }, () => tracks / size)) };
}

export interface FitRequest {
  /** Cards per section, in order. */
  cards: readonly number[];
  width: number;
  /** Height the sections may take: from their top to the bottom of the screen. */
  height: number;
  minCardWidth: number;
  minRowHeight: number;
  gap: number;
  /** Between rows of sections. */
  sectionGap: number;
  /** A section's title with the space under it; 0 when titles are not shown. */
  titleHeight: number;
}

export interface Fit {
  columns: number;
  /** Height of every row of cards. */
  rowHeight: number;
  /** Whether every card is on screen; false when even the most columns leave rows below the minimum. */
  fits: boolean;
}

/** The height each row of cards gets with `columns` columns: the page's rows of sections, each as tall as its tallest. */
function rowHeightFor(request: FitRequest, columns: number): number {
  const spans = sectionSpans(request.cards, columns);
  let groups = 0;
  let rows = 0;
  for (let start = 0; start < spans.length; groups++) {
    let used = 0;
    let tallest = 0;
    while (start < spans.length && used + spans[start] <= columns) {
      tallest = Math.max(tallest, Math.ceil(request.cards[start] / spans[start]));
      used += spans[start++];
    }
    rows += tallest;
  }
  const fixed = groups * request.titleHeight + (groups - 1) * request.sectionGap + (rows - groups) * request.gap;
  return (request.height - fixed) / rows;
}

/**
 * A TV screen shows every card without scrolling: the fewest columns (the widest cards) whose rows, sharing the
 * height, are each at least `minRowHeight`; when no count of columns of at least `minCardWidth` does, the most
 * columns, with rows at the minimum (the least scrolling).
 */
export function fitToScreen(request: FitRequest): Fit {
  const most = gridColumns(request.width, request.minCardWidth, request.gap);
  for (let columns = 1; columns <= most; columns++) {
    const rowHeight = rowHeightFor(request, columns);
    if (rowHeight >= request.minRowHeight) return { columns, rowHeight, fits: true };
  }
  return { columns: most, rowHeight: request.minRowHeight, fits: false };
}
