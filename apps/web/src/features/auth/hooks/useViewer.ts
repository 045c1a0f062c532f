import type { Viewer } from '../lib/sessionStore';
import { useSession } from './useSession';

/** The signed-in user; null on the way in or out. */
export function useViewer(): Viewer | null {
  const { session } = useSession();
  return session.status === 'signedIn' || session.status === 'signingOut' ? session.viewer : null;
}
