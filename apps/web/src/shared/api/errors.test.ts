import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { classifyError, errorMessageKey, isForbidden, isUnauthenticated, retryAfterSeconds } from './errors';

const gqlError = (code?: string) =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError('raw internal message', { extensions: code ? { code } : {} })] });

describe('classifyError', () => {
  it.each([
    [gqlError('NOT_FOUND'), 'NOT_FOUND'],
    [gqlError('BAD_USER_INPUT'), 'BAD_INPUT'],
    [gqlError('GRAPHQL_VALIDATION_FAILED'), 'BAD_INPUT'],
    [gqlError('UNAUTHENTICATED'), 'UNAUTHENTICATED'],
    [gqlError('FORBIDDEN'), 'FORBIDDEN'],
    [gqlError('TOO_MANY_REQUESTS'), 'RATE_LIMITED'],
    [new ServerError('unauthorized', { response: new Response('', { status: 401 }), bodyText: '' }), 'UNAUTHENTICATED'],
    [new ServerError('too many', { response: new Response('', { status: 429 }), bodyText: '' }), 'RATE_LIMITED'],
    [gqlError('INTERNAL_SERVER_ERROR'), 'SERVER'],
    [gqlError(), 'SERVER'],
    [gqlError('toString'), 'SERVER'],
    [new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' }), 'SERVER'],
    [new ServerError('not found', { response: new Response('', { status: 404 }), bodyText: '' }), 'NOT_FOUND'],
    [new TypeError('Failed to fetch'), 'NETWORK'],
    [new Error('weird'), 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
  ])('%#: → %s', (error, kind) => {
    expect(classifyError(error)).toBe(kind);
  });

  it('maps to dictionary keys', () => {
    expect(errorMessageKey(gqlError('NOT_FOUND'))).toBe('error.NOT_FOUND');
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('error.NETWORK');
  });
});

describe('auth errors', () => {
  it('recognises a lapsed session and a refused read', () => {
    expect(isUnauthenticated(gqlError('UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticated(gqlError('FORBIDDEN'))).toBe(false);
    expect(isForbidden(gqlError('FORBIDDEN'))).toBe(true);
    expect(isForbidden(new ServerError('forbidden', { response: new Response('', { status: 403 }), bodyText: '' }))).toBe(true);
  });

  it('reads how long the server asked to wait', () => {
    const limited = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [new GraphQLError('slow down', { extensions })] });
    expect(retryAfterSeconds(limited({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42 }))).toBe(42);
    expect(retryAfterSeconds(limited({ code: 'TOO_MANY_REQUESTS' }))).toBeNull();
    expect(retryAfterSeconds(limited({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: '42' }))).toBeNull();
    expect(retryAfterSeconds(new TypeError('Failed to fetch'))).toBeNull();
  });
});
