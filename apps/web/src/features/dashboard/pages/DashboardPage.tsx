import { useId, useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { isForbidden } from '../../../shared/api/errors';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { EmptyState, ErrorState, LoadingBar, NoAccessState } from '../../../shared/ui/States';
import { RangeControls } from '../../../shared/ui/RangeControls';
import { dashboardPath, dashboardTitle, EXECUTIVE_SLUG, REVOPS_SLUG } from '../../../shared/url/paths';
import { useViewState } from '../../../shared/url/useViewState';
import { carryOverSearch } from '../../../shared/url/viewState';
import { RevOpsPanels } from '../../revops/components/RevOpsPanels';
import { KpiGrid, KpiGridSkeleton } from '../components/KpiGrid';
import { KioskRotation } from '../components/KioskRotation';
import { useDashboard } from '../hooks/useDashboard';
import { useDashboards } from '../hooks/useDashboards';
import { useSectionsLayout } from '../hooks/useSectionsLayout';
import { useKioskMode } from '../hooks/useKiosk';
import { sectionSpans } from '../lib/sectionLayout';
import styles from './DashboardPage.module.css';
import { DigestSubscription } from '../../digests/components/DigestSubscription';
import { ShareButton } from '../../share/components/ShareButton';
import { SharePanel } from '../../share/components/SharePanel';
import { DashboardFilterBar } from '../components/DashboardFilterBar';
import { useDashboardFilters } from '../hooks/useDashboardFilters';

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
  const [search] = useSearchParams();
  const view = useViewState();
  const kiosk = useKioskMode();
  const filters = useDashboardFilters();
  const now = useNow();
  const headingId = useId();
  const [sharing, setSharing] = useState(false);
  const { data, loading, error, refetch, stale } = useDashboard(slug, view.rangeInput, view.compare, shared ? undefined : filters.input);
  const [sectionsElement, setSectionsElement] = useState<HTMLDivElement | null>(null);

  const dashboard = data?.dashboard;
  const title = dashboardTitle(slug, dashboard?.title, t);
  useDocumentTitle(title);
  const retry = () => void refetch().catch(() => {});

  const shownSections = dashboard?.sections.filter((section) => section.kpis.length > 0) ?? [];
  const cardCounts = shownSections.map((section) => section.kpis.length);
  const layout = useSectionsLayout(sectionsElement, cardCounts, kiosk || shared);
  const unfiltered = new Set(dashboard?.unfilteredMetricKeys ?? []);
  const columns = layout?.columns ?? null;
  const spans = columns ? sectionSpans(cardCounts, columns) : null;
  const kpiCount = dashboard?.sections.reduce((n, s) => n + s.kpis.length, 0) ?? 0;
  // The latest push to any card: the RevOps panels refresh with the KPIs they explain.
  const lastUpdate = dashboard?.sections.flatMap((s) => s.kpis.map((k) => k.lastUpdatedAt ?? '')).sort().at(-1) ?? null;
  const allEmpty = !!dashboard && kpiCount > 0 && dashboard.sections.every((s) => s.kpis.every((k) => k.value === null));
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
          {dashboard?.description && !kiosk && <p className="page-header__description">{dashboard.description}</p>}
        </div>
        {controls && <RangeControls />}
        {controls && dashboard && <ShareButton open={sharing} onToggle={() => setSharing((open) => !open)} />}
        {kiosk && !shared && <KioskRotation slug={slug} />}
      </header>

      {controls && sharing && <SharePanel dashboardSlug={slug} onClose={() => setSharing(false)} />}
      {controls && dashboard && (
        <DashboardFilterBar dimensions={dashboard.dimensions} filters={filters.filters} onChange={filters.setFilters} unfilteredCount={unfiltered.size} />
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

      {dashboard && kpiCount === 0 && <EmptyState title={t('state.emptyDashboard')} hint="" />}
      {allEmpty && <EmptyState />}

      {dashboard && !allEmpty && (
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
                {dashboard.sections.length > 1 && (
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
                  labelledBy={dashboard.sections.length > 1 ? `${headingId}-${section.key}` : headingId}
                />
              </section>
            ))}
        </div>
      )}

      {slug === REVOPS_SLUG && controls && <RevOpsPanels range={view.rangeInput} viewKey={view.key} refreshKey={lastUpdate} />}
      {controls && dashboard && <DigestSubscription dashboardSlug={slug} />}
    </div>
  );
}
