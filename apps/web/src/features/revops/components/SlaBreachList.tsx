import { Link, useLocation } from 'react-router-dom';
import type { RangeInput, SlaBreachFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useInitialIds, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { Icon } from '../../../shared/ui/Icon';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { leadPath } from '../../../shared/url/paths';
import { useSlaBreaches } from '../hooks/useSlaBreaches';
import styles from './SlaBreachList.module.css';

/** The latest SLA breaches, a new one appearing at the top as soon as the server detects it. */
export function SlaBreachList({ range }: { range: RangeInput }) {
  const { data, loading, error, refetch } = useSlaBreaches(range);
  return <SlaBreachPanel breaches={data?.slaBreaches} loading={loading} error={error} onRetry={() => void refetch().catch(() => {})} />;
}

interface PanelProps {
  breaches: readonly SlaBreachFieldsFragment[] | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** A shared screen: the lead page would not open there, so leads are named without a link. */
  shared?: boolean;
}

/** SLA breaches as listed on the RevOps dashboard and in a dashboard's SLA breach widget. */
export function SlaBreachPanel({ breaches, loading, error, onRetry, shared = false }: PanelProps) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  const now = useNow(15_000);
  const location = useLocation();
  // Breaches already listed when the panel loaded are not news; the ones pushed later are highlighted.
  const known = useInitialIds(breaches?.map((b) => b.id));

  return (
    <Panel
      title={t('revops.breaches.title')}
      hint={t('revops.breaches.hint')}
      data={breaches ?? undefined}
      loading={loading}
      error={error}
      onRetry={onRetry}
      skeleton={<RowSkeletons count={4} />}
      isEmpty={breaches?.length === 0}
      emptyState={<p className="muted" data-testid="empty-state">{t('revops.breaches.empty')}</p>}
      data-testid="sla-breaches"
    >
      {(breaches) => (
        <ul className={styles.breachList} aria-live="polite">
          {breaches.map((breach) => (
            <li
              key={breach.id}
              className={known?.has(breach.id) ? styles.breach : `${styles.breach} ${styles.breachNew}`}
              data-testid="sla-breach"
              data-lead-id={breach.lead.id}
              data-policy={breach.policy.key}
            >
              <Icon name="alert" size={16} className={styles.breachIcon} />
              <div className={styles.breachBody}>
                <span className={styles.breachPolicy}>{breach.policy.name}</span>
                {shared ? (
                  <span>{breach.lead.name ?? t('leads.unnamed')}{breach.lead.company && ` · ${breach.lead.company}`}</span>
                ) : (
                  <Link to={leadPath(breach.lead.id)} state={{ from: `${location.pathname}${location.search}` }}>
                    {breach.lead.name ?? t('leads.unnamed')}
                    {breach.lead.company && ` · ${breach.lead.company}`}
                  </Link>
                )}
                <span className="muted">
                  {labels.value('region', breach.lead.region)} · {breach.lead.owner?.name ?? t('leads.unassigned')}
                </span>
              </div>
              <time className={`${styles.breachTime} muted`} dateTime={breach.dueAt}>
                {t('revops.breaches.due', { time: fmt.dateTime(breach.dueAt, 'relative', now) })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
