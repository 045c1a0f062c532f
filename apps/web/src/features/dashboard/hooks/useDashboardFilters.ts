import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DimensionFilterInput } from '../../../gql/graphql';
import { parseFilters, toFilterInput, writeFilters, type DimensionFilter } from '../../../shared/url/filters';

export interface DashboardFilters {
  filters: DimensionFilter[];
  /** The GraphQL `filter` argument: undefined without filters; one object per URL form, so hooks may depend on it. */
  input: DimensionFilterInput[] | undefined;
  setFilters: (filters: readonly DimensionFilter[]) => void;
}

/** A dashboard's dimension filters live in the query string (`f=region:EMEA`) like its range: bookmarkable, kept on reload. */
export function useDashboardFilters(): DashboardFilters {
  const [params, setParams] = useSearchParams();
  // Keyed by the filters' own URL form: another parameter changing (the range) keeps the same objects.
  const urlForm = new URLSearchParams(params.getAll('f').map((value) => ['f', value])).toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(urlForm)), [urlForm]);
  const input = useMemo(() => toFilterInput(filters), [filters]);
  const setFilters = useCallback(
    (next: readonly DimensionFilter[]) => setParams((current) => writeFilters(current, next)),
    [setParams],
  );
  return { filters, input, setFilters };
}
