import { createContext } from 'react';
import type { SessionSnapshot } from '../lib/sessionStore';

export interface SessionValue {
  session: SessionSnapshot;
  /** Rejects with the server's error (wrong password, too many attempts) for the form to show. */
  signIn: (email: string, password: string) => Promise<void>;
  /** Rejects when the server could not be told, and then stays signed in. */
  signOut: () => Promise<void>;
  /** Asks `viewer` again, after it could not be loaded. */
  reload: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);
