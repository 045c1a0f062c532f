import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createTranslator } from '../../../shared/i18n';
import { roleLabel } from './roleLabel';
import { formatWait, signInErrorMessage } from './signInError';
import { nextPath, signInPath } from './signInPath';
import { createSessionStore, type Viewer } from './sessionStore';

const en = createTranslator('en');
const es = createTranslator('es');
const gqlError = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [new GraphQLError('raw', { extensions })] });
const viewer: Viewer = { __typename: 'Viewer', id: 'u1', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', departments: ['SALES'], locale: 'en' };

describe('signInPath / nextPath', () => {
  it('remembers the page that was asked for, with its view', () => {
    expect(signInPath({ pathname: '/dashboards/sales', search: '?range=LAST_7_DAYS' })).toBe('/sign-in?next=%2Fdashboards%2Fsales%3Frange%3DLAST_7_DAYS');
    expect(signInPath({ pathname: '/', search: '' })).toBe('/sign-in');
    expect(signInPath(null)).toBe('/sign-in');
  });

  it.each([
    ['/dashboards/sales?range=LAST_7_DAYS', '/dashboards/sales?range=LAST_7_DAYS'],
    ['/metrics/sales.win_rate', '/metrics/sales.win_rate'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in', '/'],
    ['/sign-in?next=%2F', '/'],
  ])('next %j → %s', (next, expected) => {
    expect(nextPath(next)).toBe(expected);
  });
});

describe('sign-in error messages', () => {
  it('tells wrong credentials apart from rate limiting and server trouble', () => {
    expect(signInErrorMessage(gqlError({ code: 'UNAUTHENTICATED' }), en, 'en-US')).toBe('Wrong e-mail or password. Check both and try again.');
    expect(signInErrorMessage(gqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 }), en, 'en-US')).toBe(
      'Too many failed sign-in attempts. Try again in 14 minutes.',
    );
    expect(signInErrorMessage(gqlError({ code: 'TOO_MANY_REQUESTS' }), en, 'en-US')).toBe(
      'Too many failed sign-in attempts. Wait a few minutes and try again.',
    );
    expect(signInErrorMessage(new TypeError('Failed to fetch'), en, 'en-US')).toBe(en('error.NETWORK'));
    expect(signInErrorMessage(gqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 }), es, 'es-ES')).toBe(
      'Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo dentro de 30 segundos.',
    );
  });

  it.each([
    [1, '1 second'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
  ])('waits %d s → %s', (seconds, text) => {
    expect(formatWait(seconds, 'en-US')).toBe(text);
  });
});

describe('roleLabel', () => {
  it('names the departments of the roles bound to them', () => {
    expect(roleLabel('ADMIN', [], en)).toBe('Administrator');
    expect(roleLabel('EXECUTIVE', null, en)).toBe('Executive');
    expect(roleLabel('DEPARTMENT_HEAD', ['SALES'], en)).toBe('Department head · Sales');
    expect(roleLabel('VIEWER', ['MARKETING', 'PRODUCT'], es)).toBe('Lectura · Marketing, Producto');
  });
});

describe('session store', () => {
  it('expires only a session it believed in', () => {
    const store = createSessionStore();
    store.expire();
    expect(store.getSnapshot()).toEqual({ status: 'loading' });
    store.set({ status: 'signingOut', viewer });
    store.expire();
    expect(store.getSnapshot().status).toBe('signingOut');
    store.set({ status: 'signedIn', viewer });
    store.expire();
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'expired' });
  });
});
