import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { WorkflowRecordChangedSubscription, WorkflowRecordQuery } from '../graphql/workflows';

/** An onboarding case, ticket or renewal with its journey and SLA clocks, refetched whenever the server says it changed. */
export function useWorkflowRecord(id: string) {
  const { language: locale } = useI18n();
  const result = useQuery(WorkflowRecordQuery, { variables: { id, locale } });
  const { subscribeToMore, refetch } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: WorkflowRecordChangedSubscription,
        variables: { id },
        updateQuery: () => {
          refetch().catch(() => {});
          return undefined;
        },
        onError: () => {},
      }),
    [subscribeToMore, refetch, id],
  );

  return result;
}
