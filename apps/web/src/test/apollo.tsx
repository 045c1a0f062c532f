import { render } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Observable, Subject } from 'rxjs';
import { createCache } from '../app/apollo';
import { queryDefaults } from '../shared/api/queryDefaults';
import { TimeZoneContext } from '../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../shared/i18n';

export type Result = ApolloLink.Result;
export type Operation = ApolloLink.Operation;

export interface ScriptedServer {
  link: ApolloLink;
  /** Every operation the app sent, in order. */
  operations: Operation[];
  /** What subscriptions receive: `pushes.next(result)` pushes to every open subscription. */
  pushes: Subject<Result>;
}

/**
 * A fake server behind a terminating link: queries and mutations are answered by `answer` on the next tick
 * (an answer that throws is a network error), subscriptions are fed from `pushes`.
 */
export function scriptedServer(answer: (operation: Operation) => Result): ScriptedServer {
  const operations: Operation[] = [];
  const pushes = new Subject<Result>();
  const link = new ApolloLink((operation) => {
    operations.push(operation);
    if (operation.operationType === 'subscription') return pushes.asObservable();
    return new Observable<Result>((observer) => {
      const timer = setTimeout(() => {
        try {
          observer.next(answer(operation));
          observer.complete();
        } catch (error) {
          observer.error(error);
        }
      }, 0);
      return () => clearTimeout(timer);
    });
  });
  return { link, operations, pushes };
}

/** A real client, configured as the app's (cache policies, fetch defaults), over `link`. */
export function createTestClient(link: ApolloLink): ApolloClient {
  return new ApolloClient({ link, cache: createCache(), defaultOptions: queryDefaults });
}

/** Renders `ui` with a test client over `link`, in `language`, with times shown in UTC. */
export function renderWithApollo(ui: ReactNode, { link, language = 'en' }: { link: ApolloLink; language?: Language }) {
  const client = createTestClient(link);
  render(
    <ApolloProvider client={client}>
      <I18nProvider language={language}>
        <TimeZoneContext.Provider value="UTC">{ui}</TimeZoneContext.Provider>
      </I18nProvider>
    </ApolloProvider>,
  );
  return client;
}
