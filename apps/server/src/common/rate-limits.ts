import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A fixed-window counter per key (a user, an e-mail, an address). */
export interface Limiter {
  /** Counts one; resolves to 0 when allowed, else the milliseconds until the window lets the key through again. */
  take(key: string): Promise<number>;
  /** Hands back one counted by `take` (a sign-in that turned out right). */
  giveBack(key: string): Promise<void>;
}

export interface RateLimits {
  /** `points` per `windowMs` per key; 0 points turns the limit off. */
  limiter(name: string, points: number, windowMs: number): Limiter;
  close(): Promise<void>;
}

const unlimited: Limiter = { take: async () => 0, giveBack: async () => undefined };

/**
 * rate-limiter-flexible counters: in this instance's memory, or with `redisUrl` in Redis so that every replica
 * counts against one limit (N replicas would otherwise allow N times it). While Redis is unreachable each
 * instance falls back to its own memory, so a Redis outage neither lifts the limits nor refuses everyone.
 */
export function createRateLimits(redisUrl: string | null, namespace: string): RateLimits {
  // Fail fast while disconnected (the in-memory insurance answers) instead of queueing requests behind Redis.
  const redis = redisUrl
    ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: `opshub-limits-${namespace}`, disconnectTimeout: 200 })
    : null;
  redis?.on('error', () => undefined);
  return {
    limiter(name, points, windowMs) {
      if (points === 0) return unlimited;
      const options = { points, duration: Math.max(1, Math.ceil(windowMs / 1000)), keyPrefix: `opshub:${namespace}:${name}` };
      const store: RateLimiterAbstract = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      return {
        async take(key) {
          try {
            await store.consume(key);
            return 0;
          } catch (refused) {
            if (refused instanceof RateLimiterRes) return Math.max(1, refused.msBeforeNext);
            throw refused;
          }
        },
        async giveBack(key) {
          await store.reward(key, 1);
        },
      };
    },
    async close() {
      redis?.disconnect();
    },
  };
}
