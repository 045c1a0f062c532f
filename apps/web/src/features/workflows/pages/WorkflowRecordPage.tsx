import { Fragment } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { BackLink } from '../../../shared/ui/BackLink';
import { MetaList } from '../../../shared/ui/MetaList';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, ErrorState, LoadingBar, Skeleton } from '../../../shared/ui/States';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import { dashboardPath } from '../../../shared/url/paths';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { SlaClockNote } from '../../revops/components/SlaClockNote';
import { CountedIn } from '../components/CountedIn';
import { useWorkflowRecord } from '../hooks/useWorkflowRecord';
import styles from './WorkflowRecordPage.module.css';

const PERCENT = { kind: 'PERCENT' } as const;

/** One onboarding case, ticket or renewal: where it stands, its SLA clocks, its journey, and the KPIs it counted in. */
export default function WorkflowRecordPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const fmt = useFormat();
  const now = useNow();
  const location = useLocation();
  const labels = useDimensionLabels();
  const { data, loading, error, refetch } = useWorkflowRecord(id);
  const record = data?.workflowRecord ?? null;
  const stateName = (state: string) => t(`wf.state.${state}` as MessageKey);
  const title = record ? (record.title ?? record.account ?? t(`wf.workflow.${record.workflow}`)) : t('wf.loading');
  useDocumentTitle(title);
  const backTo = (location.state as { from?: string } | null)?.from ?? dashboardPath('customer-success');
  const back = <BackLink to={backTo}>{t('wf.back')}</BackLink>;

  if (!record) {
    return (
      <div className="page" role={loading ? 'status' : undefined} aria-label={loading ? t('wf.loading') : undefined}>
        {back}
        {loading && <Skeleton variant="title" />}
        {loading && <Skeleton variant="panel" />}
        {!loading && error && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} />}
        {!loading && !error && <EmptyState title={t('wf.notFound')} hint={t('error.NOT_FOUND')} />}
      </div>
    );
  }

  // Every metric an event of the record added to, with the total it added.
  const counted = new Map<string, number>();
  for (const event of record.journey) for (const c of event.contributions) counted.set(c.metricKey, (counted.get(c.metricKey) ?? 0) + c.value);
  const facts: Array<[MessageKey, string | null]> = [
    ['wf.account', record.account],
    ['wf.segment', record.segment && labels.value('segment', record.segment)],
    ['wf.priority', record.priority && labels.value('priority', record.priority)],
    ['wf.category', record.category && labels.value('category', record.category)],
    ['wf.owner', record.owner],
    ['wf.opened', fmt.dateTime(record.openedAt)],
    ['wf.renewalDate', record.renewalDate ? fmt.dateTime(record.renewalDate, 'date') : null],
    ['wf.expansion', record.amount == null ? null : fmt.value(record.amount, { kind: 'CURRENCY', currency: 'USD' })],
    ['wf.externalId', record.externalId],
  ];
  return (
    <div className="page" data-testid="workflow-record-page" data-record-id={record.id} aria-busy={loading}>
      <LoadingBar active={loading} />
      {back}
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{title}</h1>
          <MetaList>
            <li>{t(`wf.workflow.${record.workflow}`)}</li>
            <li data-testid="workflow-state">{stateName(record.state)}</li>
          </MetaList>
        </div>
      </header>
      {error && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />}

      <div className={styles.layout}>
        <div className={styles.side}>
          <Panel title={t('wf.details')}>
            <dl className={styles.facts}>
              {facts.filter(([, value]) => value !== null).map(([key, value]) => (
                <Fragment key={key}>
                  <dt>{t(key)}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
            </dl>
          </Panel>

          {record.slaClocks.length > 0 && (
            <Panel title={t('wf.sla')}>
              <ul className={styles.list}>
                {record.slaClocks.map((clock) => (
                  <li key={clock.id} data-testid="sla-clock" data-state={clock.state}>
                    <span>
                      {clock.policy.name} <span className="muted">· {t('wf.slaTarget', { value: fmt.value(clock.policy.target, PERCENT) })}</span>
                    </span>
                    <StatusChip tone={clock.state === 'BREACHED' ? 'OFF_TRACK' : clock.state === 'MET' ? 'ON_TRACK' : 'NONE'}>{t(`lead.slaState.${clock.state}`)}</StatusChip>
                    <SlaClockNote clock={clock} now={now} />
                  </li>
                ))}
              </ul>
            </Panel>
          )}

          <Panel title={t('wf.countedIn')} data-testid="counted-in">
            <CountedIn counted={counted} />
          </Panel>
        </div>

        <Panel title={t('wf.journey')}>
          <ol className={styles.list} data-testid="workflow-journey">
            {record.journey.map((event) => (
              <li key={event.id} data-kind={event.kind}>
                <span>
                  {event.kind === 'TRANSITIONED' && event.fromState && event.toState
                    ? t('wf.event.TRANSITIONED', { from: stateName(event.fromState), to: stateName(event.toState) })
                    : event.kind === 'CREATED' && event.toState
                      ? t('wf.event.CREATED', { state: stateName(event.toState) })
                      : t(`wf.event.${event.kind}` as MessageKey)}
                  {event.reason && <span className="muted"> · {event.reason}</span>}
                </span>
                <span className="muted">
                  {t('wf.by', { actor: event.actor })} · <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
                </span>
              </li>
            ))}
          </ol>
        </Panel>
      </div>
    </div>
  );
}
