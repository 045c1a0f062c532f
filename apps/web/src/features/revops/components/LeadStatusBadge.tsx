import type { LeadStatus } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { StatusChip, type DisplayStatus } from '../../../shared/ui/StatusBadge';

const TONE: Record<LeadStatus, DisplayStatus> = {
  NEW: 'NONE', MQL: 'NONE', SQL: 'NONE', OPPORTUNITY: 'AT_RISK', WON: 'ON_TRACK', LOST: 'OFF_TRACK', DISQUALIFIED: 'NO_DATA',
};

/** A lead's status as text on a tone: closed outcomes stand out, open stages stay neutral. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useI18n();
  return (
    <StatusChip tone={TONE[status]} data-testid="lead-status" data-status={status}>
      {t(`stage.${status}`)}
    </StatusChip>
  );
}
