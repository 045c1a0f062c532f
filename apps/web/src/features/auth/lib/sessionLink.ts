import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '../../../shared/api/errors';
import type { SessionStore } from './sessionStore';

/** Any answer saying "not signed in" (401 / UNAUTHENTICATED) ends the session the app believed it had. */
export function sessionErrorLink(session: SessionStore): ErrorLink {
  return new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) session.expire();
  });
}
