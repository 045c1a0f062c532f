import { backoffDelay, type Comparison, type RangeSpec } from '@opshub/metrics';
import type { DimensionFilter } from '../kpi/stats.query';
import { RECONNECT_BACKOFF } from '../../common/backoff';
import type { EventBus } from '../bus/event-bus';
import type { Kpi } from '../kpi/kpi.type';
import type { KpiService } from '../kpi/kpi.service';
import type { MetricService } from '../metric/metric.service';

type Listener = (kpi: Kpi) => void;

/** Subscribers watching the same period, comparison and filter share one recomputation per tick. */
interface Watch {
  spec: RangeSpec | null;
  compare: Comparison;
  filters: readonly DimensionFilter[];
  /** metric key → listeners */
  listeners: Map<string, Set<Listener>>;
}

/** Metrics followed whole (no filters) or sliced by the same filters. */
export interface WatchedKeys {
  keys: readonly string[];
  filters: readonly DimensionFilter[];
}

function watchKey(spec: RangeSpec | null, compare: Comparison, filters: readonly DimensionFilter[]): string {
  return JSON.stringify([spec?.preset ?? null, spec?.from?.toISOString() ?? null, spec?.to?.toISOString() ?? null, compare, filters]);
}

/**
 * Turns committed writes into KPI snapshots for subscribers. Writes only mark metrics dirty; a flush
 * recomputes each dirty (metric, period, comparison) once — one batch per period for all its metrics —
 * and hands the same snapshot object to every subscriber of it, so the work does not grow with the number
 * of subscribers. The first write after a quiet spell flushes at once; later ones wait for the tick, so a
 * burst coalesces into at most one flush per tick. A flush that fails (the database restarting) puts its
 * metrics back and is retried with backoff until one succeeds: a subscriber is never left on a stale snapshot.
 */
export class LiveKpiService {
  private readonly watches = new Map<string, Watch>();
  private dirty = new Set<string>();
  private subscribers = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastFlushAt = 0;
  /** Flushes failed in a row, and when the next may run. */
  private failures = 0;
  private retryAt = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly metrics: MetricService,
    private readonly kpis: KpiService,
    private readonly tickMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    const iterator = this.bus.subscribe('observationsRecorded');
    let stopped = false;
    this.unsubscribe = () => {
      stopped = true;
      void iterator.return?.();
    };
    void (async () => {
      for await (const event of iterator) {
        if (stopped) break;
        for (const key of event.metricKeys) this.dirty.add(key);
        this.schedule();
      }
    })();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  subscriberCount(): number {
    return this.subscribers;
  }

  /**
   * The snapshots of the watched keys over a period (each group whole or sliced by its filters; a key is in one
   * group). A subscriber that has not taken a snapshot yet when a newer one of the same KPI arrives gets the newer
   * one only, so a slow consumer holds at most one pending per KPI.
   */
  subscribe(groups: readonly WatchedKeys[], spec: RangeSpec | null, compare: Comparison): AsyncIterableIterator<Kpi> {
    const watched = groups.filter((group) => group.keys.length > 0).map(({ keys, filters }) => {
      const id = watchKey(spec, compare, filters);
      let watch = this.watches.get(id);
      if (!watch) this.watches.set(id, (watch = { spec, compare, filters, listeners: new Map() }));
      return { id, watch, keys };
    });
    const pending = new Map<string, Kpi>();
    let waiting: ((result: IteratorResult<Kpi>) => void) | null = null;
    let open = true;
    const listener: Listener = (kpi) => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: kpi, done: false });
        return;
      }
      // Deleted first so that it goes to the end: pending snapshots go out in arrival order.
      pending.delete(kpi.metric.key);
      pending.set(kpi.metric.key, kpi);
    };
    this.subscribers++;
    for (const { watch, keys } of watched) {
      for (const key of keys) {
        const set = watch.listeners.get(key) ?? new Set();
        set.add(listener);
        watch.listeners.set(key, set);
      }
    }
    const close = () => {
      if (!open) return;
      open = false;
      this.subscribers--;
      for (const { id, watch, keys } of watched) {
        for (const key of keys) {
          const set = watch.listeners.get(key);
          set?.delete(listener);
          if (set?.size === 0) watch.listeners.delete(key);
        }
        if (watch.listeners.size === 0) this.watches.delete(id);
      }
      waiting?.({ value: undefined, done: true });
      waiting = null;
    };
    const iterator: AsyncIterableIterator<Kpi> = {
      next: () => {
        const [first] = pending.values();
        if (first) {
          pending.delete(first.metric.key);
          return Promise.resolve({ value: first, done: false });
        }
        if (!open) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private schedule(): void {
    if (this.timer || this.running || this.dirty.size === 0 || !this.unsubscribe) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastFlushAt = Date.now();
      this.running = this.flush().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, Math.max(0, Math.max(this.lastFlushAt + this.tickMs, this.retryAt) - Date.now()));
  }

  private async flush(): Promise<void> {
    const changed = this.dirty;
    this.dirty = new Set();
    try {
      const catalog = await this.metrics.loadCatalog();
      const affected = catalog.affectedBy(changed);
      const now = new Date();
      await Promise.all([...this.watches.values()].map(async (watch) => {
        const keys = [...watch.listeners.keys()].filter((key) => affected.has(key));
        if (keys.length === 0) return;
        for (const kpi of await this.kpis.computeKpis(catalog, keys, watch.spec, watch.compare, now, watch.filters)) {
          for (const listener of watch.listeners.get(kpi.metric.key) ?? []) listener(kpi);
        }
      }));
      this.failures = 0;
      this.retryAt = 0;
    } catch (error) {
      // Not forgotten until their next write: the same metrics are recomputed again once the backoff has passed.
      for (const key of changed) this.dirty.add(key);
      this.retryAt = Date.now() + backoffDelay(this.failures++, RECONNECT_BACKOFF);
      this.onError(error);
    }
  }
}
