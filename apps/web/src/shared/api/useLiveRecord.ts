import { useEffect } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n';

type RecordVariables = { id: string | number; locale?: string | null };
type ChangedVariables = { id?: string | number | null };

/**
 * A record (a lead, a workflow record) in the reader's language, read again whenever the server says it changed:
 * the event only names the record, its journey and clocks come from the query.
 */
export function useLiveRecord<TData>(query: TypedDocumentNode<TData, RecordVariables>, changed: TypedDocumentNode<unknown, ChangedVariables>, id: string) {
  const { language: locale } = useI18n();
  const result = useQuery(query, { variables: { id, locale } });
  const { subscribeToMore, refetch } = result;

  useEffect(
    () =>
      subscribeToMore({
        document: changed,
        variables: { id },
        updateQuery: () => {
          refetch().catch(() => {});
          return undefined;
        },
        onError: () => {},
      }),
    [subscribeToMore, refetch, changed, id],
  );

  return result;
}
