import { ApolloLink } from '@apollo/client';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { renderWithApollo, type Result } from '../../../test/apollo';
import { SessionProvider } from '../components/SessionProvider';
import { sessionErrorLink } from '../lib/sessionLink';
import { createSessionStore, type SessionStore, type Viewer } from '../lib/sessionStore';
import { SignInPage } from '../pages/SignInPage';

export const SAM: Viewer = { __typename: 'Viewer', id: 'u3', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', departments: ['SALES'], locale: 'en' };

export const unauthenticated = (message = 'Your session has expired'): Result => ({
  errors: [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } })],
});

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The app's session wiring around a router: the sign-in page at /sign-in, `page` everywhere else. */
export function renderWithSession({ link, url, page, store = createSessionStore() }: { link: ApolloLink; url: string; page: ReactNode; store?: SessionStore }) {
  const client = renderWithApollo(
    <SessionProvider store={store}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="*" element={page} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </SessionProvider>,
    { link: ApolloLink.from([sessionErrorLink(store), link]) },
  );
  return { client, store };
}
