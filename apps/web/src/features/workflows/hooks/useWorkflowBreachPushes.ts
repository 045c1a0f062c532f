import { useSubscription } from '@apollo/client/react';
import type { SlaWorkflow, WorkflowBreachFieldsFragment } from '../../../gql/graphql';
import { usePushedItems } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { WorkflowSlaBreachedSubscription } from '../graphql/workflows';

/**
 * The workflow deadlines the server finds breached while the caller is mounted, newest first, of `workflows` only
 * (none when `skip`). It follows every workflow the reader may read and keeps the asked ones, so a list naming a
 * workflow the reader may not read still follows the others.
 */
export function useWorkflowBreachPushes(workflows: readonly SlaWorkflow[], skip: boolean): WorkflowBreachFieldsFragment[] {
  const { language: locale } = useI18n();
  const [pushed, push] = usePushedItems<WorkflowBreachFieldsFragment>();
  useSubscription(WorkflowSlaBreachedSubscription, {
    variables: { locale },
    skip,
    onData: ({ data }) => {
      const breach = data.data?.workflowSlaBreached;
      if (breach && workflows.includes(breach.record.workflow)) push(breach);
    },
  });
  return pushed;
}
