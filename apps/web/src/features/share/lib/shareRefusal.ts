import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isUnauthenticated } from '../../../shared/api/errors';

export type ShareRefusal = 'REVOKED' | 'EXPIRED' | 'UNKNOWN';

function refusalIn(extensions: Record<string, unknown> | undefined): ShareRefusal | null {
  const reason = extensions?.reason;
  return reason === 'REVOKED' || reason === 'EXPIRED' || reason === 'UNKNOWN' ? reason : null;
}

/** Why the server refuses a share link (`extensions.reason` of its UNAUTHENTICATED answer); null for any other error. */
export function shareRefusal(error: unknown): ShareRefusal | null {
  if (CombinedGraphQLErrors.is(error)) {
    for (const gqlError of error.errors) {
      const reason = refusalIn(gqlError.extensions);
      if (reason) return reason;
    }
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
      const reason = body.errors?.map((e) => refusalIn(e.extensions)).find(Boolean);
      if (reason) return reason;
    } catch {
      // Not a GraphQL answer: classified below.
    }
  }
  return isUnauthenticated(error) ? 'UNKNOWN' : null;
}
