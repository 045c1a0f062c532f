import { GraphQLError } from 'graphql';

/**
 * Operations each principal has running, bounded: one user's many slow requests would otherwise hold every
 * database connection and fail everyone else's with 503. In memory per instance (a slot lives as long as an
 * operation on this instance).
 */
export class OperationSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** A slot for the principal, or the error to answer (429, now: the caller retries once one of its operations ends). */
  take(principalId: string): GraphQLError | null {
    const count = this.running.get(principalId) ?? 0;
    if (count >= this.max) {
      return new GraphQLError(`At most ${this.max} operations may run at once per user or key; retry when one has finished`, {
        extensions: { code: 'TOO_MANY_REQUESTS', limit: 'CONCURRENCY', max: this.max, retryAfterSeconds: 1, http: { status: 429, headers: new Map([['retry-after', '1']]) } },
      });
    }
    this.running.set(principalId, count + 1);
    return null;
  }

  release(principalId: string): void {
    const count = (this.running.get(principalId) ?? 1) - 1;
    if (count > 0) this.running.set(principalId, count);
    else this.running.delete(principalId);
  }
}
