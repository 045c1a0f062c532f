import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { isForbidden } from '../../../shared/api/errors';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { SharedWithBadge } from '../../../shared/ui/SharedWithBadge';
import { EmptyState, ErrorState, LoadingBar, NoAccessState } from '../../../shared/ui/States';
import { RangeControls } from '../../../shared/ui/RangeControls';
import { dashboardPath, dashboardTitle, EXECUTIVE_SLUG, REVOPS_SLUG } from '../../../shared/url/paths';
import { useViewState } from '../../../shared/url/useViewState';
import { carryOverSearch } from '../../../shared/url/viewState';
import { KpiGrid, KpiGridSkeleton } from '../components/KpiGrid';
import { KioskRotation } from '../components/KioskRotation';
import { useDashboard } from '../hooks/useDashboard';
import { useDashboards } from '../hooks/useDashboards';
import { useSectionsLayout } from '../hooks/useSectionsLayout';
import { useKioskMode } from '../hooks/useKiosk';
import { sectionSpans } from '../lib/sectionLayout';
import styles from './DashboardPage.module.css';
import { sectionsThenGrid, widgetSections } from '../lib/widgets';
import { ShareButton } from '../../share/components/ShareButton';
import { useDashboardFilters } from '../hooks/useDashboardFilters';

// Only the cards are on the first load's path: the editor, the forms (react-hook-form, zod), the widget grid (its
// layout engine and Markdown) and the panels below the cards arrive as their own chunks, each behind its own boundary.
const DashboardEditor = lazy(() => import('../components/DashboardEditor').then((m) => ({ default: m.DashboardEditor })));
const DashboardActions = lazy(() => import('../components/DashboardActions').then((m) => ({ default: m.DashboardActions })));
const DashboardFilterBar = lazy(() => import('../components/DashboardFilterBar').then((m) => ({ default: m.DashboardFilterBar })));
const WidgetGrid = lazy(() => import('../components/WidgetGrid').then((m) => ({ default: m.WidgetGrid })));
const SharePanel = lazy(() => import('../../share/components/SharePanel').then((m) => ({ default: m.SharePanel })));
const DigestSubscription = lazy(() => import('../../digests/components/DigestSubscription').then((m) => ({ default: m.DigestSubscription })));
const RevOpsPanels = lazy(() => import('../../revops/components/RevOpsPanels').then((m) => ({ default: m.RevOpsPanels })));

/**
 * One instance per dashboard. Reusing one across dashboards would restart its query while React renders the
 * route change, which interrupts that render: going from a dashboard the user may not open to another
 * (the redirect below) would then bounce between the two forever.
 */
export function DashboardPage() {
  const { slug } = useParams();
  return <Dashboard key={slug ?? EXECUTIVE_SLUG} routeSlug={slug} />;
}

/** A dashboard opened through a share link: read-only (no drill-down, controls or panels), fitted to the screen like kiosk mode. */
export function SharedDashboardView({ slug }: { slug: string }) {
  return <Dashboard routeSlug={slug} shared />;
}

/** `routeSlug` is undefined on the home page (the executive dashboard). */
function Dashboard({ routeSlug, shared = false }: { routeSlug: string | undefined; shared?: boolean }) {
  const slug = routeSlug ?? EXECUTIVE_SLUG;
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const view = useViewState();
  const kiosk = useKioskMode();
  const filters = useDashboardFilters();
  const now = useNow();
  const headingId = useId();
  const [sharing, setSharing] = useState(false);
  const { data, loading, error, refetch, stale } = useDashboard(slug, view.rangeInput, view.compare, shared ? undefined : filters.input, shared);
  const [sectionsElement, setSectionsElement] = useState<HTMLDivElement | null>(null);

  const dashboard = data?.dashboard;
  const title = dashboardTitle(slug, dashboard?.title, t);
  useDocumentTitle(title);
  const retry = () => void refetch().catch(() => {});
  // Edit mode lives in the URL (?edit=1), so a new or duplicated dashboard opens in it.
  const editing = search.get('edit') === '1' && !!dashboard?.canEdit && !kiosk && !shared;
  const setEditing = (on: boolean) => setSearch((params) => {
    const next = new URLSearchParams(params);
    if (on) next.set('edit', '1');
    else next.delete('edit');
    return next;
  }, { replace: true });
  // After a save, the saved state is loaded before the editor closes, so the page never shows the old one.
  const leaveEditor = async (saved: boolean) => {
    if (saved) await refetch().catch(() => {});
    setEditing(false);
  };

  const sections = useMemo(() => (dashboard ? widgetSections(dashboard.widgets, dashboard.kpis) : []), [dashboard]);
  // KPI groups on top flow as sections; widgets below them all (the workflow lists) keep their grid under them.
  const split = useMemo(() => (dashboard ? sectionsThenGrid(dashboard.widgets) : null), [dashboard]);
  const flows = !!split;
  const widgetData = useMemo(() => new Map(dashboard?.widgets.map((widget) => [widget.id, widget])), [dashboard]);
  const shownSections = flows ? sections.filter((section) => section.kpis.length > 0) : [];
  const cardCounts = shownSections.map((section) => section.kpis.length);
  const layout = useSectionsLayout(sectionsElement, cardCounts, kiosk || shared);
  const unfiltered = new Set(dashboard?.unfilteredMetricKeys ?? []);
  const columns = layout?.columns ?? null;
  const spans = columns ? sectionSpans(cardCounts, columns) : null;
  const kpiCount = dashboard?.kpis.length ?? 0;
  // The latest push to any card: the RevOps panels refresh with the KPIs they explain.
  const lastUpdate = dashboard?.kpis.map((k) => k.lastUpdatedAt ?? '').sort().at(-1) ?? null;
  // A grid with notes or charts is not "empty" for want of values: only a dashboard of cards is.
  const allEmpty = flows && kpiCount > 0 && !!dashboard?.kpis.every((k) => k.value === null);
  const forbidden = !dashboard && !loading && isForbidden(error);
  // A shared screen and kiosk mode show the cards only.
  const controls = !kiosk && !forbidden && !shared;

  // Home is the executive dashboard; who may not open it starts on the first dashboard they may.
  const homeForbidden = forbidden && routeSlug === undefined;
  const dashboards = useDashboards(homeForbidden);
  const home = homeForbidden ? dashboards.data?.dashboards.find((d) => d.slug !== EXECUTIVE_SLUG) : undefined;
  if (home) return <Navigate to={{ pathname: dashboardPath(home.slug), search: carryOverSearch(search) }} replace />;

  return (
    <div className="page" aria-busy={loading} data-testid="dashboard-page" data-slug={slug}>
      <LoadingBar active={loading && !!data} />
      <header className="page-header">
        <div className="page-header__titles">
          <h1 id={headingId}>{title}</h1>
          {dashboard && !kiosk && <SharedWithBadge departments={dashboard.sharedWith} />}
          {dashboard?.description && !kiosk && <p className="page-header__description">{dashboard.description}</p>}
        </div>
        {controls && <RangeControls />}
        {controls && dashboard && <ShareButton open={sharing} onToggle={() => setSharing((open) => !open)} />}
        {kiosk && !shared && <KioskRotation slug={slug} />}
      </header>
      <Suspense fallback={null}>
        {controls && sharing && <SharePanel dashboardSlug={slug} onClose={() => setSharing(false)} />}
      </Suspense>
      {controls && dashboard && !editing && (
        // The bar's height is kept while its chunk loads, so the cards below do not jump.
        <Suspense fallback={<div className={styles.toolbarSlot} />}>
          <DashboardFilterBar dimensions={dashboard.dimensions} filters={filters.filters} onChange={filters.setFilters} unfilteredCount={unfiltered.size} />
          <DashboardActions slug={slug} title={title} version={dashboard.version} canEdit={dashboard.canEdit} onEdit={() => setEditing(true)} onChanged={retry} />
        </Suspense>
      )}
      {dashboard && editing && (
        <Suspense fallback={<KpiGridSkeleton />}>
          <DashboardEditor key={dashboard.version} dashboard={dashboard} range={view.rangeInput} compare={view.compare} viewKey={view.key} now={now} onDone={(saved) => void leaveEditor(saved)} />
        </Suspense>
      )}

      {!dashboard && loading && (
        <div aria-label={t('dashboard.loading')} role="status">
          <KpiGridSkeleton />
        </div>
      )}

      {forbidden && (
        <NoAccessState title={t('access.dashboardTitle')}>
          {routeSlug !== undefined && (
            <Link className="button" to={{ pathname: '/', search: carryOverSearch(search) }}>
              {t('access.back')}
            </Link>
          )}
        </NoAccessState>
      )}
      {!dashboard && !loading && error && !forbidden && <ErrorState error={error} onRetry={retry} />}

      {dashboard && error && <ErrorState error={error} onRetry={retry} compact />}

      {dashboard && !editing && dashboard.widgets.length === 0 && <EmptyState title={t('state.emptyDashboard')} hint="" />}
      {allEmpty && !editing && <EmptyState />}

      {dashboard && !editing && !flows && dashboard.widgets.length > 0 && (
        <Suspense fallback={<KpiGridSkeleton />}>
          <WidgetGrid widgets={dashboard.widgets} kpis={dashboard.kpis} range={view.rangeInput} compare={view.compare} viewKey={view.key} now={now}
            data={widgetData} shared={shared} slug={dashboard.slug} refetch={refetch} />
        </Suspense>
      )}

      {dashboard && !editing && flows && !allEmpty && (
        <div ref={setSectionsElement} className={`${styles.sections} ${stale ? styles.stale : ''}`}
          data-columns={columns ?? undefined}
          style={columns ? { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` } : undefined}
        >
          {shownSections.map((section, i) => (
              <section
                key={section.key}
                className={styles.section}
                aria-labelledby={`${headingId}-${section.key}`}
                style={spans ? { gridColumn: `span ${spans[i]}` } : undefined}
              >
                {sections.length > 1 && (
                  <h2 id={`${headingId}-${section.key}`} className={styles.sectionTitle}>
                    {section.title}
                  </h2>
                )}
                <KpiGrid
                  kpis={section.kpis}
                  columns={spans?.[i]}
                  rowHeight={layout?.fit?.rowHeight}
                  compare={view.compare}
                  viewKey={view.key}
                  shared={shared}
                  unfiltered={unfiltered}
                  now={now}
                  labelledBy={sections.length > 1 ? `${headingId}-${section.key}` : headingId}
                />
              </section>
            ))}
        </div>
      )}
      {/* A TV shows the cards, fitted to its screen without scrolling; the lists below are for a desk. */}
      {dashboard && !editing && !kiosk && split && split.below.length > 0 && (
        <Suspense fallback={null}>
          <WidgetGrid widgets={split.below} kpis={dashboard.kpis} range={view.rangeInput} compare={view.compare} viewKey={view.key} now={now}
            data={widgetData} shared={shared} slug={dashboard.slug} refetch={refetch} />
        </Suspense>
      )}

      <Suspense fallback={null}>
        {slug === REVOPS_SLUG && controls && <RevOpsPanels range={view.rangeInput} viewKey={view.key} refreshKey={lastUpdate} />}
        {controls && dashboard && <DigestSubscription dashboardSlug={slug} />}
      </Suspense>
    </div>
  );
}
