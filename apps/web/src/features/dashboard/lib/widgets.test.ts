import { describe, expect, it } from 'vitest';
import { makeKpi } from '../../../test/fixtures';
import { addWidget, applyLayout, flowsAsSections, readingOrder, removeWidget, toWidgetInputs, widgetSections, type Widget } from './widgets';

const group = (id: string, y: number, metricKeys: string[]): Widget => ({ id, type: 'KPI_GROUP', title: id, metricKeys, dimension: null, text: null, x: 0, y, w: 12, h: 4 });

describe('the editor\'s widget list', () => {
  it('adds widgets below the others with fresh ids and sizes per type', () => {
    let widgets = addWidget([], 'SCORECARD', { metricKeys: ['a.x', 'a.y', 'a.z'], title: 'Pipeline' });
    widgets = addWidget(widgets, 'TIME_SERIES', { metricKeys: ['a.x'] });
    widgets = addWidget(widgets, 'TEXT', { text: 'Hello' });
    widgets = addWidget(widgets, 'SCORECARD', { metricKeys: ['a.y'] });
    expect(widgets.map(({ id, x, y, w, h }) => ({ id, x, y, w, h }))).toEqual([
      { id: 'scorecard-1', x: 0, y: 0, w: 12, h: 5 },
      { id: 'time-series-1', x: 0, y: 5, w: 6, h: 7 },
      { id: 'text-1', x: 0, y: 12, w: 4, h: 3 },
      { id: 'scorecard-2', x: 0, y: 15, w: 12, h: 3 },
    ]);
    expect(removeWidget(widgets, 'text-1').map((w) => w.id)).toEqual(['scorecard-1', 'time-series-1', 'scorecard-2']);
  });

  it('takes positions from the grid and keeps untouched widgets as they were', () => {
    const widgets = [group('a', 0, ['x.a']), group('b', 4, ['x.b'])];
    const moved = applyLayout(widgets, [{ i: 'a', x: 0, y: 0, w: 12, h: 4 }, { i: 'b', x: 6, y: 0, w: 6, h: 5 }]);
    expect(moved[0]).toBe(widgets[0]);
    expect(moved[1]).toMatchObject({ x: 6, y: 0, w: 6, h: 5 });
    expect(readingOrder(moved).map((w) => w.id)).toEqual(['a', 'b']);
    expect(toWidgetInputs(moved)[1]).toEqual({ id: 'b', type: 'KPI_GROUP', title: 'b', metricKeys: ['x.b'], dimension: null, text: null, x: 6, y: 0, w: 6, h: 5 });
  });

  it('flows stacked full-width KPI groups as sections, and nothing else', () => {
    expect(flowsAsSections([group('a', 0, ['x.a']), group('b', 4, ['x.b'])])).toBe(true);
    expect(flowsAsSections([group('a', 0, ['x.a']), { ...group('b', 4, ['x.b']), w: 6 }])).toBe(false);
    expect(flowsAsSections(addWidget([group('a', 0, ['x.a'])], 'TEXT', { text: 'n' }))).toBe(false);
    expect(flowsAsSections([])).toBe(false);
  });

  it('builds sections from the KPI groups in reading order with their snapshots', () => {
    const a = makeKpi({ key: 'x.a', value: 1 });
    const b = makeKpi({ key: 'x.b', value: 2 });
    const sections = widgetSections([group('second', 4, ['x.b', 'x.a']), group('first', 0, ['x.a', 'x.gone'])], [a, b]);
    expect(sections.map((s) => [s.key, s.kpis.map((k) => k.value)])).toEqual([['first', [1]], ['second', [2, 1]]]);
  });
});
