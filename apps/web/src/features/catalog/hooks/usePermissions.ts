import { useMemo } from 'react';
import { canAdminister, canEdit, userGrant, type Department, type Grant } from '@opshub/metrics';
import { useViewer } from '../../auth/hooks/useViewer';

export interface Permissions {
  /** Targets (and the other things a department owns) of metrics of this department. */
  editsTargetsOf: (department: Department) => boolean;
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
      editsTargetsOf: (department) => grant !== null && canEdit(grant, department, 'TARGET'),
      editsCatalog: grant !== null && canAdminister(grant),
    };
  }, [viewer]);
}
