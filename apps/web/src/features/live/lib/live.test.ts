import { describe, expect, it, vi } from 'vitest';
import { createConnectionStore, OFFLINE_AFTER_FAILURES } from './connectionStore';
import { graphqlWsUrl } from './wsClient';

describe('graphqlWsUrl', () => {
  it.each([
    [{ protocol: 'http:', host: 'localhost:5173' }, 'ws://localhost:5173/graphql'],
    [{ protocol: 'https:', host: 'kpi.example.com' }, 'wss://kpi.example.com/graphql'],
  ])('%j → %s', (location, url) => {
    expect(graphqlWsUrl(location)).toBe(url);
  });
});

describe('connection store', () => {
  it('goes connecting → connected → reconnecting → offline → connected', () => {
    const store = createConnectionStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getSnapshot().state).toBe('connecting');
    store.connected();
    expect(store.getSnapshot().state).toBe('connected');
    store.closed();
    expect(store.getSnapshot().state).toBe('reconnecting');
    for (let i = 0; i < OFFLINE_AFTER_FAILURES; i++) {
      store.connecting();
      store.closed();
    }
    expect(store.getSnapshot().state).toBe('offline');
    store.connecting();
    expect(store.getSnapshot().state).toBe('offline');
    store.connected();
    expect(store.getSnapshot()).toMatchObject({ state: 'connected', failures: 0 });
    expect(listener).toHaveBeenCalled();
  });

  it('follows the browser offline/online events', () => {
    const store = createConnectionStore();
    store.connected();
    store.closed();
    store.browserOffline();
    expect(store.getSnapshot().state).toBe('offline');
    store.browserOnline();
    expect(store.getSnapshot().state).toBe('reconnecting');
  });
});

describe('connection store after the browser comes back', () => {
  it('returns to connected when the socket survived', () => {
    const store = createConnectionStore();
    store.connected();
    store.browserOffline();
    store.browserOnline();
    expect(store.getSnapshot().state).toBe('connected');
  });
});
