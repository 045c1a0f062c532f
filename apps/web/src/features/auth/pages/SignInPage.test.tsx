import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { DemoAccountsQuery } from '../graphql/auth';
import { createSessionStore, type SessionStore, type Viewer } from '../lib/sessionStore';
import { renderWithSession, SAM, unauthenticated } from '../testing/authHarness';

const DEMO = [
  { __typename: 'DemoAccount', email: 'ceo@opshub.demo', password: 'demo-executive-2026', name: 'Elena Executive', role: 'EXECUTIVE', departments: [] },
  { __typename: 'DemoAccount', email: 'sales.head@opshub.demo', password: 'demo-sales-2026', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', departments: ['SALES'] },
];

interface Server {
  demoAccounts?: typeof DEMO;
  /** Answers `login`; signs in as Sam unless it returns errors. */
  login?: (email: string, password: string) => Result | null;
}

/** A server behind a terminating link: no session until `login` succeeds. */
function fakeServer({ demoAccounts = DEMO, login = () => null }: Server) {
  let viewer: Viewer | null = null;
  const answer = (op: Operation): Result => {
    switch (op.operationName) {
      case 'Viewer':
        return viewer ? { data: { viewer } } : unauthenticated('Sign in');
      case 'DemoAccounts':
        return { data: { demoAccounts } };
      case 'Login': {
        const { email, password } = op.variables as { email: string; password: string };
        const refused = login(email, password);
        if (refused) return refused;
        viewer = SAM;
        return { data: { login: { __typename: 'Session', expiresAt: '2026-01-01T12:00:00.000Z' } } };
      }
      default:
        throw new Error(`unexpected ${op.operationName}`);
    }
  };
  return scriptedServer(answer);
}

function renderSignIn(server: Server, url = '/sign-in', store: SessionStore = createSessionStore()) {
  const { link, operations } = fakeServer(server);
  const { client } = renderWithSession({ link, url, store, page: <p data-testid="signed-in-page">in</p> });
  return { operations, store, client };
}

const fill = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('SignInPage', () => {
  it('signs in with e-mail and password, showing progress, then opens the page that was asked for', async () => {
    const { operations } = renderSignIn({}, '/sign-in?next=%2Fdashboards%2Fsales%3Frange%3DLAST_7_DAYS');
    await screen.findByRole('heading', { name: 'Sign in to OpsHub' });
    expect(screen.queryByTestId('session-expired')).toBeNull();

    fill(' sales.head@opshub.demo ', 'demo-sales-2026');
    const busy = screen.getByTestId('sign-in-submit');
    expect(busy.textContent).toBe('Signing in…');
    expect((busy as HTMLButtonElement).disabled).toBe(true);

    await screen.findByTestId('signed-in-page');
    expect(screen.getByTestId('location').textContent).toBe('/dashboards/sales?range=LAST_7_DAYS');
    expect(operations.find((op) => op.operationName === 'Login')!.variables).toEqual({ email: 'sales.head@opshub.demo', password: 'demo-sales-2026' });
  });

  it('says so when the e-mail or password is wrong, and marks the fields', async () => {
    renderSignIn({ login: () => unauthenticated('Wrong e-mail or password') });
    await screen.findByRole('heading', { name: 'Sign in to OpsHub' });
    fill('sales.head@opshub.demo', 'guess');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Wrong e-mail or password. Check both and try again.');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByTestId('sign-in-submit') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
  });

  it('says how long to wait after too many attempts', async () => {
    renderSignIn({
      login: () => ({ errors: [new GraphQLError('Too many failed sign-in attempts', { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 } })] }),
    });
    await screen.findByRole('heading', { name: 'Sign in to OpsHub' });
    fill('sales.head@opshub.demo', 'guess');
    expect((await screen.findByRole('alert')).textContent).toBe('Too many failed sign-in attempts. Try again in 14 minutes.');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  });

  it('signs in with one click as a demo account', async () => {
    const { operations } = renderSignIn({}, '/sign-in?next=%2Fmetrics%2Fsales.win_rate');
    const demo = await screen.findByRole('button', { name: 'Sign in as Sam Sales, Department head · Sales' });
    expect(screen.getAllByTestId('demo-account').map((b) => b.getAttribute('data-email'))).toEqual(['ceo@opshub.demo', 'sales.head@opshub.demo']);
    fireEvent.click(demo);
    await screen.findByTestId('signed-in-page');
    expect(screen.getByTestId('location').textContent).toBe('/metrics/sales.win_rate');
    expect(operations.find((op) => op.operationName === 'Login')!.variables).toEqual({ email: 'sales.head@opshub.demo', password: 'demo-sales-2026' });
  });

  it('lists no demo accounts outside demo mode', async () => {
    const { client } = renderSignIn({ demoAccounts: [] });
    await screen.findByRole('heading', { name: 'Sign in to OpsHub' });
    await waitFor(() => expect(client.readQuery({ query: DemoAccountsQuery })?.demoAccounts).toEqual([]));
    expect(screen.queryByTestId('demo-accounts')).toBeNull();
  });

  it('explains that an expired session is why the page is shown', async () => {
    const store = createSessionStore();
    store.set({ status: 'signedOut', reason: 'expired' });
    renderSignIn({}, '/sign-in?next=%2Fdashboards%2Fsales', store);
    expect((await screen.findByTestId('session-expired')).textContent).toBe('Your session has expired — sign in again');
  });

  it('never sends anyone off the app after signing in', async () => {
    renderSignIn({}, '/sign-in?next=%2F%2Fevil.example%2F');
    await screen.findByRole('heading', { name: 'Sign in to OpsHub' });
    fill('sales.head@opshub.demo', 'demo-sales-2026');
    await screen.findByTestId('signed-in-page');
    expect(screen.getByTestId('location').textContent).toBe('/');
  });
});
