import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { MessageKey } from '../i18n';

export type ErrorKind = 'NETWORK' | 'NOT_FOUND' | 'BAD_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'SERVER' | 'UNKNOWN';

/** GraphQL `extensions.code` values (Apollo Server / graphql-yoga conventions and ours) → friendly categories. */
const CODE_KINDS: Record<string, ErrorKind> = {
  NOT_FOUND: 'NOT_FOUND',
  METRIC_NOT_FOUND: 'NOT_FOUND',
  DASHBOARD_NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_INPUT',
  BAD_REQUEST: 'BAD_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_INPUT',
  GRAPHQL_PARSE_FAILED: 'BAD_INPUT',
  VALIDATION_ERROR: 'BAD_INPUT',
  INVALID_RANGE: 'BAD_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'SERVER',
  SERVICE_UNAVAILABLE: 'SERVER',
};

function fromStatus(status: number): ErrorKind {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400 || status === 422) return 'BAD_INPUT';
  if (status >= 500) return 'SERVER';
  return 'UNKNOWN';
}

/** Classifies any error Apollo hands us; the raw message is never shown to the user. */
export function classifyError(error: unknown): ErrorKind {
  if (!error) return 'UNKNOWN';
  if (CombinedGraphQLErrors.is(error)) {
    for (const gqlError of error.errors) {
      const code = gqlError.extensions?.code;
      if (typeof code === 'string' && Object.hasOwn(CODE_KINDS, code)) return CODE_KINDS[code];
    }
    return 'SERVER';
  }
  if (ServerError.is(error)) return fromStatus(error.statusCode);
  if (ServerParseError.is(error)) return error.statusCode >= 500 ? 'SERVER' : 'NETWORK';
  // fetch() rejects with a TypeError when the server cannot be reached; graphql-ws closes with a CloseEvent.
  if (error instanceof TypeError) return 'NETWORK';
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') return 'NETWORK';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'NETWORK';
  return 'UNKNOWN';
}

export function errorMessageKey(error: unknown): MessageKey {
  return `error.${classifyError(error)}`;
}

export function isNotFound(error: unknown): boolean {
  return classifyError(error) === 'NOT_FOUND';
}

export function isForbidden(error: unknown): boolean {
  return classifyError(error) === 'FORBIDDEN';
}

export function isUnauthenticated(error: unknown): boolean {
  return classifyError(error) === 'UNAUTHENTICATED';
}

/** How long the server asked us to wait (`extensions.retryAfterSeconds` of a TOO_MANY_REQUESTS error), if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const gqlError of error.errors) {
    const seconds = gqlError.extensions?.retryAfterSeconds;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  return null;
}
