import { useId, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { DimensionFilterInput, RangeInput } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { Pager } from '../../../shared/ui/Pager';
import { RowSkeletons } from '../../../shared/ui/States';
import { useLeads } from '../hooks/useLeads';
import { LeadTable } from './LeadTable';

interface Props {
  metric: { key: string; name: string; inputs: readonly string[] };
  range: RangeInput;
  filter: DimensionFilterInput[] | undefined;
}

/**
 * For a metric computed from lead records: the leads whose events produced the number on screen, in the same
 * period and slice; for a ratio, those of all its inputs or of one of them.
 */
export function LeadsPanel({ metric, range, filter }: Props) {
  const { t } = useI18n();
  const id = useId();
  const location = useLocation();
  const [input, setInput] = useState('');
  const key = input && metric.inputs.includes(input) ? input : metric.key;
  const leadFilter = useMemo(() => ({ metric: { key, range, filter } }), [key, range, filter]);
  const { connection, loading, error, refetch, loadMore, loadingMore, moreError } = useLeads(leadFilter);
  const leads = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Panel
      title={t('leads.title')}
      actions={
        metric.inputs.length > 0 && (
          <div className="field field--inline">
            <label htmlFor={`${id}-input`}>{t('leads.of')}</label>
            <select id={`${id}-input`} data-testid="leads-input" value={input} onChange={(e) => setInput(e.target.value)}>
              <option value="">{t('leads.allInputs')}</option>
              {metric.inputs.map((inputKey) => (
                <option key={inputKey} value={inputKey}>
                  {inputKey}
                </option>
              ))}
            </select>
          </div>
        )
      }
      hint={t('leads.hint')}
      loading={loading}
      data={connection}
      refreshing={loading && !!connection && !loadingMore}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={
        <div aria-hidden="true">
          <RowSkeletons count={5} />
        </div>
      }
      isEmpty={leads.length === 0}
      data-testid="leads-panel"
    >
      {(connection) => (
        <>
          <LeadTable leads={leads} caption={t('leads.caption', { name: metric.name })} from={`${location.pathname}${location.search}`} />
          <Pager
            label={t('leads.title')}
            shown={leads.length}
            total={connection.totalCount}
            hasMore={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            error={moreError}
            onLoadMore={() => void loadMore()}
            testId="leads-pager"
          />
        </>
      )}
    </Panel>
  );
}
