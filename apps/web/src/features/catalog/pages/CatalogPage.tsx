import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { DEPARTMENTS, type Department } from '@opshub/metrics';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { SharedWithBadge } from '../../../shared/ui/SharedWithBadge';
import { EmptyState, ErrorState, LoadingBar, RowSkeletons } from '../../../shared/ui/States';
import { metricPath } from '../../../shared/url/paths';
import { DimensionLabelsPanel } from '../components/DimensionLabelsPanel';
import { MetricEditor } from '../components/MetricEditor';
import { CatalogQuery } from '../graphql/catalog';
import { usePermissions } from '../hooks/usePermissions';
import { catalogSource, groupCatalog, ownerName } from '../lib/catalogList';
import { aggregationLabel } from '../lib/metricForm';
import styles from './CatalogPage.module.css';

const isDepartment = (value: string | null): value is Department => (DEPARTMENTS as readonly string[]).includes(value ?? '');

/** Every metric the user may see, searchable and grouped by department; admins create and edit metrics here. */
export default function CatalogPage() {
  const { t, language } = useI18n();
  const fmt = useFormat();
  const { editsCatalog } = usePermissions();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const department = isDepartment(params.get('department')) ? (params.get('department') as Department) : null;
  const { data, previousData, loading, error, refetch } = useQuery(CatalogQuery, { variables: { locale: language } });
  const metrics = (data ?? previousData)?.metrics;
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  useDocumentTitle(t('catalog.title'));

  const groups = useMemo(() => groupCatalog(metrics ?? [], query, department), [metrics, query, department]);
  const knownKeys = useMemo(() => new Set((metrics ?? []).map((metric) => metric.key)), [metrics]);
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const edited = editing && editing !== 'new' ? (metrics?.find((metric) => metric.key === editing) ?? null) : null;

  return (
    <div className="page" data-testid="catalog-page" aria-busy={loading}>
      <LoadingBar active={loading} />
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('catalog.title')}</h1>
          <p className="page-header__description">{t('catalog.hint')}</p>
        </div>
        {editsCatalog && editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="metric-new">
            {t('catalog.new')}
          </button>
        )}
      </header>

      {editing !== null && (editing === 'new' || edited) && (
        <MetricEditor key={editing} metric={edited} knownKeys={knownKeys} onDone={() => setEditing(null)} />
      )}

      <div className={styles.filters} role="search">
        <div className="field">
          <label htmlFor="catalog-search">{t('catalog.search')}</label>
          <input id="catalog-search" type="search" value={query} onChange={(e) => setParam('q', e.target.value)} placeholder={t('catalog.searchHint')} data-testid="catalog-search" />
        </div>
        <div className="field">
          <label htmlFor="catalog-department">{t('metric.department')}</label>
          <select id="catalog-department" value={department ?? ''} onChange={(e) => setParam('department', e.target.value)} data-testid="catalog-department">
            <option value="">{t('catalog.allDepartments')}</option>
            {DEPARTMENTS.map((dept) => (
              <option key={dept} value={dept}>
                {t(`department.${dept}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && !metrics ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} />
      ) : !metrics ? (
        <RowSkeletons count={6} />
      ) : groups.length === 0 ? (
        <EmptyState title={t('catalog.noMatch')} hint={t('catalog.noMatchHint')} />
      ) : (
        groups.map((group) => (
          <section key={group.department} className={styles.group} aria-labelledby={`catalog-${group.department}`} data-testid="catalog-group" data-department={group.department}>
            <h2 id={`catalog-${group.department}`}>
              {t(`department.${group.department}`)} <span className="muted">({group.metrics.length})</span>
            </h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('catalog.column.metric')}</th>
                    <th scope="col">{t('catalog.field.unit')}</th>
                    <th scope="col">{t('catalog.field.direction')}</th>
                    <th scope="col">{t('catalog.field.aggregation')}</th>
                    <th scope="col">{t('metric.owner')}</th>
                    <th scope="col">{t('metric.cadence')}</th>
                    <th scope="col">{t('catalog.column.source')}</th>
                    <th scope="col">{t('catalog.column.lastData')}</th>
                    {editsCatalog && <th scope="col"><span className="sr-only">{t('catalog.actions')}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {group.metrics.map((metric) => (
                    <tr key={metric.key} data-testid="catalog-row" data-key={metric.key}>
                      <th scope="row" className={styles.name}>
                        <Link to={metricPath(metric.key)}>{metric.name}</Link>
                        <code className={styles.key}>{metric.key}</code>
                        <SharedWithBadge departments={metric.sharedWith} />
                      </th>
                      <td>{metric.unit.kind === 'CURRENCY' ? `${t('catalog.unit.CURRENCY')} (${metric.unit.currency})` : t(`catalog.unit.${metric.unit.kind}`)}</td>
                      <td>{t(`metric.direction.${metric.direction}`)}</td>
                      <td>{aggregationLabel(metric.aggregation, t)}</td>
                      <td>{ownerName(metric) ?? <span className="muted">{t('kpi.noValue')}</span>}</td>
                      <td>{metric.reviewCadence ? t(`catalog.cadence.${metric.reviewCadence}`) : <span className="muted">{t('kpi.noValue')}</span>}</td>
                      <td>{t(`catalog.source.${catalogSource(metric)}`)}</td>
                      <td>
                        {metric.lastDataAt ? (
                          <time dateTime={metric.lastDataAt} title={fmt.dateTime(metric.lastDataAt)}>
                            {fmt.dateTime(metric.lastDataAt, 'relative')}
                          </time>
                        ) : (
                          <span className="muted">{t('catalog.never')}</span>
                        )}
                      </td>
                      {editsCatalog && (
                        <td>
                          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(metric.key)} aria-label={t('catalog.editNamed', { name: metric.name })}>
                            {t('catalog.edit')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}

      {editsCatalog && <DimensionLabelsPanel />}
    </div>
  );
}
