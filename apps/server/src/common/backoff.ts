/** Exponential reconnect delay with jitter, so instances that lost the same server do not return in lockstep. */
export function backoffMs(attempt: number, baseMs = 100, maxMs = 2000): number {
  return Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
}
