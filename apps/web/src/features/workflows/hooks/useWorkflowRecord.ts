import { useLiveRecord } from '../../../shared/api/useLiveRecord';
import { WorkflowRecordChangedSubscription, WorkflowRecordQuery } from '../graphql/workflows';

/** An onboarding case, ticket or renewal with its journey and SLA clocks, refetched whenever the server says it changed. */
export function useWorkflowRecord(id: string) {
  return useLiveRecord(WorkflowRecordQuery, WorkflowRecordChangedSubscription, id);
}
