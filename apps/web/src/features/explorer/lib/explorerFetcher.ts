import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';

export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface FetcherOptions {
  headers?: Record<string, unknown>;
  documentAST?: DocumentNode;
}

export interface ExplorerFetcher {
  (params: FetcherParams, options?: FetcherOptions): Promise<ExecutionResult> | AsyncIterable<ExecutionResult>;
  dispose(): void;
}

function isSubscription({ query, operationName }: FetcherParams, document?: DocumentNode): boolean {
  try {
    return getOperationAST(document ?? parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    // Not parseable: the server answers with the syntax error.
    return false;
  }
}

/**
 * Runs the explorer's operations as the signed-in user: queries and mutations over same-origin HTTP with the
 * session cookie (`content-type: application/json` passes Apollo's CSRF prevention), subscriptions over the
 * same-origin WebSocket, which carries the cookie on its upgrade. Headers typed in the explorer (an API key's
 * `authorization`) go with HTTP requests.
 */
export function createExplorerFetcher({ httpUrl, wsUrl }: { httpUrl: string; wsUrl: string }): ExplorerFetcher {
  let socket: Client | null = null;
  const fetcher = ((params: FetcherParams, options: FetcherOptions = {}) => {
    if (isSubscription(params, options.documentAST)) {
      socket ??= createClient({ url: wsUrl });
      return socket.iterate({ query: params.query, operationName: params.operationName ?? undefined, variables: params.variables ?? undefined });
    }
    const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name, String(value)]));
    return fetch(httpUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(params),
    }).then((response) => response.json() as Promise<ExecutionResult>);
  }) as ExplorerFetcher;
  fetcher.dispose = () => {
    void socket?.dispose();
    socket = null;
  };
  return fetcher;
}
