import { backoffDelay } from './backoff';

const BACKOFF = { baseMs: 1000, maxMs: 30_000 };

describe('backoffDelay', () => {
  it.each([
    [0, 0, 500],
    [0, 1, 1000],
    [1, 0, 1000],
    [3, 0.5, 6000],
    [4, 1, 16000],
    [10, 0, 15_000],
    [50, 1, 30_000],
    [-1, 1, 1000],
  ])('retry %d with random %d waits %d ms', (retry, random, expected) => {
    expect(backoffDelay(retry, BACKOFF, () => random)).toBe(expected);
  });

  it('grows exponentially and jitters', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(2, BACKOFF));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });
});
