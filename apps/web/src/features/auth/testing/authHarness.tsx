import { render } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { Observable } from 'rxjs';
import { createCache } from '../../../app/apollo';
import { I18nProvider } from '../../../shared/i18n';
import { SessionProvider } from '../components/SessionProvider';
import { sessionErrorLink } from '../lib/sessionLink';
import { createSessionStore, type SessionStore, type Viewer } from '../lib/sessionStore';
import { SignInPage } from '../pages/SignInPage';

export type Result = ApolloLink.Result;

export const SAM: Viewer = { __typename: 'Viewer', id: 'u3', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', departments: ['SALES'] };

export const unauthenticated = (message = 'Your session has expired'): Result => ({
  errors: [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } })],
});

/** A fake server behind a terminating link: answers on the next tick (an answer that throws is a network error) and records each operation. */
export function answeringLink(answer: (op: ApolloLink.Operation) => Result, operations: ApolloLink.Operation[]): ApolloLink {
  return new ApolloLink(
    (op) =>
      new Observable<Result>((observer) => {
        operations.push(op);
        const timer = setTimeout(() => {
          try {
            observer.next(answer(op));
            observer.complete();
          } catch (error) {
            observer.error(error);
          }
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
}

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The app's session wiring around a router: the sign-in page at /sign-in, `page` everywhere else. */
export function renderWithSession({ link, url, page, store = createSessionStore() }: { link: ApolloLink; url: string; page: ReactNode; store?: SessionStore }) {
  const client = new ApolloClient({ link: ApolloLink.from([sessionErrorLink(store), link]), cache: createCache() });
  render(
    <ApolloProvider client={client}>
      <I18nProvider language="en">
        <SessionProvider store={store}>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="*" element={page} />
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>
    </ApolloProvider>,
  );
  return { client, store };
}
