import { useState } from 'react';

/**
 * "Load more" for a cursor-paged list: fetches the page after `endCursor` and tracks its own loading and
 * error, apart from the first page's (so a failed next page keeps the rows already shown).
 */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchPage(endCursor);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return { loadMore, loadingMore, moreError };
}
