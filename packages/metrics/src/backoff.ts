export interface Backoff {
  /** The first retry's ceiling. */
  baseMs: number;
  /** No wait is longer than this. */
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": retry n waits between half and all of min(max, base·2ⁿ), so clients
 * or instances that lost the same server at the same moment do not come back in lock-step. Retries count from 0.
 */
export function backoffDelay(retry: number, { baseMs, maxMs }: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
