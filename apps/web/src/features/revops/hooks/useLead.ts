import { useLiveRecord } from '../../../shared/api/useLiveRecord';
import { LeadChangedSubscription, LeadQuery } from '../graphql/revops';

/** A lead with its journey, refetched whenever the server says it changed. */
export function useLead(id: string) {
  return useLiveRecord(LeadQuery, LeadChangedSubscription, id);
}
