/**
 * Dashboards as data: widgets on a 12-column grid, their validation (every problem names the widget and field,
 * e.g. `widgets[3].metricKeys[0]`), the JSON export format, and the one-line summary of what a save changed.
 * Shared by the server (which decides) and the web editor (which checks early).
 */

import { sharingProblems } from './access';
import { COMPARISONS, RANGE_PRESETS, type Comparison, type Department, type RangePreset } from './types';
import { isSlaWorkflow, SLA_WORKFLOWS, WORKFLOW_ATTAINMENT_METRICS, type SlaWorkflow } from './workflow-lifecycle';

export const WIDGET_TYPES = ['KPI', 'KPI_GROUP', 'TIME_SERIES', 'BREAKDOWN', 'SCORECARD', 'TEXT', 'FUNNEL', 'SLA_BREACHES', 'GOAL_PROGRESS', 'WORKFLOW_SCORECARD'] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

export const GRID_COLUMNS = 12;
export const MAX_WIDGETS = 60;
export const MAX_WIDGET_HEIGHT = 40;
export const MAX_WIDGET_TEXT = 10_000;
export const MAX_DASHBOARD_TITLE = 120;
export const MAX_DASHBOARD_DESCRIPTION = 500;
const MAX_WIDGET_TITLE = 200;
const MAX_Y = 1000;
const WIDGET_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** How many metrics each type shows: [least, most]. */
export const WIDGET_METRIC_COUNTS: Record<WidgetType, readonly [number, number]> = {
  KPI: [1, 1],
  KPI_GROUP: [1, 30],
  TIME_SERIES: [1, 5],
  BREAKDOWN: [1, 1],
  SCORECARD: [1, 30],
  TEXT: [0, 0],
  FUNNEL: [0, 0],
  SLA_BREACHES: [0, 0],
  GOAL_PROGRESS: [0, 0],
  WORKFLOW_SCORECARD: [1, SLA_WORKFLOWS.length],
};

/** The widgets that list workflows: which workflows' breaches, or whose deadlines and attainment. */
export const WORKFLOW_WIDGETS: readonly WidgetType[] = ['SLA_BREACHES', 'WORKFLOW_SCORECARD'];

/** A workflows scorecard's metrics: each workflow's attainment KPI, in the workflows' order. */
export function workflowScorecardMetrics(workflows: readonly SlaWorkflow[]): string[] {
  return workflows.map((workflow) => WORKFLOW_ATTAINMENT_METRICS[workflow]);
}

/** A widget's own period, instead of the dashboard's: a preset, or ISO instants `from` (inclusive) to `to` (exclusive). */
export type WidgetRange = { preset: RangePreset; from?: null; to?: null } | { preset?: null; from: string; to: string };

export interface DashboardWidget {
  /** Stable within the dashboard (a seeded section keeps its key), so versions can tell moved from replaced. */
  id: string;
  type: WidgetType;
  /** Empty: the metric's name (or none for a note). */
  title: string;
  metricKeys: string[];
  /** BREAKDOWN: the dimension it groups by. */
  dimension: string | null;
  /** TEXT: Markdown, shown sanitised (never as HTML). */
  text: string | null;
  /** GOAL_PROGRESS: the goal shown. */
  goalId?: string | null;
  /**
   * SLA_BREACHES: whose breaches it lists (absent or null: the leads', as before workflows had deadlines);
   * WORKFLOW_SCORECARD: its rows, one per workflow.
   */
  workflows?: SlaWorkflow[] | null;
  /** Its own period and comparison; absent or null: the dashboard's (TEXT has neither). */
  range?: WidgetRange | null;
  compare?: Comparison | null;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DashboardContent {
  title: string;
  description: string;
  widgets: DashboardWidget[];
  /** Departments it is shared with besides its owner (see Owned in access.ts); absent: unchanged by a save, none for a new one. */
  sharedWith?: Department[];
}

export interface LayoutProblem {
  /** The path of the offending input, e.g. `widgets[3].metricKeys[0]`. */
  field: string;
  reason: string;
}

export interface WidgetChecks {
  /** Whether a metric key is in the catalog. */
  metricExists(key: string): boolean;
  /** Whether a goal id names a goal; not given (the web editor's early check), goal ids are left to the server. */
  goalExists?(id: string): boolean;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function rangeProblem(range: WidgetRange): { field: string; reason: string } | null {
  if (range.preset != null) {
    if (!RANGE_PRESETS.includes(range.preset)) return { field: 'range.preset', reason: `must be one of ${RANGE_PRESETS.join(', ')}` };
    if (range.from != null || range.to != null) return { field: 'range', reason: 'takes a preset or from and to, not both' };
    return null;
  }
  for (const field of ['from', 'to'] as const) {
    const value = range[field];
    if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) return { field: `range.${field}`, reason: 'must be an ISO date-time such as 2026-01-01T00:00:00Z' };
  }
  return Date.parse(range.from!) < Date.parse(range.to!) ? null : { field: 'range.to', reason: 'must be after range.from' };
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** What is wrong with a widget's workflows, as [field, reason] pairs. */
function workflowProblems(widget: DashboardWidget): Array<[string, string]> {
  const workflows = widget.workflows;
  if (!WORKFLOW_WIDGETS.includes(widget.type)) return workflows != null ? [['workflows', 'only an SLA breach list or a workflows scorecard has workflows']] : [];
  if (workflows == null) return widget.type === 'WORKFLOW_SCORECARD' ? [['workflows', 'a workflows scorecard needs at least one workflow']] : [];
  if (workflows.length === 0) return [['workflows', 'name at least one workflow, or none (null) for lead breaches']];
  const problems: Array<[string, string]> = [];
  const seen = new Set<string>();
  workflows.forEach((workflow, i) => {
    if (!isSlaWorkflow(workflow)) problems.push([`workflows[${i}]`, `must be one of ${SLA_WORKFLOWS.join(', ')}`]);
    else if (seen.has(workflow)) problems.push([`workflows[${i}]`, `repeats "${workflow}"`]);
    seen.add(workflow);
  });
  if (problems.length === 0 && widget.type === 'WORKFLOW_SCORECARD') {
    const expected = workflowScorecardMetrics(workflows);
    if (expected.join('\n') !== widget.metricKeys.join('\n')) problems.push(['metricKeys', `must be its workflows' attainment metrics: ${expected.join(', ')}`]);
  }
  return problems;
}

/** Every problem of a dashboard's content, in order; empty when it may be saved. */
export function dashboardProblems(content: DashboardContent, checks: WidgetChecks): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const title = content.title.trim();
  if (!title || title.length > MAX_DASHBOARD_TITLE) problems.push({ field: 'title', reason: `must have 1 to ${MAX_DASHBOARD_TITLE} characters` });
  if (content.description.length > MAX_DASHBOARD_DESCRIPTION) problems.push({ field: 'description', reason: `is longer than ${MAX_DASHBOARD_DESCRIPTION} characters` });
  if (content.widgets.length > MAX_WIDGETS) problems.push({ field: 'widgets', reason: `has more than ${MAX_WIDGETS} widgets` });
  problems.push(...sharingProblems(undefined, content.sharedWith ?? []));
  const ids = new Set<string>();
  content.widgets.forEach((widget, i) => {
    const at = (field: string, reason: string) => problems.push({ field: `widgets[${i}].${field}`, reason });
    if (!WIDGET_ID.test(widget.id)) at('id', 'must be 1 to 64 letters, digits, "-" or "_"');
    else if (ids.has(widget.id)) at('id', `repeats "${widget.id}"`);
    ids.add(widget.id);
    if (!WIDGET_TYPES.includes(widget.type)) {
      at('type', `must be one of ${WIDGET_TYPES.join(', ')}`);
      return;
    }
    if (widget.title.length > MAX_WIDGET_TITLE) at('title', `is longer than ${MAX_WIDGET_TITLE} characters`);
    const [least, most] = WIDGET_METRIC_COUNTS[widget.type];
    if (widget.metricKeys.length < least || widget.metricKeys.length > most) {
      at('metricKeys', least === most ? `must name exactly ${least} metric${least === 1 ? '' : 's'}` : `must name ${least} to ${most} metrics`);
    }
    const seen = new Set<string>();
    widget.metricKeys.forEach((key, j) => {
      if (!checks.metricExists(key)) at(`metricKeys[${j}]`, `unknown metric "${key}"`);
      else if (seen.has(key)) at(`metricKeys[${j}]`, `repeats "${key}"`);
      seen.add(key);
    });
    if (widget.type === 'BREAKDOWN' && !widget.dimension?.trim()) at('dimension', 'a breakdown needs a dimension');
    if (widget.type !== 'BREAKDOWN' && widget.dimension) at('dimension', 'only a breakdown has a dimension');
    if (widget.type === 'TEXT' && (!widget.text?.trim() || widget.text.length > MAX_WIDGET_TEXT)) at('text', `a note needs 1 to ${MAX_WIDGET_TEXT} characters`);
    if (widget.type !== 'TEXT' && widget.text) at('text', 'only a note has text');
    if (widget.type === 'GOAL_PROGRESS') {
      if (!widget.goalId?.trim()) at('goalId', 'a goal progress widget needs a goal');
      else if (checks.goalExists && !checks.goalExists(widget.goalId)) at('goalId', `unknown goal "${widget.goalId}"`);
    } else if (widget.goalId) at('goalId', 'only a goal progress widget has a goal');
    workflowProblems(widget).forEach(([field, reason]) => at(field, reason));
    if (widget.range != null) {
      const problem = widget.type === 'TEXT' ? { field: 'range', reason: 'a note has no period' } : rangeProblem(widget.range);
      if (problem) at(problem.field, problem.reason);
    }
    if (widget.compare != null) {
      if (widget.type === 'TEXT') at('compare', 'a note has no comparison');
      else if (!COMPARISONS.includes(widget.compare)) at('compare', `must be one of ${COMPARISONS.join(', ')}`);
    }
    if (!isInt(widget.w, 1, GRID_COLUMNS)) at('w', `must be a whole number from 1 to ${GRID_COLUMNS}`);
    if (!isInt(widget.x, 0, GRID_COLUMNS - 1)) at('x', `must be a whole number from 0 to ${GRID_COLUMNS - 1}`);
    else if (isInt(widget.w, 1, GRID_COLUMNS) && widget.x + widget.w > GRID_COLUMNS) at('w', `reaches past column ${GRID_COLUMNS} (x + w > ${GRID_COLUMNS})`);
    if (!isInt(widget.y, 0, MAX_Y)) at('y', `must be a whole number from 0 to ${MAX_Y}`);
    if (!isInt(widget.h, 1, MAX_WIDGET_HEIGHT)) at('h', `must be a whole number from 1 to ${MAX_WIDGET_HEIGHT}`);
  });
  return problems;
}

/** The export format's name and version: `version` rises when a reader of the old one could misread the new. */
export const DASHBOARD_DOCUMENT_FORMAT = 'opshub.dashboard';
export const DASHBOARD_DOCUMENT_VERSION = 1;

export interface DashboardDocument extends DashboardContent {
  format: typeof DASHBOARD_DOCUMENT_FORMAT;
  version: typeof DASHBOARD_DOCUMENT_VERSION;
}

export function toDashboardDocument(content: DashboardContent): DashboardDocument {
  return {
    format: DASHBOARD_DOCUMENT_FORMAT,
    version: DASHBOARD_DOCUMENT_VERSION,
    title: content.title,
    description: content.description,
    sharedWith: content.sharedWith ?? [],
    widgets: content.widgets.map(normalizedWidget),
  };
}

/** A widget with exactly the fields of the format, the optional ones null when absent (what is stored and exported). */
export function normalizedWidget({ id, type, title, metricKeys, dimension, text, goalId, workflows, range, compare, x, y, w, h }: DashboardWidget): DashboardWidget {
  const period = range == null ? null : range.preset != null ? { preset: range.preset } : { from: range.from!, to: range.to! };
  return {
    id, type, title, metricKeys, dimension, text, goalId: goalId ?? null, workflows: workflows ?? null, range: period as WidgetRange | null, compare: compare ?? null, x, y, w, h,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an exported document: its shape first (types of every field), then the same checks as a save. Either
 * the content, or every problem found, each naming its field.
 */
export function parseDashboardDocument(text: string, checks: WidgetChecks): { content: DashboardContent } | { problems: LayoutProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problems: [{ field: 'document', reason: `is not JSON (${(error as Error).message})` }] };
  }
  if (!isRecord(parsed)) return { problems: [{ field: 'document', reason: 'must be a JSON object' }] };
  if (parsed.format !== DASHBOARD_DOCUMENT_FORMAT) return { problems: [{ field: 'format', reason: `must be "${DASHBOARD_DOCUMENT_FORMAT}"` }] };
  if (parsed.version !== DASHBOARD_DOCUMENT_VERSION) return { problems: [{ field: 'version', reason: `must be ${DASHBOARD_DOCUMENT_VERSION} (this installation reads version ${DASHBOARD_DOCUMENT_VERSION})` }] };
  const problems: LayoutProblem[] = [];
  if (typeof parsed.title !== 'string') problems.push({ field: 'title', reason: 'must be a string' });
  if (parsed.description !== undefined && typeof parsed.description !== 'string') problems.push({ field: 'description', reason: 'must be a string' });
  let sharedWith: Department[] = [];
  if (parsed.sharedWith !== undefined) {
    if (!Array.isArray(parsed.sharedWith)) problems.push({ field: 'sharedWith', reason: 'must be an array of departments' });
    else sharedWith = parsed.sharedWith.map((department: unknown, i) => {
      if (typeof department !== 'string') problems.push({ field: `sharedWith[${i}]`, reason: 'must be a string' });
      return String(department) as Department;
    });
  }
  if (!Array.isArray(parsed.widgets)) return { problems: [...problems, { field: 'widgets', reason: 'must be an array' }] };
  const widgets: DashboardWidget[] = [];
  parsed.widgets.forEach((raw: unknown, i) => {
    if (!isRecord(raw)) {
      problems.push({ field: `widgets[${i}]`, reason: 'must be an object' });
      return;
    }
    const at = (field: string, reason: string) => problems.push({ field: `widgets[${i}].${field}`, reason });
    const text = (field: string, nullable: boolean): string | null => {
      const value = raw[field];
      if (typeof value === 'string') return value;
      if (nullable && (value === null || value === undefined)) return null;
      at(field, nullable ? 'must be a string or null' : 'must be a string');
      return null;
    };
    const number = (field: string): number => {
      if (typeof raw[field] !== 'number') at(field, 'must be a number');
      return raw[field] as number;
    };
    let metricKeys: string[] = [];
    if (raw.metricKeys === undefined) metricKeys = [];
    else if (!Array.isArray(raw.metricKeys)) at('metricKeys', 'must be an array of metric keys');
    else metricKeys = raw.metricKeys.map((key: unknown, j) => {
      if (typeof key !== 'string') at(`metricKeys[${j}]`, 'must be a string');
      return String(key);
    });
    let workflows: SlaWorkflow[] | null = null;
    if (raw.workflows !== undefined && raw.workflows !== null) {
      if (!Array.isArray(raw.workflows)) at('workflows', 'must be an array of workflows or null');
      else workflows = raw.workflows.map((workflow: unknown, j) => {
        if (typeof workflow !== 'string') at(`workflows[${j}]`, 'must be a string');
        return String(workflow) as SlaWorkflow;
      });
    }
    let range: WidgetRange | null = null;
    if (raw.range !== undefined && raw.range !== null) {
      if (!isRecord(raw.range)) at('range', 'must be an object with preset, or from and to');
      else range = raw.range as WidgetRange;
    }
    widgets.push({
      id: text('id', false) ?? '',
      type: (text('type', false) ?? '') as WidgetType,
      title: text('title', true) ?? '',
      metricKeys,
      dimension: text('dimension', true),
      text: text('text', true),
      goalId: text('goalId', true),
      workflows,
      range,
      compare: text('compare', true) as Comparison | null,
      x: number('x'),
      y: number('y'),
      w: number('w'),
      h: number('h'),
    });
  });
  if (problems.length) return { problems };
  const content = { title: parsed.title as string, description: (parsed.description as string | undefined) ?? '', widgets, sharedWith };
  const invalid = dashboardProblems(content, checks);
  return invalid.length ? { problems: invalid } : { content };
}

const TYPE_NAMES: Record<WidgetType, string> = {
  KPI: 'KPI card', KPI_GROUP: 'KPI group', TIME_SERIES: 'chart', BREAKDOWN: 'breakdown', SCORECARD: 'scorecard', TEXT: 'note',
  FUNNEL: 'funnel', SLA_BREACHES: 'SLA breaches', GOAL_PROGRESS: 'goal progress', WORKFLOW_SCORECARD: 'workflows scorecard',
};

const periodOf = (widget: DashboardWidget) => JSON.stringify([widget.range ?? null, widget.compare ?? null]);

function named(widget: DashboardWidget): string {
  return widget.title.trim() ? `${TYPE_NAMES[widget.type]} '${widget.title.trim()}'` : TYPE_NAMES[widget.type];
}

function listed(verb: string, widgets: DashboardWidget[]): string[] {
  if (widgets.length === 0) return [];
  return widgets.length <= 2 ? [`${verb} ${widgets.map(named).join(' and ')}`] : [`${verb} ${widgets.length} widgets`];
}

function counted(verb: string, n: number): string[] {
  return n === 0 ? [] : [`${verb} ${n} widget${n === 1 ? '' : 's'}`];
}

/** One line for a version list: "Added scorecard 'Pipeline'; moved 2 widgets". Widgets are matched by id. */
export function summarizeDashboardChange(before: DashboardContent, after: DashboardContent): string {
  const old = new Map(before.widgets.map((widget) => [widget.id, widget]));
  const kept = new Set(after.widgets.map((widget) => widget.id));
  const added = after.widgets.filter((widget) => !old.has(widget.id));
  const removed = before.widgets.filter((widget) => !kept.has(widget.id));
  let moved = 0;
  let resized = 0;
  const edited: DashboardWidget[] = [];
  for (const widget of after.widgets) {
    const was = old.get(widget.id);
    if (!was) continue;
    if (was.w !== widget.w || was.h !== widget.h) resized++;
    else if (was.x !== widget.x || was.y !== widget.y) moved++;
    if (was.type !== widget.type || was.title !== widget.title || was.dimension !== widget.dimension || was.text !== widget.text
      || (was.goalId ?? null) !== (widget.goalId ?? null) || periodOf(was) !== periodOf(widget)
      || (was.workflows ?? null)?.join('\n') !== (widget.workflows ?? null)?.join('\n')
      || was.metricKeys.join('\n') !== widget.metricKeys.join('\n')) edited.push(widget);
  }
  const sharingBefore = [...(before.sharedWith ?? [])].sort().join(', ');
  const sharingAfter = after.sharedWith ? [...after.sharedWith].sort().join(', ') : sharingBefore;
  const parts = [
    ...(before.title !== after.title ? [`renamed to '${after.title.trim()}'`] : []),
    ...(sharingAfter !== sharingBefore ? [sharingAfter ? `shared with ${sharingAfter}` : 'no longer shared'] : []),
    ...(before.description !== after.description ? ['changed the description'] : []),
    ...listed('added', added),
    ...listed('removed', removed),
    ...listed('edited', edited),
    ...counted('moved', moved),
    ...counted('resized', resized),
  ];
  const line = parts.length ? parts.join('; ') : 'no changes';
  return line.charAt(0).toUpperCase() + line.slice(1);
}
