import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { RangeInput, SlaBreachFieldsFragment, WorkflowBreachFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useInitialIds, useNow } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { Icon } from '../../../shared/ui/Icon';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { leadPath, workflowRecordPath } from '../../../shared/url/paths';
import { useSlaBreaches } from '../hooks/useSlaBreaches';
import styles from './SlaBreachList.module.css';

/** The latest SLA breaches, a new one appearing at the top as soon as the server detects it. */
export function SlaBreachList({ range }: { range: RangeInput }) {
  const { data, loading, error, refetch } = useSlaBreaches(range);
  return <SlaBreachPanel breaches={data?.slaBreaches} loading={loading} error={error} onRetry={() => void refetch().catch(() => {})} />;
}

interface PanelProps {
  breaches: readonly SlaBreachFieldsFragment[] | null | undefined;
  /** Breached deadlines of other workflows (onboarding, tickets, renewals), listed with the leads' by deadline. */
  workflowBreaches?: readonly WorkflowBreachFieldsFragment[] | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** A shared screen: the lead and record pages would not open there, so they are named without a link. */
  shared?: boolean;
}

type Row = { kind: 'LEAD'; breach: SlaBreachFieldsFragment } | { kind: 'WORKFLOW'; breach: WorkflowBreachFieldsFragment };

/** SLA breaches as listed on the RevOps dashboard and in a dashboard's SLA breach widget: latest deadline first. */
export function SlaBreachPanel({ breaches, workflowBreaches, loading, error, onRetry, shared = false }: PanelProps) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  const now = useNow(15_000);
  const location = useLocation();
  const rows = useMemo<Row[] | undefined>(() => {
    if (!breaches && !workflowBreaches) return undefined;
    const all: Row[] = [
      ...(breaches ?? []).map((breach) => ({ kind: 'LEAD' as const, breach })),
      ...(workflowBreaches ?? []).map((breach) => ({ kind: 'WORKFLOW' as const, breach })),
    ];
    return workflowBreaches?.length ? all.sort((a, b) => Date.parse(b.breach.dueAt) - Date.parse(a.breach.dueAt)) : all;
  }, [breaches, workflowBreaches]);
  // Breaches already listed when the panel loaded are not news; the ones pushed later are highlighted.
  const known = useInitialIds(rows?.map((row) => `${row.kind}:${row.breach.id}`));
  const from = { from: `${location.pathname}${location.search}` };

  return (
    <Panel
      title={t('revops.breaches.title')}
      hint={t('revops.breaches.hint')}
      data={rows}
      loading={loading}
      error={error}
      onRetry={onRetry}
      skeleton={<RowSkeletons count={4} />}
      isEmpty={rows?.length === 0}
      emptyState={<p className="muted" data-testid="empty-state">{t('revops.breaches.empty')}</p>}
      data-testid="sla-breaches"
    >
      {(rows) => (
        <ul className={styles.breachList} aria-live="polite">
          {rows.map((row) => {
            const { breach } = row;
            const key = `${row.kind}:${breach.id}`;
            const name = row.kind === 'LEAD'
              ? `${row.breach.lead.name ?? t('leads.unnamed')}${row.breach.lead.company ? ` · ${row.breach.lead.company}` : ''}`
              : recordName(row.breach.record, t(`wf.workflow.${row.breach.record.workflow}`));
            const path = row.kind === 'LEAD' ? leadPath(row.breach.lead.id) : workflowRecordPath(row.breach.record.id);
            return (
              <li
                key={key}
                className={known?.has(key) ? styles.breach : `${styles.breach} ${styles.breachNew}`}
                data-testid="sla-breach"
                {...(row.kind === 'LEAD' ? { 'data-lead-id': row.breach.lead.id } : { 'data-record-id': row.breach.record.id, 'data-workflow': row.breach.record.workflow })}
                data-policy={breach.policy.key}
              >
                <Icon name="alert" size={16} className={styles.breachIcon} />
                <div className={styles.breachBody}>
                  <span className={styles.breachPolicy}>{breach.policy.name}</span>
                  {shared ? <span>{name}</span> : <Link to={path} state={from}>{name}</Link>}
                  <span className="muted">
                    {row.kind === 'LEAD'
                      ? `${labels.value('region', row.breach.lead.region)} · ${row.breach.lead.owner?.name ?? t('leads.unassigned')}`
                      : `${t(`wf.workflow.${row.breach.record.workflow}`)} · ${t(`wf.state.${row.breach.record.state}` as MessageKey)}`}
                  </span>
                </div>
                <time className={`${styles.breachTime} muted`} dateTime={breach.dueAt}>
                  {t('revops.breaches.due', { time: fmt.dateTime(breach.dueAt, 'relative', now) })}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

/** A record as a breach list names it: its title, else its account, else its workflow and external id (a share link has none). */
function recordName(record: WorkflowBreachFieldsFragment['record'], workflowName: string): string {
  return record.title ?? record.account ?? (record.externalId ? `${workflowName} ${record.externalId}` : workflowName);
}
