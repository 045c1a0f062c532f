import { useLocation, useParams } from 'react-router-dom';
import { useFormat } from '../../../shared/format/useFormat';
import { useDocumentTitle, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { BackLink } from '../../../shared/ui/BackLink';
import { MetaList } from '../../../shared/ui/MetaList';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, ErrorState, LoadingBar, Skeleton } from '../../../shared/ui/States';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import { dashboardPath, REVOPS_SLUG } from '../../../shared/url/paths';
import { LeadJourney } from '../components/LeadJourney';
import { LeadStatusBadge } from '../components/LeadStatusBadge';
import { useLead } from '../hooks/useLead';
import { SlaClockNote } from '../components/SlaClockNote';
import styles from './LeadPage.module.css';

const COUNT = { kind: 'COUNT' } as const;

/** One lead: where it stands, why it scored what it did, its opportunity and SLAs, and its whole journey. */
export default function LeadPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  const now = useNow();
  const location = useLocation();
  const { data, loading, error, refetch } = useLead(id);
  const lead = data?.lead ?? null;
  useDocumentTitle(lead ? (lead.name ?? t('leads.unnamed')) : t('lead.loading'));
  const backTo = (location.state as { from?: string } | null)?.from ?? dashboardPath(REVOPS_SLUG);
  const back = <BackLink to={backTo}>{t('lead.back')}</BackLink>;

  if (!lead) {
    return (
      <div className="page" role={loading ? 'status' : undefined} aria-label={loading ? t('lead.loading') : undefined}>
        {back}
        {loading && <Skeleton variant="title" />}
        {loading && <Skeleton variant="panel" />}
        {!loading && error && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} />}
        {!loading && !error && <EmptyState title={t('lead.notFound')} hint={t('error.NOT_FOUND')} />}
      </div>
    );
  }

  const currency = { kind: 'CURRENCY' as const, currency: lead.opportunity?.currency ?? 'USD' };
  return (
    <div className="page" data-testid="lead-page" data-lead-id={lead.id} aria-busy={loading}>
      <LoadingBar active={loading} />
      {back}
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{lead.name ?? t('leads.unnamed')}</h1>
          <MetaList>
            <li>
              <LeadStatusBadge status={lead.status} />
            </li>
            <li>{lead.owner?.name ?? t('leads.unassigned')}</li>
            <li>{t('lead.scoreTotal', { value: fmt.value(lead.score, COUNT) })}</li>
          </MetaList>
        </div>
      </header>
      {error && <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />}

      <div className={styles.leadLayout}>
        <div className={styles.leadLayoutSide}>
          <Panel title={t('lead.details')}>
            <dl className={styles.facts}>
              <dt>{t('lead.company')}</dt>
              <dd>{lead.company ?? t('kpi.noValue')}</dd>
              <dt>{t('lead.email')}</dt>
              <dd>{lead.email ?? t('kpi.noValue')}</dd>
              <dt>{t('lead.companySize')}</dt>
              <dd>{fmt.value(lead.companySize, COUNT)}</dd>
              <dt>{t('leads.channel')}</dt>
              <dd>{labels.value('channel', lead.channel)}</dd>
              <dt>{t('lead.campaign')}</dt>
              <dd>{lead.campaign ? labels.value('campaign', lead.campaign) : t('kpi.noValue')}</dd>
              <dt>{t('leads.region')}</dt>
              <dd>{labels.value('region', lead.region)}</dd>
              <dt>{t('leads.segment')}</dt>
              <dd>{labels.value('segment', lead.segment)}</dd>
              <dt>{t('leads.created')}</dt>
              <dd>{fmt.dateTime(lead.createdAt)}</dd>
              <dt>{t('lead.firstContact')}</dt>
              <dd>{lead.firstContactAt ? fmt.dateTime(lead.firstContactAt) : t('lead.notContacted')}</dd>
              {lead.externalId && (
                <>
                  <dt>{t('lead.externalId')}</dt>
                  <dd>{lead.externalId}</dd>
                </>
              )}
            </dl>
          </Panel>

          <Panel title={t('lead.scoreBreakdown')} data-testid="score-breakdown">
            {lead.scoreBreakdown.length === 0 ? (
              <p className="muted">{t('lead.noScore')}</p>
            ) : (
              <ul className={styles.scoreList}>
                {lead.scoreBreakdown.map((c) => (
                  <li key={c.rule}>
                    <span>
                      {c.name} <span className="muted">· {t(`lead.category.${c.category}`)}</span>
                    </span>
                    <span className="num">{c.points > 0 ? `+${c.points}` : c.points}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          {lead.opportunity && (
            <Panel title={t('lead.opportunity')}>
              <dl className={styles.facts}>
                <dt>{t('lead.amount')}</dt>
                <dd>{fmt.value(lead.opportunity.amount, currency)}</dd>
                <dt>{t('lead.opened')}</dt>
                <dd>{fmt.dateTime(lead.opportunity.openedAt, 'date')}</dd>
                {lead.opportunity.expectedCloseAt && (
                  <>
                    <dt>{t('lead.expectedClose')}</dt>
                    <dd>{fmt.dateTime(lead.opportunity.expectedCloseAt, 'date')}</dd>
                  </>
                )}
                {lead.opportunity.closedAt && (
                  <>
                    <dt>{t('lead.closed')}</dt>
                    <dd>{fmt.dateTime(lead.opportunity.closedAt, 'date')}</dd>
                  </>
                )}
                {lead.opportunity.closeReason && (
                  <>
                    <dt>{t('lead.closeReason')}</dt>
                    <dd>{lead.opportunity.closeReason}</dd>
                  </>
                )}
              </dl>
            </Panel>
          )}

          {lead.slaClocks.length > 0 && (
            <Panel title={t('lead.sla')}>
              <ul className={styles.slaClocks}>
                {lead.slaClocks.map((clock) => (
                  <li key={clock.id} data-testid="sla-clock" data-state={clock.state}>
                    <span>{clock.policy.name}</span>
                    <StatusChip tone={clock.state === 'BREACHED' ? 'OFF_TRACK' : clock.state === 'MET' ? 'ON_TRACK' : 'NONE'}>{t(`lead.slaState.${clock.state}`)}</StatusChip>
                    <SlaClockNote clock={clock} now={now} />
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </div>

        <Panel title={t('lead.journey')}>
          <LeadJourney lead={lead} />
        </Panel>
      </div>
    </div>
  );
}

