import type { Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { credentialHeaders, type Credentials, type GqlResponse } from './test-app';

export interface OperationResult {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** One query or mutation over a graphql-ws client: its result, or the operation's errors (a closed socket throws). */
export function wsOperation(client: WsClient, query: string, variables: Record<string, unknown> = {}): Promise<OperationResult> {
  return new Promise((resolve, reject) => {
    let result: OperationResult = {};
    client.subscribe({ query, variables }, {
      next: (value) => { result = value as OperationResult; },
      error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(new Error(`socket failed: ${(error as { code?: number }).code ?? String(error)}`))),
      complete: () => resolve(result),
    });
  });
}

/** A POST whose body is sent exactly as given (JSON.stringify cannot write 1e400 or NaN). */
export async function rawGql(url: string, body: string, as: Credentials): Promise<GqlResponse & { headers: Headers }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...credentialHeaders(as) }, body });
  const json = (await response.json()) as OperationResult;
  return { status: response.status, data: json.data ?? undefined, errors: json.errors, headers: response.headers };
}

/**
 * One operation over a bare graphql-transport-ws socket whose subscribe message is sent as given, for
 * variables JSON.stringify cannot write; resolves with the first `next` payload or the `error` payload.
 */
export function rawWsOperation(wsUrl: string, as: Credentials, subscribeMessage: string): Promise<OperationResult & { socketOpen: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: credentialHeaders(as) });
    const timer = setTimeout(() => { socket.terminate(); reject(new Error('no answer within 5 s')); }, 5000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('close', (code) => { clearTimeout(timer); reject(new Error(`socket closed with ${code}`)); });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: any };
      if (message.type === 'connection_ack') socket.send(subscribeMessage);
      else if (message.type === 'next' || message.type === 'error') {
        clearTimeout(timer);
        const result = message.type === 'next' ? message.payload : { errors: message.payload };
        resolve({ ...result, socketOpen: socket.readyState === WebSocket.OPEN });
        socket.removeAllListeners('close');
        socket.close();
      }
    });
  });
}
