import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { classifyError, errorMessageKey } from './errors';

const gqlError = (code?: string) =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError('raw internal message', { extensions: code ? { code } : {} })] });

describe('classifyError', () => {
  it.each([
    [gqlError('NOT_FOUND'), 'NOT_FOUND'],
    [gqlError('BAD_USER_INPUT'), 'BAD_INPUT'],
    [gqlError('GRAPHQL_VALIDATION_FAILED'), 'BAD_INPUT'],
    [gqlError('UNAUTHENTICATED'), 'UNAUTHENTICATED'],
    [gqlError('FORBIDDEN'), 'FORBIDDEN'],
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
