import { useMemo } from 'react';
import ReactGridLayout, { useContainerWidth, verticalCompactor, type Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import 'react-resizable/css/styles.css';
import type { Comparison } from '@opshub/metrics';
import { GRID_COLUMNS } from '@opshub/metrics';
import type { RangeInput, WidgetDataFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { readingOrder, ROW_GAP, ROW_HEIGHT, stackedLayout, widgetPeriod, type Widget } from '../lib/widgets';
import { DataWidget } from './DataWidget';
import { WidgetPeriodPicker } from './WidgetPeriodPicker';
import { KpiGrid } from './KpiGrid';
import { NoteWidget } from './NoteWidget';
import { ScorecardWidget, type ScorecardKpi } from './ScorecardWidget';
import { WorkflowScorecardWidget } from './WorkflowScorecardWidget';
import { BreakdownBars, SeriesChart } from './WidgetCharts';
import styles from './WidgetGrid.module.css';

/** Below this width the grid's columns are too narrow to read: widgets stack in reading order, in view and edit. */
const STACK_BELOW_PX = 640;
/** A widget's title bar, taken from its height for the chart inside. */
const HEADER_PX = 36;
/** The editor's period pickers under the title bar. */
const PERIOD_ROW_PX = 32;

interface Props {
  widgets: readonly Widget[];
  kpis: readonly ScorecardKpi[];
  range: RangeInput;
  compare: Comparison;
  viewKey: string;
  now: Date;
  /** What the saved dashboard read per widget (own-period KPIs, funnel, breaches, goal), by widget id. */
  data?: ReadonlyMap<string, WidgetDataFieldsFragment>;
  /** A shared screen: nothing links to a page the link cannot open; its charts draw the series in `data`. */
  shared?: boolean;
  /** The dashboard's slug: a shared screen's charts read their goal and forecast through it. */
  slug?: string;
  /** Reads the dashboard again: a shared screen's charts, after a push to their metrics. */
  refetch?: () => Promise<unknown>;
  /**
   * Given, widgets can be dragged (by their handle), resized, removed and given their own period. Stacked on a
   * narrow screen they are moved and made taller in one column, derived from the desktop grid and put back on it.
   */
  editing?: {
    onLayout: (layout: Layout) => void;
    onStackedLayout: (layout: Layout) => void;
    onMove: (id: string, step: -1 | 1) => void;
    onRemove: (id: string) => void;
    onPeriod: (id: string, period: Pick<Widget, 'range' | 'compare'>) => void;
  };
}

/** Stacked on a phone, these take their content's height: cards wrap to more rows, a workflow's row becomes a block. */
const CONTENT_HEIGHT = new Set(['KPI_GROUP', 'KPI', 'WORKFLOW_SCORECARD']);
const DATA_TYPES = new Set(['FUNNEL', 'SLA_BREACHES', 'GOAL_PROGRESS']);
/** Widgets titled by their type, not by their metrics' names. */
const TYPE_TITLED = new Set([...DATA_TYPES, 'WORKFLOW_SCORECARD']);

function pixelHeight(rows: number): number {
  return rows * ROW_HEIGHT + (rows - 1) * ROW_GAP;
}

/** The dashboard's widgets on a 12-column grid, each with the dashboard's range and comparison or its own. */
export function WidgetGrid({ widgets, kpis, range, compare, viewKey, now, data, shared = false, slug = '', refetch, editing }: Props) {
  const { width, containerRef, mounted } = useContainerWidth();
  const stacked = mounted && width < STACK_BELOW_PX;
  const layout = useMemo<Layout>(
    () => (stacked ? stackedLayout(widgets) : widgets.map(({ id, x, y, w, h }) => ({ i: id, x, y, w, h, minW: 2, minH: 2 }))),
    [widgets, stacked],
  );
  const ordered = stacked ? readingOrder(widgets) : widgets;
  const cells = ordered.map((widget, n) => (
    <div key={widget.id} className={styles.cell} data-testid="widget" data-widget-id={widget.id} data-type={widget.type}
      style={stacked && !editing ? { height: CONTENT_HEIGHT.has(widget.type) ? undefined : pixelHeight(widget.h) } : undefined}>
      <WidgetCell widget={widget} kpis={kpis} range={range} compare={compare} viewKey={viewKey} now={now} data={data} shared={shared} slug={slug} refetch={refetch} editing={editing}
        moves={stacked && editing ? { up: n > 0, down: n < ordered.length - 1 } : undefined} />
    </div>
  ));
  const onStop = editing && (stacked ? editing.onStackedLayout : editing.onLayout);
  return (
    <div ref={containerRef} className={styles.grid} data-testid="widget-grid" data-editing={editing ? 'true' : undefined} data-stacked={stacked ? 'true' : undefined}>
      {/* Viewed on a narrow screen, cells take their content's height (a KPI group's cards wrap to more rows). */}
      {mounted && (stacked && !editing ? <div className={styles.stack}>{cells}</div> : (
        <ReactGridLayout
          width={width}
          layout={layout}
          gridConfig={{ cols: stacked ? 1 : GRID_COLUMNS, rowHeight: ROW_HEIGHT, margin: [ROW_GAP, ROW_GAP], containerPadding: [0, 0] }}
          dragConfig={{ enabled: !!editing, handle: `.${styles.handle}` }}
          // In one column only the height can change.
          resizeConfig={{ enabled: !!editing, handles: stacked ? ['s'] : ['se'] }}
          compactor={verticalCompactor}
          // Taken when a drag or resize ends, not on every step: a new layout mid-gesture would restart it.
          onDragStop={onStop || undefined}
          onResizeStop={onStop || undefined}
        >
          {cells}
        </ReactGridLayout>
      ))}
    </div>
  );
}

interface CellProps extends Omit<Props, 'widgets'> {
  widget: Widget;
  /** Stacked in the editor: whether it can move up and down in the one column. */
  moves?: { up: boolean; down: boolean };
}

function WidgetCell({ widget, kpis, range: dashboardRange, compare: dashboardCompare, viewKey, now, data, shared = false, slug = '', refetch, editing, moves }: CellProps) {
  const { t } = useI18n();
  const own = data?.get(widget.id);
  const { range, compare } = widgetPeriod(widget, dashboardRange, dashboardCompare);
  // With its own period, its snapshots are its own (read with the dashboard); until saved, the dashboard's.
  const byKey = useMemo(() => new Map([...kpis, ...own?.kpis ?? []].map((kpi) => [kpi.metric.key, kpi])), [kpis, own]);
  const shown = widget.metricKeys.map((key) => byKey.get(key)).filter((kpi): kpi is ScorecardKpi => kpi !== undefined);
  const title = widget.title || (widget.type === 'TEXT' || widget.type === 'KPI' || TYPE_TITLED.has(widget.type) ? '' : shown.map((kpi) => kpi.metric.name).join(', '));
  // Stacked in the editor (moves given), the cell has a row of its own for the pickers (stackedLayout).
  const bodyHeight = pixelHeight(widget.h) - HEADER_PX - (editing && !moves && widget.type !== 'TEXT' ? PERIOD_ROW_PX : 0);
  const ownPeriod = !editing && (widget.range || widget.compare)
    ? [widget.range && (widget.range.preset ? t(`range.${widget.range.preset}`) : t('widgets.period.custom')), widget.compare && t(`compare.${widget.compare}`)].filter(Boolean).join(' · ')
    : '';
  return (
    <section className={styles.widget} aria-label={title || t(`builder.type.${widget.type}`)}>
      {(title || editing || ownPeriod) && (
        <header className={styles.header}>
          {editing && (
            <button type="button" className={`${styles.handle} button button--ghost button--small`} aria-label={t('builder.move', { name: title || t(`builder.type.${widget.type}`) })} data-testid="widget-handle">
              ⠿
            </button>
          )}
          {(title || !ownPeriod) ? <h2 className={styles.title}>{title || t(`builder.type.${widget.type}`)}</h2> : <span className={styles.title} />}
          {ownPeriod && <span className={styles.ownPeriod} data-testid="widget-own-period">{ownPeriod}</span>}
          {editing && moves && (
            <>
              <button type="button" className="button button--ghost button--small" onClick={() => editing.onMove(widget.id, -1)} disabled={!moves.up}
                aria-label={t('d2.moveUp', { name: title || t(`builder.type.${widget.type}`) })} data-testid="widget-move-up">↑</button>
              <button type="button" className="button button--ghost button--small" onClick={() => editing.onMove(widget.id, 1)} disabled={!moves.down}
                aria-label={t('d2.moveDown', { name: title || t(`builder.type.${widget.type}`) })} data-testid="widget-move-down">↓</button>
            </>
          )}
          {editing && (
            <button type="button" className="button button--ghost button--small" onClick={() => editing.onRemove(widget.id)} data-testid="widget-remove">
              {t('builder.remove')}
            </button>
          )}
        </header>
      )}
      {editing && widget.type !== 'TEXT' && (
        <WidgetPeriodPicker widget={widget} onChange={(period) => editing.onPeriod(widget.id, period)} />
      )}
      <div className={styles.body}>
        {widget.type === 'TEXT' && <NoteWidget text={widget.text ?? ''} />}
        {(widget.type === 'KPI' || widget.type === 'KPI_GROUP') && <KpiGrid kpis={shown} compare={compare} viewKey={viewKey} now={now} shared={shared} />}
        {widget.type === 'SCORECARD' && <ScorecardWidget kpis={shown} caption={title} shared={shared} />}
        {widget.type === 'WORKFLOW_SCORECARD' && (own ? (
          own.workflowScorecard
            ? <WorkflowScorecardWidget rows={own.workflowScorecard} kpis={byKey} caption={title || t('builder.type.WORKFLOW_SCORECARD')} shared={shared} />
            : <p className="muted" data-testid="widget-hidden">{t('widgets.hidden')}</p>
        ) : <p className="muted" data-testid="widget-unsaved">{t('widgets.unsaved')}</p>)}
        {DATA_TYPES.has(widget.type) && <DataWidget widget={widget} data={own} shared={shared} live={!range.to} />}
        {widget.type === 'TIME_SERIES' && (
          <SeriesChart metricKeys={widget.metricKeys} range={range} compare={compare} height={bodyHeight - 8} kpis={byKey}
            shared={shared ? { series: own?.series ?? null, refetch, dashboard: { slug, widgetId: widget.id, range: dashboardRange, compare: dashboardCompare } } : undefined} />
        )}
        {widget.type === 'BREAKDOWN' && widget.dimension && widget.metricKeys[0] && (
          <BreakdownBars metricKey={widget.metricKeys[0]} dimension={widget.dimension} range={range} height={bodyHeight - 8} kpi={byKey.get(widget.metricKeys[0])} />
        )}
      </div>
    </section>
  );
}
