import { GRID_COLUMNS, type Comparison, type WidgetType } from '@opshub/metrics';
import type { DashboardWidgetInput, KpiFieldsFragment, RangeInput, SlaWorkflow, WidgetFieldsFragment } from '../../../gql/graphql';

export type Widget = Omit<WidgetFieldsFragment, '__typename' | 'range'> & { range: Omit<NonNullable<WidgetFieldsFragment['range']>, '__typename'> | null };

/** One grid row, in pixels; a KPI card takes 4 (with the gaps between rows). */
export const ROW_HEIGHT = 40;
export const ROW_GAP = 12;

/** A new widget's size: what shows its content without scrolling. */
const DEFAULT_SIZE: Record<WidgetType, { w: number; h: number }> = {
  KPI: { w: 3, h: 4 },
  KPI_GROUP: { w: 12, h: 4 },
  TIME_SERIES: { w: 6, h: 7 },
  BREAKDOWN: { w: 6, h: 7 },
  SCORECARD: { w: 12, h: 3 },
  TEXT: { w: 4, h: 3 },
  FUNNEL: { w: 6, h: 12 },
  SLA_BREACHES: { w: 6, h: 8 },
  GOAL_PROGRESS: { w: 4, h: 4 },
  WORKFLOW_SCORECARD: { w: 12, h: 7 },
};

/** The first row below every widget. */
function bottom(widgets: readonly Widget[]): number {
  return widgets.reduce((max, widget) => Math.max(max, widget.y + widget.h), 0);
}

/** An id not taken in the dashboard, from the type: `scorecard-2`. */
function freshId(type: WidgetType, widgets: readonly Widget[]): string {
  const taken = new Set(widgets.map((widget) => widget.id));
  const base = type.toLowerCase().replace(/_/g, '-');
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export interface NewWidgetFields {
  metricKeys?: string[];
  title?: string;
  dimension?: string | null;
  text?: string | null;
  goalId?: string | null;
  /** SLA_BREACHES and WORKFLOW_SCORECARD: its workflows. */
  workflows?: SlaWorkflow[] | null;
}

/** A widget of `type` added below the others; a scorecard is as tall as its rows. */
export function addWidget(widgets: readonly Widget[], type: WidgetType, fields: NewWidgetFields): Widget[] {
  const metricKeys = fields.metricKeys ?? [];
  const size = type === 'SCORECARD' ? { w: GRID_COLUMNS, h: Math.min(40, 2 + metricKeys.length) } : DEFAULT_SIZE[type];
  const widget: Widget = {
    id: freshId(type, widgets), type, title: fields.title ?? '', metricKeys, dimension: fields.dimension ?? null, text: fields.text ?? null,
    goalId: fields.goalId ?? null, workflows: fields.workflows ?? null, range: null, compare: null, x: 0, y: bottom(widgets), ...size,
  };
  return [...widgets, widget];
}

export function removeWidget(widgets: readonly Widget[], id: string): Widget[] {
  return widgets.filter((widget) => widget.id !== id);
}

/** Positions from the grid (after a drag or resize) applied to the widgets; unchanged ones stay the same objects. */
export function applyLayout(widgets: readonly Widget[], layout: ReadonlyArray<{ i: string; x: number; y: number; w: number; h: number }>): Widget[] {
  const placed = new Map(layout.map((item) => [item.i, item]));
  return widgets.map((widget) => {
    const item = placed.get(widget.id);
    if (!item || (item.x === widget.x && item.y === widget.y && item.w === widget.w && item.h === widget.h)) return widget;
    return { ...widget, x: item.x, y: item.y, w: item.w, h: item.h };
  });
}

/** What updateDashboard takes: the widgets without the cache's fields. */
export function toWidgetInputs(widgets: readonly Widget[]): DashboardWidgetInput[] {
  return widgets.map(({ id, type, title, metricKeys, dimension, text, goalId, workflows, range, compare, x, y, w, h }) => ({
    id, type, title, metricKeys, dimension, text, goalId, workflows, compare, x, y, w, h,
    range: range && (range.preset ? { preset: range.preset } : { from: range.from, to: range.to }),
  }));
}

/** A widget's own period, or the dashboard's where it has none. */
export function widgetPeriod(widget: Pick<Widget, 'range' | 'compare'>, range: RangeInput, compare: Comparison): { range: RangeInput; compare: Comparison } {
  const own = widget.range && (widget.range.preset ? { preset: widget.range.preset } : { from: widget.range.from, to: widget.range.to });
  return { range: own ?? range, compare: widget.compare ?? compare };
}

/** A widget with its own period and comparison (null: the dashboard's). */
export function setWidgetPeriod(widgets: readonly Widget[], id: string, period: Pick<Widget, 'range' | 'compare'>): Widget[] {
  return widgets.map((widget) => (widget.id === id ? { ...widget, range: period.range, compare: period.compare } : widget));
}

/** Reading order on a narrow screen, where widgets stack: top to bottom, left to right. */
export function readingOrder<T extends Pick<Widget, 'x' | 'y'>>(widgets: readonly T[]): T[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}

type Placed = Pick<Widget, 'x' | 'y' | 'w' | 'h'>;

function overlaps(a: Placed, b: Placed): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The row a widget gains in the stacked editor for its period pickers (a note has none); taken off when put back. */
const pickerRows = (widget: Pick<Widget, 'type'>) => (widget.type === 'TEXT' ? 0 : 1);

/**
 * The editor's one-column layout of a narrow screen, derived from the stored (desktop) one rather than stored
 * beside it: widgets in reading order, full width, each as tall as on the desktop grid plus its pickers' row.
 */
export function stackedLayout(widgets: readonly Widget[]): Array<{ i: string; x: number; y: number; w: number; h: number; minH: number }> {
  let y = 0;
  return readingOrder(widgets).map((widget) => {
    const h = widget.h + pickerRows(widget);
    const item = { i: widget.id, x: 0, y, w: 1, h, minH: 2 + pickerRows(widget) };
    y += h;
    return item;
  });
}

/**
 * An edit of the one-column layout (an order and heights) put back on the desktop grid: each widget keeps its
 * columns and takes the highest free place after the one before it, so the desktop reads in the new order.
 * Untouched widgets stay the same objects.
 */
export function applyStackedLayout(widgets: readonly Widget[], layout: ReadonlyArray<{ i: string; y: number; h: number }>): Widget[] {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const placed = new Map<string, Widget>();
  let previous: Widget | null = null;
  for (const item of [...layout].sort((a, b) => a.y - b.y)) {
    const widget = byId.get(item.i);
    if (!widget) continue;
    // Same row only to the right of the one before; otherwise below its top, so reading order is the new order.
    const h = item.h - pickerRows(widget);
    let y: number = previous ? (widget.x > previous.x ? previous.y : previous.y + 1) : 0;
    while ([...placed.values()].some((other) => overlaps(other, { x: widget.x, w: widget.w, y, h }))) y++;
    const next: Widget = y === widget.y && h === widget.h ? widget : { ...widget, y, h };
    placed.set(widget.id, next);
    previous = next;
  }
  return widgets.map((widget) => placed.get(widget.id) ?? widget);
}

/** The narrow screen's "move up / down": the widget swapped with its neighbour in reading order. */
export function moveInReadingOrder(widgets: readonly Widget[], id: string, step: -1 | 1): Widget[] {
  const order = stackedLayout(widgets);
  const at = order.findIndex((item) => item.i === id);
  const to = at + step;
  if (at < 0 || to < 0 || to >= order.length) return [...widgets];
  [order[at], order[to]] = [order[to], order[at]];
  return applyStackedLayout(widgets, order.map((item, n) => ({ ...item, y: n })));
}

/**
 * Only full-width KPI groups, stacked: the seeded dashboards, and any laid out like them. Those flow as
 * sections (cards per row fitted to the screen, TV mode included) rather than on the fixed grid.
 */
export function flowsAsSections(widgets: readonly Widget[]): boolean {
  return widgets.length > 0 && widgets.every((widget) => widget.type === 'KPI_GROUP' && widget.x === 0 && widget.w === GRID_COLUMNS);
}

/**
 * Full-width KPI groups stacked on top, and other widgets below them all (a seeded dashboard with its workflow
 * widgets): the groups flow as sections and the rest keep their grid below, moved up to start at the top. Null when
 * the dashboard is not laid out like that (it shows on the grid as a whole).
 */
export function sectionsThenGrid(widgets: readonly Widget[]): { groups: Widget[]; below: Widget[] } | null {
  const groups = widgets.filter((widget) => widget.type === 'KPI_GROUP');
  if (groups.length === 0 || !flowsAsSections(groups)) return null;
  const top = groups.reduce((max, widget) => Math.max(max, widget.y + widget.h), 0);
  const rest = widgets.filter((widget) => widget.type !== 'KPI_GROUP');
  if (rest.some((widget) => widget.y < top)) return null;
  return { groups, below: rest.map((widget) => ({ ...widget, y: widget.y - top })) };
}

/** The KPI groups as sections with their snapshots, in reading order; metrics without a snapshot are left out. */
export function widgetSections<K extends KpiFieldsFragment>(widgets: readonly Widget[], kpis: readonly K[]): Array<{ key: string; title: string; kpis: K[] }> {
  const byKey = new Map(kpis.map((kpi) => [kpi.metric.key, kpi]));
  return readingOrder(widgets.filter((widget) => widget.type === 'KPI_GROUP')).map((widget) => ({
    key: widget.id,
    title: widget.title,
    kpis: widget.metricKeys.map((key) => byKey.get(key)).filter((kpi): kpi is K => kpi !== undefined),
  }));
}
