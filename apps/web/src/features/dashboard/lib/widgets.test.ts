import { describe, expect, it } from 'vitest';
import { makeKpi } from '../../../test/fixtures';
import {
  addWidget, applyLayout, applyStackedLayout, flowsAsSections, moveInReadingOrder, readingOrder, removeWidget, setWidgetPeriod, stackedLayout, toWidgetInputs,
  widgetPeriod, widgetSections, type Widget,
} from './widgets';

const group = (id: string, y: number, metricKeys: string[]): Widget => ({
  id, type: 'KPI_GROUP', title: id, metricKeys, dimension: null, text: null, goalId: null, workflows: null, range: null, compare: null, x: 0, y, w: 12, h: 4,
});

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
    expect(toWidgetInputs(moved)[1]).toEqual({
      id: 'b', type: 'KPI_GROUP', title: 'b', metricKeys: ['x.b'], dimension: null, text: null, goalId: null, workflows: null, range: null, compare: null, x: 6, y: 0, w: 6, h: 5,
    });
  });

  it.each([
    ['the dashboard\'s period', null, null, { range: { preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD' }, null],
    ['its own preset', 'LAST_7_DAYS', null, { range: { preset: 'LAST_7_DAYS' }, compare: 'PREVIOUS_PERIOD' }, { preset: 'LAST_7_DAYS' }],
    ['its own comparison', null, 'PREVIOUS_YEAR', { range: { preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_YEAR' }, null],
  ] as const)('gives a widget %s, and saves it', (_name, preset, compare, shown, saved) => {
    const [widget] = setWidgetPeriod([group('a', 0, ['x.a'])], 'a', { range: preset && { preset, from: null, to: null }, compare });
    expect(widgetPeriod(widget, { preset: 'LAST_30_DAYS' }, 'PREVIOUS_PERIOD')).toEqual(shown);
    expect(toWidgetInputs([widget])[0]).toMatchObject({ range: saved, compare });
  });

  it('adds the funnel, SLA breach and goal widgets with their goal and sizes', () => {
    let widgets = addWidget([], 'FUNNEL', {});
    widgets = addWidget(widgets, 'SLA_BREACHES', {});
    widgets = addWidget(widgets, 'GOAL_PROGRESS', { goalId: 'g1' });
    expect(toWidgetInputs(widgets).map(({ id, goalId, metricKeys, y, w, h }) => ({ id, goalId, metricKeys, y, w, h }))).toEqual([
      { id: 'funnel-1', goalId: null, metricKeys: [], y: 0, w: 6, h: 12 },
      { id: 'sla-breaches-1', goalId: null, metricKeys: [], y: 12, w: 6, h: 8 },
      { id: 'goal-progress-1', goalId: 'g1', metricKeys: [], y: 20, w: 4, h: 4 },
    ]);
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

  // A desktop grid: a full-width scorecard over a tall chart on the left and two short widgets on the right.
  const placed = (id: string, x: number, y: number, w: number, h: number): Widget => ({ ...group(id, y, []), x, w, h });
  const desktop = [placed('card', 0, 0, 12, 4), placed('chart', 0, 4, 6, 10), placed('note', 6, 4, 6, 3), placed('goal', 6, 7, 6, 3)];
  const at = (widgets: Widget[]) => Object.fromEntries(widgets.map(({ id, x, y, w, h }) => [id, [x, y, w, h]]));

  it('derives the narrow screen\'s one column from the desktop grid: reading order, full width, desktop heights and a row for the pickers', () => {
    expect(stackedLayout(desktop)).toEqual([
      { i: 'card', x: 0, y: 0, w: 1, h: 5, minH: 3 },
      { i: 'chart', x: 0, y: 5, w: 1, h: 11, minH: 3 },
      { i: 'note', x: 0, y: 16, w: 1, h: 4, minH: 3 },
      { i: 'goal', x: 0, y: 20, w: 1, h: 4, minH: 3 },
    ]);
    // A text note has no pickers: as tall as on the desktop.
    expect(stackedLayout([{ ...desktop[2], type: 'TEXT' }])).toEqual([{ i: 'note', x: 0, y: 0, w: 1, h: 3, minH: 2 }]);
    // Put back unchanged, the desktop grid is the same objects.
    const back = applyStackedLayout(desktop, stackedLayout(desktop));
    back.forEach((widget, n) => expect(widget).toBe(desktop[n]));
  });

  it.each([
    ['the goal up past the note', 'goal', -1, ['card', 'chart', 'goal', 'note'], { goal: [6, 4, 6, 3], note: [6, 7, 6, 3] }],
    ['the chart down past the note', 'chart', 1, ['card', 'note', 'chart', 'goal'], { note: [6, 4, 6, 3], chart: [0, 5, 6, 10], goal: [6, 7, 6, 3] }],
    ['the chart up past the scorecard', 'chart', -1, ['chart', 'card', 'note', 'goal'], { chart: [0, 0, 6, 10], card: [0, 10, 12, 4], note: [6, 14, 6, 3], goal: [6, 17, 6, 3] }],
    ['the first one up (nothing moves)', 'card', -1, ['card', 'chart', 'note', 'goal'], {}],
  ] as const)('moves %s on the narrow screen and the desktop reads in the new order', (_name, id, step, order, changed) => {
    const moved = moveInReadingOrder(desktop, id, step);
    expect(readingOrder(moved).map((w) => w.id)).toEqual(order);
    expect(stackedLayout(moved).map((item) => item.i)).toEqual(order);
    expect(at(moved)).toEqual({ ...at(desktop), ...changed });
  });

  it('makes a widget taller in the one column and pushes down what is below it on the desktop', () => {
    const taller = applyStackedLayout(desktop, stackedLayout(desktop).map((item) => (item.i === 'note' ? { ...item, h: item.h + 3 } : item)));
    expect(at(taller)).toEqual({ card: [0, 0, 12, 4], chart: [0, 4, 6, 10], note: [6, 4, 6, 6], goal: [6, 10, 6, 3] });
  });
});
