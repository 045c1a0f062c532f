import type { Backoff } from '@opshub/metrics';

/** Reconnecting to the event bus's server, and retrying a bus publish or a live recomputation: quick at first, never more than 2 s apart (with jitter, see backoffDelay). */
export const RECONNECT_BACKOFF: Backoff = { baseMs: 100, maxMs: 2000 };
