import { useId } from 'react';
import type { DimensionFilterInput, MetricDetailQuery, RangeInput } from '../../../gql/graphql';
import { useLoadMore } from '../../../shared/api/useLoadMore';
import { downloadCsv } from '../../../shared/csv/csv';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { Panel } from '../../../shared/ui/Panel';
import { Pager } from '../../../shared/ui/Pager';
import { RowSkeletons } from '../../../shared/ui/States';
import { OBSERVATIONS_PAGE_SIZE, useMetricUnit, useObservations } from '../hooks/useMetricData';
import { csvFilename, observationsToCsv, type ObservationRow } from '../lib/observationsCsv';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import styles from './ObservationsPanel.module.css';

type MetricInfo = NonNullable<MetricDetailQuery['metric']>;

interface Props {
  metric: MetricInfo;
  range: RangeInput;
  filter: DimensionFilterInput[] | undefined;
  /** For a derived metric: which input's observations to list. */
  input: string | null;
  onInputChange: (input: string) => void;
}

/** Raw observations, paginated with "Load more"; CSV export of exactly the rows on screen. */
export function ObservationsPanel({ metric, range, filter, input, onInputChange }: Props) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  const id = useId();
  const titleId = `${id}-title`;
  const derived = metric.inputs.length > 0;
  const sourceKey = derived ? (input && metric.inputs.includes(input) ? input : metric.inputs[0]) : metric.key;
  const unitResult = useMetricUnit(derived ? sourceKey : null);
  const sourceUnit = derived ? unitResult.data?.metric?.unit : metric.unit;
  const sourceName = derived ? (unitResult.data?.metric?.name ?? sourceKey) : metric.name;

  const { data, loading, error, refetch, fetchMore } = useObservations(sourceKey, range, filter);

  const connection = data?.observations;
  const rows: ObservationRow[] = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;

  const { loadMore, loadingMore, moreError } = useLoadMore(connection?.pageInfo.endCursor, (after) =>
    fetchMore({ variables: { after, first: OBSERVATIONS_PAGE_SIZE } }),
  );

  const exportCsv = () => downloadCsv(csvFilename(sourceKey), observationsToCsv(rows));

  return (
    <Panel
      title={t('observations.title')}
      titleId={titleId}
      actions={
        <>
          {derived && (
            <div className="field field--inline">
              <label htmlFor={`${id}-input`}>{t('observations.input')}</label>
              <select id={`${id}-input`} data-testid="observations-input" value={sourceKey} onChange={(e) => onInputChange(e.target.value)}>
                {metric.inputs.map((key) => (
                  <option key={key} value={key}>
                    {key}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button
            type="button"
            className="button"
            onClick={exportCsv}
            disabled={rows.length === 0}
            data-testid="export-csv"
            title={t('observations.exportHint', { count: rows.length })}
          >
            <Icon name="download" size={14} />
            {t('observations.export')}
          </button>
        </>
      }
      hint={derived && t('observations.derivedHint')}
      loading={loading}
      data={connection}
      refreshing={loading && !!connection && !loadingMore}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={
        <div aria-hidden="true">
          <RowSkeletons count={6} />
        </div>
      }
      isEmpty={rows.length === 0}
    >
      {(connection) => (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
            <table className="data-table" data-testid="observations-table" data-rows={rows.length}>
              <caption className="sr-only">{t('observations.caption', { name: sourceName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('observations.at')}</th>
                  <th scope="col" className="num">
                    {t('observations.value')}
                  </th>
                  <th scope="col">{t('observations.dimensions')}</th>
                  <th scope="col">{t('observations.source')}</th>
                  <th scope="col">{t('observations.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-testid="observation-row">
                    <td>
                      <time dateTime={row.at}>{fmt.dateTime(row.at)}</time>
                    </td>
                    <td className="num">{sourceUnit ? fmt.value(row.value, sourceUnit) : row.value}</td>
                    <td>
                      <span className={styles.dims}>
                        {Object.entries(row.dimensions ?? {}).map(([k, v]) => (
                          <span key={k} className={styles.dim}>
                            <span className={styles.dimKey}>{labels.name(k)}</span> {labels.value(k, String(v))}
                          </span>
                        ))}
                      </span>
                    </td>
                    <td>{row.source ?? t('kpi.noValue')}</td>
                    <td>
                      <time dateTime={row.updatedAt}>{fmt.dateTime(row.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label={t('observations.title')}
            shown={rows.length}
            total={total}
            hasMore={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            error={moreError}
            onLoadMore={() => void loadMore()}
            testId="observations-pager"
          />
        </>
      )}
    </Panel>
  );
}
