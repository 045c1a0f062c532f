import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { RangeInput } from '../../gql/graphql';
import { useTimeZone } from '../format/TimeZoneContext';
import { DEFAULT_VIEW, parseViewState, toRangeInput, viewKey, writeViewState, type ViewState } from './viewState';

export interface ViewStateApi extends ViewState {
  setView: (patch: Partial<ViewState>) => void;
  /** GraphQL variables derived from the view. */
  rangeInput: RangeInput;
  key: string;
}

export function useViewState(): ViewStateApi {
  const [params, setParams] = useSearchParams();
  const timeZone = useTimeZone();
  const state = useMemo(() => parseViewState(params), [params]);

  const setView = useCallback(
    (patch: Partial<ViewState>) => {
      setParams((current) => writeViewState(current, { ...parseViewState(current), ...patch }));
    },
    [setParams],
  );

  // One object per range, not per URL change (a filter or granularity keeps it), so hooks can depend on it: keyed
  // by the range's own URL form.
  const rangeParams = writeViewState(new URLSearchParams(), { ...DEFAULT_VIEW, range: state.range }).toString();
  const rangeInput = useMemo(
    () => toRangeInput(parseViewState(new URLSearchParams(rangeParams)).range, timeZone),
    [rangeParams, timeZone],
  );

  return { ...state, setView, rangeInput, key: viewKey(state) };
}
