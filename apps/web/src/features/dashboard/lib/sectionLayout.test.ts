import { describe, expect, it } from 'vitest';
import { cardRows, gridColumns, sectionSpans } from './sectionLayout';

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
