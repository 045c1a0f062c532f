import { useMemo } from 'react';
import { canAdminister, canEditOwned, userGrant, type Grant, type Owned } from '@opshub/metrics';
import { useViewer } from '../../auth/hooks/useViewer';

export interface Permissions {
  /** Targets (and the other things a department owns) of a metric: of the user's departments or shared with one of them. */
  editsTargetsOf: (metric: Owned) => boolean;
  /** The metric catalog: ADMIN only. */
  editsCatalog: boolean;
}

/** What the signed-in user may change, by the same rules the server enforces (the app only hides what it would refuse). */
export function usePermissions(): Permissions {
  const viewer = useViewer();
  return useMemo(() => {
    let grant: Grant | null = null;
    try {
      grant = viewer?.role ? userGrant(viewer.role, viewer.departments ?? []) : null;
    } catch {
      grant = null;
    }
    return {
      editsTargetsOf: (metric) => grant !== null && canEditOwned(grant, metric, 'TARGET'),
      editsCatalog: grant !== null && canAdminister(grant),
    };
  }, [viewer]);
}
