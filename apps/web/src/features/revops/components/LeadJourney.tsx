import { Link } from 'react-router-dom';
import type { LeadQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { metricPath } from '../../../shared/url/paths';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { journeyReason } from '../lib/journeyReason';
import styles from './LeadJourney.module.css';

/** The events whose dot on the timeline is coloured. */
const EVENT_CLASS: Partial<Record<string, string>> = { SLA_BREACHED: styles.journeyEventSlaBreached, SLA_MET: styles.journeyEventSlaMet };

type LeadDetail = NonNullable<LeadQuery['lead']>;
type JourneyEvent = LeadDetail['journey'][number];

/** A lead's journey in order: who did what when, from → to, why, and which metrics it counted in. */
export function LeadJourney({ lead }: { lead: LeadDetail }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const labels = useDimensionLabels();
  const policyName = (key: unknown, fallback: unknown) => lead.slaClocks.find((c) => c.policy.key === key)?.policy.name ?? String(fallback ?? key);

  const title = (event: JourneyEvent): string => {
    const { details } = event;
    switch (event.kind) {
      case 'ASSIGNED':
        return t('journey.ASSIGNED', { rep: event.assigneeName ?? '' });
      case 'CONTACTED':
        return t('journey.CONTACTED', { kind: t(`contact.${String(details.contactKind)}` as MessageKey) });
      case 'TRANSITIONED':
        return t('journey.TRANSITIONED', { from: t(`stage.${event.fromStatus ?? 'NEW'}`), to: t(`stage.${event.toStatus ?? 'NEW'}`) });
      case 'SLA_MET':
      case 'SLA_BREACHED':
        return t(`journey.${event.kind}`, { policy: policyName(details.policy, details.policyName) });
      default:
        return t(`journey.${event.kind}`);
    }
  };

  const reason = (event: JourneyEvent): string | null => {
    const found = journeyReason(event, lead, fmt.dateTime, labels.value);
    if (!found) return null;
    return 'note' in found ? found.note : t(found.key, found.vars);
  };

  return (
    <ol className={styles.journey} data-testid="lead-journey">
      {lead.journey.map((event) => (
        <li key={event.id} className={`${styles.journeyEvent} ${EVENT_CLASS[event.kind] ?? ''}`} data-testid="journey-event" data-kind={event.kind}>
          <time dateTime={event.at} className={styles.journeyTime}>
            {fmt.dateTime(event.at)}
          </time>
          <div className="journey__body">
            <span className={styles.journeyTitle}>{title(event)}</span>
            <span className="muted"> {t('journey.by', { actor: event.actorName })}</span>
            <Reason text={reason(event)} />
            {event.contributions.length > 0 && (
              <p className={`${styles.journeyCounts} muted`}>
                {t('journey.counts')}{' '}
                {event.contributions.map((c, i) => (
                  <span key={c.metricKey}>
                    {i > 0 && ', '}
                    <Link to={metricPath(c.metricKey)}>{c.metricKey}</Link>
                  </span>
                ))}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Reason({ text }: { text: string | null }) {
  return text ? <p className={styles.journeyReason}>{text}</p> : null;
}
