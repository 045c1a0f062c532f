import { describe, expect, it } from 'vitest';
import { kioskIntervalMs, kioskPlaylist, nextSlug } from './useKiosk';

const ALL = ['executive', 'sales', 'marketing', 'product'];

describe('kioskPlaylist', () => {
  it.each([
    ['no playlist: every dashboard', '', ALL],
    ['the chosen ones, in the chosen order', 'playlist=marketing,executive', ['marketing', 'executive']],
    ['without those the user may not open, or repeats', 'playlist=finance,sales,sales,%20product', ['sales', 'product']],
    ['an empty playlist: every dashboard', 'playlist=,', ALL],
  ])('%s', (_, search, expected) => {
    expect(kioskPlaylist(new URLSearchParams(search), ALL)).toEqual(expected);
  });
});

describe('kioskIntervalMs', () => {
  it.each([
    ['', 30_000],
    ['every=60', 60_000],
    ['every=5', 5_000],
    ['every=4', 30_000],
    ['every=3601', 30_000],
    ['every=1.5', 30_000],
    ['every=abc', 30_000],
  ])('%s → %i ms', (search, expected) => {
    expect(kioskIntervalMs(new URLSearchParams(search))).toBe(expected);
  });
});

describe('nextSlug', () => {
  it.each([
    [['a', 'b', 'c'], 'a', 'b'],
    [['a', 'b', 'c'], 'c', 'a'],
    // A dashboard outside the playlist (where TV mode was started) goes to its first.
    [['a', 'b'], 'x', 'a'],
    [['a'], 'a', null],
  ])('%j after %s → %s', (slugs, current, expected) => {
    expect(nextSlug(slugs, current)).toBe(expected);
  });
});
