import type { LeadStatus } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';

const TONE: Record<LeadStatus, string> = {
  NEW: 'none', MQL: 'none', SQL: 'none', OPPORTUNITY: 'at-risk', WON: 'on-track', LOST: 'off-track', DISQUALIFIED: 'no-data',
};

/** A lead's status as text on a tone: closed outcomes stand out, open stages stay neutral. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status--${TONE[status]}`} data-testid="lead-status" data-status={status}>
      {t(`stage.${status}`)}
    </span>
  );
}
