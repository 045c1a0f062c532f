import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gql, type ApolloLink } from '@apollo/client';
import { EMPTY } from 'rxjs';
import { createApolloClient } from '../../../app/apollo';
import { createSessionStore, type Viewer } from '../../auth/lib/sessionStore';
import { createConnectionStore } from './connectionStore';
import { createLiveClient, createLiveConnection, FORBIDDEN_CLOSE_CODE } from './wsClient';

/** Enough of a browser WebSocket for graphql-ws; the test plays the server. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  protocol = 'graphql-transport-ws';
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  sent: Array<{ type: string }> = [];

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  send(data: string) {
    this.sent.push(JSON.parse(data));
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }

  /** The server accepts the connection: open, then acknowledge connection_init. */
  async accept() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
    await vi.waitFor(() => expect(this.sent.map((m) => m.type)).toContain('connection_init'));
    this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) });
  }
}

const SAM: Viewer = { __typename: 'Viewer', id: 'u3', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', departments: ['SALES'], locale: 'en' };
const open = () => FakeSocket.all.filter((s) => s.readyState !== FakeSocket.CLOSED);

beforeEach(() => {
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('live client and the session', () => {
  it('does not reconnect after the server closes the socket with 4403, and reports it once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const store = createConnectionStore();
    const onForbidden = vi.fn();
    const client = createLiveClient({ url: 'ws://test/graphql', store, onReconnected: () => {}, onForbidden });
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    await FakeSocket.all[0].accept();
    await vi.waitFor(() => expect(store.getSnapshot().state).toBe('connected'));

    FakeSocket.all[0].close(FORBIDDEN_CLOSE_CODE, 'Forbidden: the session or API key expired');
    expect(onForbidden).toHaveBeenCalledTimes(1);
    // Far beyond the longest backoff: nothing tried again.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(onForbidden).toHaveBeenCalledTimes(1);
    await client.dispose();
  });

  it('keeps reconnecting after any other close', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onForbidden = vi.fn();
    const client = createLiveClient({ url: 'ws://test/graphql', store: createConnectionStore(), onReconnected: () => {}, onForbidden });
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    await FakeSocket.all[0].accept();
    FakeSocket.all[0].close(1006, 'Abnormal closure');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(onForbidden).not.toHaveBeenCalled();
    await FakeSocket.all[1].accept();
    await client.dispose();
  });

  it('opens a socket on start, closes it on stop, and refuses subscriptions in between', async () => {
    const live = createLiveConnection({ url: 'ws://test/graphql', store: createConnectionStore(), onReconnected: () => {}, onForbidden: () => {} });
    expect(FakeSocket.all).toHaveLength(0);
    const error = await new Promise((resolve) => {
      const operation = { query: gql`subscription { kpiUpdated { value } }`, variables: {} } as unknown as ApolloLink.Operation;
      live.link.request(operation, () => EMPTY).subscribe({ error: resolve });
    });
    expect(String(error)).toContain('Not signed in');

    live.start();
    live.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    await FakeSocket.all[0].accept();
    live.stop();
    await vi.waitFor(() => expect(open()).toHaveLength(0));
    live.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(2));
    live.stop();
  });

  it('follows the session: a socket while it is checked and per sign-in, none when signed out or expired', async () => {
    const session = createSessionStore();
    createApolloClient({ location: { protocol: 'http:', host: 'test' }, store: createConnectionStore(), session });
    // Opened with the first viewer check (the page subscribes before its answer); it says nobody is signed in.
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    expect(FakeSocket.all[0].url).toBe('ws://test/graphql');
    session.set({ status: 'signedOut', reason: null });
    // The server refuses the socket that has no session: not news to a session that never was (no "expired").
    FakeSocket.all[0].close(FORBIDDEN_CLOSE_CODE, 'Forbidden: sign in first');
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', reason: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeSocket.all).toHaveLength(1);

    session.set({ status: 'signedIn', viewer: SAM });
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(2));
    await FakeSocket.all[1].accept();

    // The server ends the session: the socket's 4403 ends it here too.
    FakeSocket.all[1].close(FORBIDDEN_CLOSE_CODE, 'Forbidden: the session or API key was revoked');
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', reason: 'expired' });

    session.set({ status: 'signedIn', viewer: SAM });
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(3));
    await FakeSocket.all[2].accept();
    session.set({ status: 'signingOut', viewer: SAM });
    await vi.waitFor(() => expect(open()).toHaveLength(0));
    expect(FakeSocket.all).toHaveLength(3);
  });

  it('keeps the socket opened during the viewer check when the check finds a session', async () => {
    const session = createSessionStore();
    createApolloClient({ location: { protocol: 'http:', host: 'test' }, store: createConnectionStore(), session });
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    await FakeSocket.all[0].accept();
    session.set({ status: 'signedIn', viewer: SAM });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeSocket.all).toHaveLength(1);
    expect(open()).toHaveLength(1);
  });
});
