import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseDrillState, writeDrillState, type DrillState } from '../lib/drillState';

export function useDrillState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseDrillState(params), [params]);
  const setDrill = useCallback(
    (patch: Partial<DrillState>) =>
      setParams((current) => writeDrillState(current, { ...parseDrillState(current), ...patch }), { replace: false }),
    [setParams],
  );
  return { ...state, setDrill };
}
