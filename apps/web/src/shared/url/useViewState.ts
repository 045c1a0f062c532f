import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { RangeInput } from '../../gql/graphql';
import { useTimeZone } from '../format/TimeZoneContext';
import { parseViewState, toRangeInput, viewKey, writeViewState, type ViewState } from './viewState';

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

  const rangeInput = useMemo(() => toRangeInput(state.range, timeZone), [state.range, timeZone]);

  return { ...state, setView, rangeInput, key: viewKey(state) };
}
