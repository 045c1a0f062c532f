import type { Config } from '../../config';
import type { Channel, EventBus, PubSubChannels } from '../bus/event-bus';

export type DashboardCacheConfig = Config['dashboardCache'];

/** Told of every read (prom-client's Counter is one). */
export interface CacheCounter {
  inc(labels: { result: 'hit' | 'miss' | 'bypass' }): void;
}

interface Entry<T> {
  value: T;
  /** The metrics whose data it was computed from. */
  metrics: ReadonlySet<string>;
  bytes: number;
}

interface Flight<T> {
  promise: Promise<T>;
  metrics: ReadonlySet<string>;
}

/**
 * Computed dashboard results between writes, on this instance: keyed by everything the answer depends on (the
 * caller builds the key), bounded by entries and bytes, least recently read dropped first. A committed write to
 * a metric drops every result computed from it on every instance: `observationsRecorded` (published after the
 * commit, before the writer is answered) reaches `onDelivered` here synchronously, and other instances through
 * the bus. Definitions and targets are in the key (the catalog's fingerprint, read fresh with each request), and
 * an organisation change (its time zone recuts the rollups) empties it.
 *
 * A computation that a write overtakes (it may have read the data before the commit) is not kept, and neither is
 * anything while the bus is down: events from other instances may be missing then, so reads compute, and after
 * the transport's gap everything kept before is dropped.
 */
export class DashboardCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly flights = new Map<string, Flight<T>>();
  private bytes = 0;
  /** Rises with every invalidation; a computation is kept only if nothing it read was invalidated since it began. */
  private generation = 0;
  private readonly invalidatedAt = new Map<string, number>();
  private clearedAt = 0;
  private gaps: number;

  constructor(private readonly config: DashboardCacheConfig, private readonly bus: EventBus, private readonly counter?: CacheCounter) {
    this.gaps = bus.gaps;
    bus.onDelivered(<C extends Channel>(channel: C, event: PubSubChannels[C][0]) => {
      if (channel === 'observationsRecorded') this.invalidate((event as PubSubChannels['observationsRecorded'][0]).metricKeys);
      else if (channel === 'organizationChanged') this.clear();
    });
  }

  get enabled(): boolean {
    return this.config.maxEntries > 0 && this.config.maxBytes > 0;
  }

  /** The window `now` falls in: part of every key, so that a result is never read past its window. */
  window(now: Date): number {
    return Math.floor(now.getTime() / this.config.windowMs);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The result under `key`, computed by `compute` (from the data of `metrics`) unless kept. Concurrent reads of a
   * key not kept share one computation, as long as no write to its metrics lands meanwhile.
   */
  async read(key: string, metrics: ReadonlySet<string>, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled || !this.bus.connected) {
      this.counter?.inc({ result: 'bypass' });
      return compute();
    }
    if (this.bus.gaps !== this.gaps) {
      this.gaps = this.bus.gaps;
      this.clear();
    }
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently read last: the map's order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.counter?.inc({ result: 'hit' });
      return entry.value;
    }
    this.counter?.inc({ result: 'miss' });
    const flight = this.flights.get(key);
    if (flight) return flight.promise;
    const began = this.generation;
    const gaps = this.gaps;
    const promise = compute();
    this.flights.set(key, { promise, metrics });
    try {
      const value = await promise;
      if (this.unchangedSince(began, metrics) && gaps === this.bus.gaps && this.bus.connected) this.store(key, value, metrics);
      return value;
    } finally {
      if (this.flights.get(key)?.promise === promise) this.flights.delete(key);
    }
  }

  /** Drops what was computed from these metrics (null: from any), and lets no running computation of them be kept. */
  invalidate(metricKeys: readonly string[] | null): void {
    if (metricKeys === null) return this.clear();
    const generation = ++this.generation;
    const changed = new Set(metricKeys);
    for (const key of changed) this.invalidatedAt.set(key, generation);
    for (const [key, entry] of this.entries) {
      if (overlaps(entry.metrics, changed)) this.drop(key, entry);
    }
    for (const [key, flight] of this.flights) if (overlaps(flight.metrics, changed)) this.flights.delete(key);
  }

  clear(): void {
    this.clearedAt = ++this.generation;
    this.invalidatedAt.clear();
    this.entries.clear();
    this.flights.clear();
    this.bytes = 0;
  }

  private unchangedSince(began: number, metrics: ReadonlySet<string>): boolean {
    if (this.clearedAt > began) return false;
    for (const key of metrics) if ((this.invalidatedAt.get(key) ?? 0) > began) return false;
    return true;
  }

  private store(key: string, value: T, metrics: ReadonlySet<string>): void {
    // The JSON size stands for the memory held (the objects take a small multiple of it, alike for every entry).
    const bytes = JSON.stringify(value).length;
    if (bytes > this.config.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { value, metrics, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.config.maxEntries && this.bytes <= this.config.maxBytes) break;
      this.drop(oldest, entry);
    }
  }

  private drop(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
