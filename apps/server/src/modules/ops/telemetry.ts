import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReplicaState } from '../../database/read-replicas';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus instruments on a registry of this app's own (not prom-client's global one), so several apps
 * in one process, as in the tests, keep separate figures.
 */
export function createTelemetry() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'opshub_http_request_duration_seconds', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS, registers,
    }),
    resolverDuration: new Histogram({
      name: 'opshub_graphql_resolver_duration_seconds', help: 'Root GraphQL fields (queries, mutations, subscription set-up)', labelNames: ['type', 'field'] as const,
      buckets: LATENCY_BUCKETS, registers,
    }),
    ingested: new Counter({
      name: 'opshub_observations_ingested_total',
      help: 'Observation points written by committed transactions (a point inserted, or one overwritten at the same series and instant), by write path:'
        + ' api (recordObservations), records (computed from lead records: each lead change rewrites the minute buckets its events fall in), simulator, seed;'
        + ' rate() gives the ingest rate',
      labelNames: ['source'] as const, registers,
    }),
    busLag: new Histogram({
      name: 'opshub_bus_lag_seconds', help: "From another instance's publish to its arrival here (includes clock skew between hosts)",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5], registers,
    }),
    rollupFolds: new Counter({
      name: 'opshub_rollup_changes_folded_total',
      help: 'Rollup change-log rows (a series hour written) folded into the rollups by this instance, by who folded: refresher (the elected one) or read (a read needing them first)',
      labelNames: ['by'] as const, registers,
    }),
    dashboardCache: new Counter({
      name: 'opshub_dashboard_cache_reads_total',
      help: 'Dashboard reads by whether their KPIs came from the cache (hit), were computed (miss), or the cache was off or the bus down (bypass)',
      labelNames: ['result'] as const, registers,
    }),
    reads: new Counter({
      name: 'opshub_db_reads_total',
      help: 'Lag-tolerant reads (dashboards, series, drill-through, record lists) by where they ran: "primary", or a streaming replica by host:port/database',
      labelNames: ['target'] as const, registers,
    }),
    simulatorLeader: new Gauge({ name: 'opshub_simulator_leader', help: '1 on the one instance running the demo simulator', registers }),
  };
}

export type Telemetry = ReturnType<typeof createTelemetry>;

export interface StateSources {
  subscriptions(): number;
  webSockets(): number;
  busConnected(): boolean;
  pool(): { total: number; idle: number; waiting: number; max: number };
  rollupLagSeconds(): Promise<number>;
  dashboardCache(): { entries: number; bytes: number };
  readReplicas(): ReplicaState[];
}

/** Gauges of state that lives elsewhere, read when Prometheus scrapes rather than kept in step. */
export function registerStateGauges(telemetry: Telemetry, sources: StateSources): void {
  const registers = [telemetry.registry];
  new Gauge({
    name: 'opshub_active_subscriptions', help: 'kpiUpdated subscriptions open on this instance', registers,
    collect() { this.set(sources.subscriptions()); },
  });
  new Gauge({
    name: 'opshub_websocket_connections', help: 'Open GraphQL WebSocket connections', registers,
    collect() { this.set(sources.webSockets()); },
  });
  new Gauge({
    name: 'opshub_bus_connected', help: '1 while events from other instances can arrive', registers,
    collect() { this.set(sources.busConnected() ? 1 : 0); },
  });
  new Gauge({
    name: 'opshub_rollup_lag_seconds', help: 'Age of the oldest write not yet folded into the rollups (0: none); reads fold what they need, so it bounds only their extra work', registers,
    async collect() {
      // The database unreachable: the scrape still answers, with the last figure.
      await sources.rollupLagSeconds().then((lag) => this.set(lag), () => undefined);
    },
  });
  new Gauge({
    name: 'opshub_dashboard_cache_size', help: 'Dashboard results kept in the cache: entries, and bytes (their JSON size)', labelNames: ['unit'] as const, registers,
    collect() {
      const size = sources.dashboardCache();
      this.set({ unit: 'entries' }, size.entries);
      this.set({ unit: 'bytes' }, size.bytes);
    },
  });
  new Gauge({
    name: 'opshub_db_replica_in_rotation', help: 'Per streaming replica (DATABASE_READ_URLS): 1 while lag-tolerant reads may go to it, 0 while it is behind or unreachable', labelNames: ['replica'] as const, registers,
    collect() {
      for (const replica of sources.readReplicas()) this.set({ replica: replica.name }, replica.inRotation ? 1 : 0);
    },
  });
  new Gauge({
    name: 'opshub_db_replica_lag_seconds', help: "Per streaming replica: replay lag at the last check (0: it had replayed all the primary had written); absent while unreachable", labelNames: ['replica'] as const, registers,
    collect() {
      this.reset();
      for (const replica of sources.readReplicas()) if (replica.lagSeconds !== null) this.set({ replica: replica.name }, replica.lagSeconds);
    },
  });
  new Gauge({
    name: 'opshub_db_pool_connections', help: 'Database pool: total, idle, waiting (requests queued for a connection) and max', labelNames: ['state'] as const, registers,
    collect() {
      const pool = sources.pool();
      for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, pool[state]);
    },
  });
}
