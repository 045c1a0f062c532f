import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { EmptyState, ErrorState, LoadingBar } from '../../../shared/ui/States';
import { RangeControls } from '../../../shared/ui/RangeControls';
import { dashboardTitle, EXECUTIVE_SLUG, REVOPS_SLUG } from '../../../shared/url/paths';
import { useViewState } from '../../../shared/url/useViewState';
import { RevOpsPanels } from '../../revops/components/RevOpsPanels';
import { KpiGrid, KpiGridSkeleton } from '../components/KpiGrid';
import { KioskRotation } from '../components/KioskRotation';
import { useDashboard } from '../hooks/useDashboard';
import { useKioskMode } from '../hooks/useKiosk';

export function DashboardPage() {
  const { slug = EXECUTIVE_SLUG } = useParams();
  const { t } = useI18n();
  const view = useViewState();
  const kiosk = useKioskMode();
  const now = useNow();
  const headingId = useId();
  const { data, loading, error, refetch, stale } = useDashboard(slug, view.rangeInput, view.compare, view.key);

  const dashboard = data?.dashboard;
  const title = dashboardTitle(slug, dashboard?.title, t);
  useDocumentTitle(title);
  const retry = () => void refetch().catch(() => {});

  const kpiCount = dashboard?.sections.reduce((n, s) => n + s.kpis.length, 0) ?? 0;
  // The latest push to any card: the RevOps panels refresh with the KPIs they explain.
  const lastUpdate = dashboard?.sections.flatMap((s) => s.kpis.map((k) => k.lastUpdatedAt ?? '')).sort().at(-1) ?? null;
  const allEmpty = !!dashboard && kpiCount > 0 && dashboard.sections.every((s) => s.kpis.every((k) => k.value === null));

  return (
    <div className="page page--dashboard" aria-busy={loading} data-testid="dashboard-page" data-slug={slug}>
      <LoadingBar active={loading && !!data} />
      <header className="page-header">
        <div className="page-header__titles">
          <h1 id={headingId}>{title}</h1>
          {dashboard?.description && !kiosk && <p className="page-header__description">{dashboard.description}</p>}
        </div>
        {!kiosk && <RangeControls />}
        {kiosk && <KioskRotation slug={slug} />}
      </header>

      {!dashboard && loading && (
        <div aria-label={t('dashboard.loading')} role="status">
          <KpiGridSkeleton />
        </div>
      )}

      {!dashboard && !loading && error && <ErrorState error={error} onRetry={retry} />}

      {dashboard && error && <ErrorState error={error} onRetry={retry} compact />}

      {dashboard && kpiCount === 0 && <EmptyState title={t('state.emptyDashboard')} hint="" />}
      {allEmpty && <EmptyState />}

      {dashboard && !allEmpty && (
        <div className={stale ? 'is-stale' : undefined}>
          {dashboard.sections
            .filter((section) => section.kpis.length > 0)
            .map((section) => (
              <section key={section.key} className="dashboard-section" aria-labelledby={`${headingId}-${section.key}`}>
                {dashboard.sections.length > 1 && (
                  <h2 id={`${headingId}-${section.key}`} className="dashboard-section__title">
                    {section.title}
                  </h2>
                )}
                <KpiGrid
                  kpis={section.kpis}
                  compare={view.compare}
                  viewKey={view.key}
                  now={now}
                  labelledBy={dashboard.sections.length > 1 ? `${headingId}-${section.key}` : headingId}
                />
              </section>
            ))}
        </div>
      )}

      {slug === REVOPS_SLUG && !kiosk && <RevOpsPanels range={view.rangeInput} viewKey={view.key} refreshKey={lastUpdate} />}
    </div>
  );
}
