import { describe, expect, it, vi } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from './backoff';
import { createConnectionStore, OFFLINE_AFTER_FAILURES } from './connectionStore';
import { graphqlWsUrl } from './wsClient';

describe('backoffDelay', () => {
  it.each([
    [0, 0, 500],
    [0, 1, 1000],
    [1, 0, 1000],
    [3, 0.5, 6000],
    [4, 1, 16000],
    [10, 0, BACKOFF_MAX_MS / 2],
    [50, 1, BACKOFF_MAX_MS],
  ])('retry %d with random %d waits %d ms', (retries, random, expected) => {
    expect(backoffDelay(retries, () => random)).toBe(expected);
  });

  it('grows exponentially and jitters', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(2));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });
});

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
