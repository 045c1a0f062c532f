export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

/**
 * Exponential backoff with "equal jitter": retry n waits between half and all of min(max, base·2ⁿ), so a wall
 * of TVs that lost the server at the same moment does not reconnect in lock-step.
 */
export function backoffDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retries));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
