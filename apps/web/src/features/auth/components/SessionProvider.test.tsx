import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { describe, expect, it } from 'vitest';
import { scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { renderWithSession, SAM, unauthenticated } from '../testing/authHarness';
import { RequireSession } from './RequireSession';
import { UserMenu } from './UserMenu';

const OrganizationName: TypedDocumentNode<{ organization: { name: string } }> = gql`
  query OrganizationName {
    organization {
      name
    }
  }
`;

/** The server's view of the session; `answer` overrides what it says to one operation. */
function fakeServer(signedIn: boolean) {
  const server = {
    signedIn,
    failViewer: null as Error | null,
    failLogout: false,
    answer(op: Operation): Result {
      switch (op.operationName) {
        case 'Viewer':
          if (server.failViewer) throw server.failViewer;
          return server.signedIn ? { data: { viewer: SAM } } : unauthenticated();
        case 'DemoAccounts':
          return { data: { demoAccounts: [] } };
        case 'Logout':
          if (server.failLogout) throw new TypeError('Failed to fetch');
          server.signedIn = false;
          return { data: { logout: true } };
        case 'OrganizationName':
          return server.signedIn ? { data: { organization: { __typename: 'Organization', name: 'Acme' } } } : unauthenticated();
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    },
  };
  const { link, operations } = scriptedServer((op) => server.answer(op));
  return Object.assign(server, { link, operations });
}

/** A page that reads something only a signed-in user may, and can ask again. */
function ProtectedPage() {
  const { data, refetch } = useQuery(OrganizationName, { fetchPolicy: 'network-only' });
  return (
    <div>
      <p data-testid="protected">{data?.organization.name}</p>
      <button type="button" onClick={() => void refetch().catch(() => {})}>
        Refresh
      </button>
    </div>
  );
}

function renderApp(url: string, signedIn: boolean) {
  const server = fakeServer(signedIn);
  const page = (
    <RequireSession>
      <UserMenu />
      <ProtectedPage />
    </RequireSession>
  );
  return { server, ...renderWithSession({ link: server.link, url, page }) };
}

const location = () => screen.getByTestId('location').textContent;

describe('session', () => {
  it('sends an anonymous visitor to the sign-in page, remembering the page', async () => {
    const { server } = renderApp('/dashboards/sales?range=LAST_7_DAYS', false);
    await screen.findByTestId('sign-in-page');
    expect(location()).toBe('/sign-in?next=%2Fdashboards%2Fsales%3Frange%3DLAST_7_DAYS');
    expect(screen.queryByTestId('session-expired')).toBeNull();
    // The page's first query left together with the viewer check (optimistically); its 401 showed no error.
    expect(server.operations.some((op) => op.operationName === 'OrganizationName')).toBe(true);
    expect(screen.queryByTestId('error-state')).toBeNull();
  });

  it('shows a signed-in user the page, with who they are in the menu', async () => {
    renderApp('/dashboards/sales', true);
    await waitFor(() => expect(screen.getByTestId('protected').textContent).toBe('Acme'));
    expect(screen.getByTestId('user-name').textContent).toBe('Sam Sales');
    expect(screen.getByTestId('user-role').textContent).toBe('Department head · Sales');
    expect(location()).toBe('/dashboards/sales');
  });

  it('goes to the sign-in page with the expiry message when the server stops accepting the session', async () => {
    const { server, store } = renderApp('/dashboards/sales', true);
    await waitFor(() => expect(screen.getByTestId('protected').textContent).toBe('Acme'));
    server.signedIn = false;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    expect((await screen.findByTestId('session-expired')).textContent).toBe('Your session has expired — sign in again');
    expect(location()).toBe('/sign-in?next=%2Fdashboards%2Fsales');
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('goes to the sign-in page when the live connection is refused (4403), as the socket reports it', async () => {
    const { store } = renderApp('/metrics/sales.win_rate', true);
    await screen.findByTestId('user-menu');
    act(() => store.expire());
    expect(await screen.findByTestId('session-expired')).toBeTruthy();
    expect(location()).toBe('/sign-in?next=%2Fmetrics%2Fsales.win_rate');
  });

  it('signs out: tells the server, forgets the cached data and starts over at the sign-in page', async () => {
    const { server, client, store } = renderApp('/dashboards/sales', true);
    await waitFor(() => expect(screen.getByTestId('protected').textContent).toBe('Acme'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByTestId('sign-out').textContent).toBe('Signing out…');
    expect(store.getSnapshot().status).toBe('signingOut');

    await screen.findByTestId('sign-in-page');
    expect(location()).toBe('/sign-in');
    expect(screen.queryByTestId('session-expired')).toBeNull();
    expect(server.operations.filter((op) => op.operationName === 'Logout')).toHaveLength(1);
    expect(client.cache.extract()).toEqual({});
  });

  it('stays signed in, and says so, when signing out did not reach the server', async () => {
    const { server, store } = renderApp('/dashboards/sales', true);
    await waitFor(() => expect(screen.getByTestId('protected').textContent).toBe('Acme'));
    server.failLogout = true;
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You could not be signed out. Try again.');
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', viewer: SAM });
    expect(location()).toBe('/dashboards/sales');
    expect(screen.getByTestId('protected').textContent).toBe('Acme');
  });

  it('offers Retry when it cannot tell whether there is a session', async () => {
    const { server } = renderApp('/dashboards/sales', true);
    // Before the first answer, which the fake server sends on a timer.
    server.failViewer = new TypeError('Failed to fetch');
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Checking your session…' })).toBeNull());
    expect(screen.getByTestId('error-state').textContent).toContain('cannot be reached');
    server.failViewer = null;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('protected').textContent).toBe('Acme'));
  });
});
