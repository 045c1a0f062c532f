import { useSubscription } from '@apollo/client/react';
import type { SlaBreachFieldsFragment } from '../../../gql/graphql';
import { usePushedItems } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { SlaBreachedSubscription } from '../graphql/revops';

/**
 * The SLA breaches the server pushes while the caller is mounted, newest first (none when `skip`): what a list
 * read once (a dashboard widget's) puts on top to stay live.
 */
export function useSlaBreachPushes(skip: boolean): SlaBreachFieldsFragment[] {
  const { language: locale } = useI18n();
  const [pushed, push] = usePushedItems<SlaBreachFieldsFragment>();
  useSubscription(SlaBreachedSubscription, {
    variables: { locale },
    skip,
    onData: ({ data }) => {
      const breach = data.data?.slaBreached;
      if (breach) push(breach);
    },
  });
  return pushed;
}
