/**
 * Token buckets per key (an API key, a user, an e-mail and address at login), in this instance's memory:
 * behind a load balancer each instance allows the limit, which bounds abuse without a shared store.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** `capacity` requests in a burst, refilled evenly over `windowMs`; capacity 0 turns the limit off. */
  constructor(private readonly capacity: number, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Takes one token; false when the bucket is empty. */
  take(key: string): boolean {
    if (this.capacity === 0) return true;
    const bucket = this.refill(key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whether a request would be allowed, without taking a token (failed logins take, successful ones don't). */
  allows(key: string): boolean {
    return this.capacity === 0 || this.refill(key).tokens >= 1;
  }

  /** Milliseconds until the next token. */
  retryAfterMs(key: string): number {
    const bucket = this.refill(key);
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) * this.windowMs) / this.capacity);
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private refill(key: string): { tokens: number; at: number } {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.capacity, at: now };
      // Bounded memory: full buckets carry no information, so they are dropped before the map grows large.
      if (this.buckets.size >= 10_000) this.sweep(now);
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) * this.capacity) / this.windowMs);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.capacity) / this.windowMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
