import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { resolveRange, type Granularity } from '@opshub/metrics';
import { useDashboards } from '../../dashboard/hooks/useDashboards';
import { departmentSlug } from '../../dashboard';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { isForbidden, isNotFound } from '../../../shared/api/errors';
import { BackLink } from '../../../shared/ui/BackLink';
import { MetaList } from '../../../shared/ui/MetaList';
import { RangeControls } from '../../../shared/ui/RangeControls';
import { EmptyState, ErrorState, LoadingBar, NoAccessState, Skeleton } from '../../../shared/ui/States';
import { dashboardPath, EXECUTIVE_SLUG, metricPath } from '../../../shared/url/paths';
import { useViewState } from '../../../shared/url/useViewState';
import { carryOverSearch, zonedDayStart } from '../../../shared/url/viewState';
import { BreakdownPanel } from '../components/BreakdownPanel';
import { FilterChips } from '../components/FilterChips';
import { KpiSummary } from '../components/KpiSummary';
import { LeadsPanel } from '../../revops/components/LeadsPanel';
import { MetricHistory } from '../../audit/components/MetricHistory';
import { ObservationsPanel } from '../components/ObservationsPanel';
import { RulesPanel } from '../../rules/components/RulesPanel';
import { TimeSeriesPanel } from '../components/TimeSeriesPanel';
import { TargetsPanel } from '../../catalog/components/TargetsPanel';
import { MetricActionItems } from '../../reviews/components/MetricActionItems';
import { useDrillState } from '../hooks/useDrillState';
import { useMetricDetail } from '../hooks/useMetricData';
import { addFilter, granularityOptions, nextGroupBy, removeFilter, resolveGranularity, toFilterInput } from '../lib/drillState';
import styles from './MetricPage.module.css';

/** Drill-down for one metric: headline, time series with target and comparison, breakdown, raw observations. */
export default function MetricPage() {
  const { key = '' } = useParams();
  const { t } = useI18n();
  const view = useViewState();
  const drill = useDrillState();
  const timeZone = useTimeZone();
  const location = useLocation();
  const [params] = useSearchParams();
  const now = useNow();
  const [liveTick, setLiveTick] = useState(0);
  const [targetPreview, setTargetPreview] = useState<number | null>(null);
  const onLiveUpdate = useCallback(() => setLiveTick((n) => n + 1), []);

  const filterInput = useMemo(() => toFilterInput(drill.filters), [drill.filters]);
  const detail = useMetricDetail(key, view.rangeInput, view.compare, filterInput, onLiveUpdate);
  const { loading, error, refetch } = detail;
  // Slicing by a filter refetches the headline; keep showing the page meanwhile instead of a skeleton.
  const data = detail.data ?? detail.previousData;
  const metric = data?.metric ?? null;
  const kpi = data?.kpi ?? null;
  useDocumentTitle(metric?.name ?? t('metric.loading'));

  // The range in instants, for the granularity choices; recomputed when the view changes, not every tick.
  const timeRange = useMemo(() => {
    const spec =
      view.range.kind === 'preset'
        ? { preset: view.range.preset }
        : { from: zonedDayStart(view.range.from, timeZone), to: zonedDayStart(view.range.to, timeZone) };
    return resolveRange(spec, new Date(), timeZone);
  }, [view.range, timeZone]);
  const granularity = resolveGranularity(drill.granularity, timeRange);
  const options = useMemo(() => granularityOptions(timeRange), [timeRange]);

  const groupBy = metric
    ? drill.groupBy && metric.dimensions.includes(drill.groupBy)
      ? drill.groupBy
      : (nextGroupBy(metric.dimensions, drill.filters, null) ?? metric.dimensions[0] ?? null)
    : null;

  const { setDrill, filters } = drill;
  const dimensions = metric?.dimensions;
  const onSelectValue = useCallback(
    (dimension: string, value: string) => {
      const next = addFilter(filters, dimension, value);
      setDrill({ filters: next, groupBy: nextGroupBy(dimensions ?? [], next, dimension) });
    },
    [filters, setDrill, dimensions],
  );

  const dashboards = useDashboards();
  const backTo = useMemo(() => {
    const from = (location.state as { from?: string } | null)?.from;
    if (from) return from;
    const slug = metric ? departmentSlug(metric.department) : EXECUTIVE_SLUG;
    const exists = dashboards.data?.dashboards.some((d) => d.slug === slug);
    return `${dashboardPath(exists ? slug : EXECUTIVE_SLUG)}${carryOverSearch(params)}`;
  }, [location.state, metric, dashboards.data, params]);

  const retry = () => void refetch().catch(() => {});

  if (!data && !loading && error) {
    return (
      <div className="page">
        <BackLink to={backTo}>{t('metric.back')}</BackLink>
        {isNotFound(error) ? (
          <EmptyState title={t('metric.notFound')} hint={t('error.NOT_FOUND')} />
        ) : isForbidden(error) ? (
          <NoAccessState title={t('access.metricTitle')} />
        ) : (
          <ErrorState error={error} onRetry={retry} />
        )}
      </div>
    );
  }

  if (!metric) {
    if (data && !loading) {
      return (
        <div className="page">
          <BackLink to={backTo}>{t('metric.back')}</BackLink>
          <EmptyState title={t('metric.notFound')} hint={t('error.NOT_FOUND')} />
        </div>
      );
    }
    return (
      <div className="page" role="status" aria-label={t('metric.loading')}>
        <BackLink to={backTo}>{t('metric.back')}</BackLink>
        <Skeleton variant="title" />
        <Skeleton variant="panel" />
        <Skeleton variant="panel" />
      </div>
    );
  }

  return (
    <div className="page" data-testid="metric-page" data-metric-key={metric.key} aria-busy={loading}>
      <LoadingBar active={loading} />
      <BackLink to={backTo}>{t('metric.back')}</BackLink>
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{metric.name}</h1>
          {metric.description && <p className="page-header__description">{metric.description}</p>}
          <MetaList>
            <li>{t(`department.${metric.department}`)}</li>
            <li>{t(`metric.direction.${metric.direction}`)}</li>
            {metric.owner && (
              <li>
                {t('metric.owner')}: {metric.owner}
              </li>
            )}
          </MetaList>
        </div>
        <RangeControls />
      </header>

      {metric.formula && (
        <section className={styles.formula} aria-label={t('metric.formula')} data-testid="metric-formula">
          <span className={styles.formulaLabel}>{t('metric.formula')}</span>
          <code>{metric.formula}</code>
          {metric.inputs.length > 0 && (
            <span className={styles.formulaInputs}>
              {t('metric.inputs')}:{' '}
              {metric.inputs.map((input, i) => (
                <span key={input}>
                  {i > 0 && ', '}
                  <Link to={{ pathname: metricPath(input), search: carryOverSearch(params, { kiosk: false }) }}>{input}</Link>
                </span>
              ))}
            </span>
          )}
        </section>
      )}

      {error && <ErrorState error={error} onRetry={retry} compact />}
      {kpi && <KpiSummary key={view.key} kpi={kpi} compare={view.compare} now={now} />}

      <FilterChips
        filters={drill.filters}
        onRemove={(dimension, value) => setDrill({ filters: removeFilter(drill.filters, dimension, value) })}
        onClear={() => setDrill({ filters: [] })}
      />

      <TimeSeriesPanel
        metric={metric}
        kpi={kpi}
        range={view.rangeInput}
        compare={view.compare}
        filter={filterInput}
        granularity={granularity}
        granularityOptions={options}
        onGranularityChange={(g: Granularity) => setDrill({ granularity: g })}
        cumulative={drill.cumulative}
        onCumulativeChange={(cumulative) => setDrill({ cumulative })}
        liveTick={liveTick}
        previewTarget={targetPreview}
      />

      <TargetsPanel key={metric.key} metricKey={metric.key} unit={metric.unit} onPreview={setTargetPreview} />
      <MetricActionItems metricKey={metric.key} />

      <BreakdownPanel
        metric={metric}
        range={view.rangeInput}
        granularity={granularity}
        filter={filterInput}
        groupBy={groupBy}
        view={drill.view}
        onGroupByChange={(dimension) => setDrill({ groupBy: dimension })}
        onViewChange={(v) => setDrill({ view: v })}
        onSelectValue={onSelectValue}
        liveTick={liveTick}
      />

      <RulesPanel metricKey={metric.key} department={metric.department} />

      {metric.source === 'RECORDS' && <LeadsPanel metric={metric} range={view.rangeInput} filter={filterInput} />}

      <ObservationsPanel
        metric={metric}
        range={view.rangeInput}
        filter={filterInput}
        input={drill.input}
        onInputChange={(input) => setDrill({ input })}
      />
      <MetricHistory metricKey={metric.key} />
    </div>
  );
}
