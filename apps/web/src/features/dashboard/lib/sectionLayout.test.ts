import { describe, expect, it } from 'vitest';
import { cardRows, fitToScreen, gridColumns, sectionSpans } from './sectionLayout';

describe('gridColumns', () => {
  it.each([
    [375 - 32, 288, 16, 1],
    [1280 - 248 - 48, 288, 16, 3],
    [100, 288, 16, 1],
    [288 * 4 + 16 * 3, 288, 16, 4],
    [288 * 4 + 16 * 3 - 1, 288, 16, 3],
  ])('%i px, cards ≥ %i px, gap %i → %i', (width, min, gap, expected) => {
    expect(gridColumns(width, min, gap)).toBe(expected);
  });
});

describe('sectionSpans', () => {
  it.each([
    // Customer success on a laptop: two sections of 2 cannot share 3 columns; each fills its row.
    [[2, 2, 2], 3, [3, 3, 3]],
    // … and on a wall screen (7 columns) they share one row, the spare column to the first.
    [[2, 2, 2], 7, [3, 2, 2]],
    // The executive dashboard at 5 columns: full rows.
    [[5, 6, 5], 5, [5, 5, 5]],
    // Spare columns go to the section with most cards per column (the first on a tie).
    [[1, 3], 6, [2, 4]],
    [[4, 1, 1], 4, [4, 2, 2]],
    [[3], 1, [1]],
    [[0, 2], 4, [1, 3]],
  ])('sections of %j cards in %i columns → %j', (cards, columns, expected) => {
    const spans = sectionSpans(cards, columns);
    expect(spans).toEqual(expected);
  });
});

describe('cardRows', () => {
  // Each case: the row sizes a reader sees, from the spans.
  const rowsOf = ({ tracks, spans }: { tracks: number; spans: number[] }) => spans.map((span) => tracks / span);
  it.each([
    [5, 3, 6, [3, 3, 3, 2, 2]],
    [6, 5, 3, [3, 3, 3, 3, 3, 3]],
    [7, 5, 12, [4, 4, 4, 4, 3, 3, 3]],
    [4, 4, 4, [4, 4, 4, 4]],
    [2, 5, 2, [2, 2]],
    [3, 1, 1, [1, 1, 1]],
    [11, 4, 12, [4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3]],
  ])('%i cards in %i columns: %i tracks, rows %j', (cards, columns, tracks, rows) => {
    const layout = cardRows(cards, columns);
    expect(layout.tracks).toBe(tracks);
    expect(rowsOf(layout)).toEqual(rows);
    // Every row fills the width exactly.
    expect(layout.spans.every((span) => Number.isInteger(span))).toBe(true);
  });

  it('has nothing to lay out for no cards', () => {
    expect(cardRows(0, 3)).toEqual({ tracks: 1, spans: [] });
  });
});

describe('fitToScreen', () => {
  // A 1920×1080 TV with the executive dashboard's sections (5, 6 and 5 cards) under a 100 px page title.
  const tv = { cards: [5, 6, 5], width: 1840, height: 940, minCardWidth: 220, minRowHeight: 150, gap: 16, sectionGap: 20, titleHeight: 30 };

  it('takes the fewest columns that put every card on screen', () => {
    // 5 columns: rows 1 + 2 + 1 = 4 in 3 groups: (940 − 3 × 30 − 2 × 20 − 1 × 16) / 4 = 198.5 ≥ 150.
    // 4 columns: rows 2 + 2 + 2 = 6: (940 − 90 − 40 − 3 × 16) / 6 = 127 < 150.
    expect(fitToScreen(tv)).toEqual({ columns: 5, rowHeight: 198.5, fits: true });
  });

  it('gives a few cards the whole screen', () => {
    // Customer success (three sections of 2): 1 column makes 6 rows of (940 − 90 − 40 − 3 × 16) / 6 = 127;
    // 2 columns give each section one row: (940 − 90 − 40) / 3 = 270.
    expect(fitToScreen({ ...tv, cards: [2, 2, 2], minRowHeight: 250 })).toEqual({ columns: 2, rowHeight: 270, fits: true });
  });

  it('scrolls as little as it can when nothing fits', () => {
    expect(fitToScreen({ ...tv, cards: [40], minRowHeight: 300 })).toEqual({ columns: 7, rowHeight: 300, fits: false });
  });
});
