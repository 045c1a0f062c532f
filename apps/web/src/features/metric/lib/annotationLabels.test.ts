import { describe, expect, it } from 'vitest';
import { layoutAnnotationLabels, type AnnotationLabel, type LabelLayoutOptions } from './annotationLabels';

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);
/** 90 days drawn on 600 px: a day is 6.7 px. */
const AXIS: LabelLayoutOptions = { from: FROM, to: FROM + 90 * DAY, width: 600 };
const event = (id: string, day: number, title = `Event ${id}`) => ({ id, title, at: FROM + day * DAY });

/** Each label's horizontal extent, with the layout's default text metrics. */
function extent(label: AnnotationLabel, at: number): [number, number] {
  const width = label.text.length * 6.5 + 10;
  const x = ((at - AXIS.from) / (AXIS.to - AXIS.from)) * AXIS.width;
  const start = label.anchor === 'end' ? x - width : label.anchor === 'start' ? x : x - width / 2;
  return [start, start + width];
}

function overlapping(events: ReturnType<typeof event>[], labels: AnnotationLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.forEach((b, j) => {
      if (j <= i || !a.text || !b.text || a.row !== b.row) return;
      const [a0, a1] = extent(a, events[i].at);
      const [b0, b1] = extent(b, events[j].at);
      if (a0 < b1 && b0 < a1) pairs.push(`${a.id}/${b.id}`);
    }),
  );
  return pairs;
}

describe('layoutAnnotationLabels', () => {
  it.each<[string, ReturnType<typeof event>[], Array<Pick<AnnotationLabel, 'row' | 'anchor'>>]>([
    ['events far apart share the top row', [event('a', 10), event('b', 60)], [{ row: 0, anchor: 'middle' }, { row: 0, anchor: 'middle' }]],
    ['events a day apart go in two rows', [event('a', 40), event('b', 41)], [{ row: 0, anchor: 'middle' }, { row: 1, anchor: 'middle' }]],
    ['three at the same day take three rows', [event('a', 40), event('b', 40), event('c', 40)], [{ row: 0, anchor: 'middle' }, { row: 1, anchor: 'middle' }, { row: 2, anchor: 'middle' }]],
    ['a label at the right edge ends at its event, one at the left edge starts there', [event('a', 89), event('b', 0)], [{ row: 0, anchor: 'end' }, { row: 0, anchor: 'start' }]],
  ])('%s', (_label, events, expected) => {
    const labels = layoutAnnotationLabels(events, AXIS);
    expect(labels.map(({ row, anchor }) => ({ row, anchor }))).toEqual(expected);
    expect(overlapping(events, labels)).toEqual([]);
  });

  it('shortens a long title with an ellipsis', () => {
    const [label] = layoutAnnotationLabels([event('a', 45, 'Quarterly pricing review with the whole sales team')], AXIS);
    expect(label.text).toBe('Quarterly pricing revie…');
  });

  it('leaves out a label that fits in no row, keeping the others apart', () => {
    const events = [event('a', 40), event('b', 40), event('c', 41), event('d', 41)];
    const labels = layoutAnnotationLabels(events, AXIS);
    expect(labels.map((l) => l.text)).toEqual(['Event a', 'Event b', 'Event c', '']);
    expect(overlapping(events, labels)).toEqual([]);
  });

  it('never overlaps, whatever the spacing', () => {
    const events = Array.from({ length: 12 }, (_, i) => event(`e${i}`, (i * 37) % 90, i % 3 === 0 ? 'Spring campaign' : `Release ${i}`));
    expect(overlapping(events, layoutAnnotationLabels(events, AXIS))).toEqual([]);
  });
});
