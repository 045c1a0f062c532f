import { useContext, useMemo } from 'react';
import { userGrant, type Grant } from '@opshub/metrics';
import { SessionContext } from '../components/SessionContext';

/**
 * The signed-in user's grant as the server computes it, so the app hides what the access rules refuse (the
 * server refuses it anyway). null without a signed-in user (also outside a session provider, where nothing is
 * editable), or for a user the rules do not accept.
 */
export function useGrant(): Grant | null {
  const session = useContext(SessionContext)?.session;
  const viewer = session?.status === 'signedIn' ? session.viewer : null;
  return useMemo(() => {
    if (!viewer?.role) return null;
    try {
      return userGrant(viewer.role, viewer.departments ?? []);
    } catch {
      return null;
    }
  }, [viewer]);
}
