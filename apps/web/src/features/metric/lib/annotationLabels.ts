/** Where an event's label goes on the chart: its row (0 = top), its anchor and its (possibly shortened) text. */
export interface AnnotationLabel {
  id: string;
  /** '' when there is no room in any row: the line stays, and the list under the chart names the event. */
  text: string;
  row: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelLayoutOptions {
  /** The time axis, epoch ms, and its drawn width in px. */
  from: number;
  to: number;
  width: number;
  /** Text width per character and the label's padding, px (11 px labels). */
  charWidth?: number;
  padding?: number;
  /** Space kept between two labels of a row, px. */
  gap?: number;
  maxRows?: number;
  /** Longer titles are cut with an ellipsis; the list under the chart has them in full. */
  maxChars?: number;
}

const ELLIPSIS = '…';

/**
 * Lays out event labels so that none overlaps another: each label is centred on its event (anchored at its start or
 * end near an edge, so it is not cut off) and goes in the first row from the top where it clears the labels already
 * there; a label that fits in none of `maxRows` rows is left out. Pure, so it is tested without a chart.
 */
export function layoutAnnotationLabels(
  events: ReadonlyArray<{ id: string; title: string; at: number }>,
  { from, to, width, charWidth = 6.5, padding = 10, gap = 6, maxRows = 3, maxChars = 24 }: LabelLayoutOptions,
): AnnotationLabel[] {
  const span = to - from;
  const placed = events
    .map((event) => {
      const text = event.title.length > maxChars ? `${event.title.slice(0, maxChars - 1).trimEnd()}${ELLIPSIS}` : event.title;
      const labelWidth = text.length * charWidth + padding;
      const x = span > 0 ? Math.min(width, Math.max(0, ((event.at - from) / span) * width)) : 0;
      const anchor: AnnotationLabel['anchor'] = x + labelWidth / 2 > width ? 'end' : x - labelWidth / 2 < 0 ? 'start' : 'middle';
      const start = anchor === 'end' ? x - labelWidth : anchor === 'start' ? x : x - labelWidth / 2;
      return { id: event.id, text, anchor, start, end: start + labelWidth };
    })
    .sort((a, b) => a.start - b.start);

  // Rows fill left to right: a row's last label is its rightmost.
  const rowEnds: number[] = [];
  const byId = new Map<string, AnnotationLabel>();
  for (const label of placed) {
    let row = rowEnds.findIndex((end) => end + gap <= label.start);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.push(label.end) - 1;
    else if (row >= 0) rowEnds[row] = label.end;
    byId.set(label.id, row < 0 ? { id: label.id, text: '', row: 0, anchor: label.anchor } : { id: label.id, text: label.text, row, anchor: label.anchor });
  }
  return events.map((event) => byId.get(event.id)!);
}
