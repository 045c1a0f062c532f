import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { MiddlewareFn } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import type { Config } from '../config';
import { databaseFailureOf } from './database-errors';

export type ReadReplicasConfig = Config['readReplicas'];

/** What /metrics shows of one replica. */
export interface ReplicaState {
  /** host:port/database: never the credentials. */
  name: string;
  inRotation: boolean;
  /** Replay lag at the last check (0 when it had replayed everything the primary had written); null while unreachable. */
  lagSeconds: number | null;
}

/** The operation a resolver runs in: only queries read from replicas (mutations and subscriptions read the primary). */
interface ReadScope {
  principalId: string | null;
}

interface Replica {
  name: string;
  db: DataSource;
  inRotation: boolean;
  lagSeconds: number | null;
  /**
   * A monotonic instant (performance.now) before which everything committed on the primary is replayed here:
   * the start of the last check at which this replica had replayed up to the primary's WAL position read then.
   */
  caughtUpTo: number;
}

/** Told where each routed read ran (prom-client's Counter is one). */
export interface ReadCounter {
  inc(labels: { target: string }): void;
}

/**
 * The events that tell of writes (the event bus; structural, as the bus's modules import the database layer):
 * observationsRecorded carries `metricKeys` (null: any), organizationChanged anything.
 */
export interface WriteEvents {
  readonly gaps: number;
  onDelivered(listener: (channel: string, event: unknown) => void): unknown;
}

const scopes = new AsyncLocalStorage<ReadScope>();
const routers = new WeakMap<DataSource, ReadReplicas>();

function nameOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/**
 * Streaming replicas (DATABASE_READ_URLS) for reads that tolerate replication lag, each read opting in through
 * `readRoute`, only within a GraphQL query (`readScope`). Mutations, subscriptions and background work read the
 * primary.
 *
 * Read-your-writes, exactly and without a time guess: every check reads the primary's WAL position first, then
 * each replica's replayed position; a replica that had replayed past it has everything committed before the
 * check began (`caughtUpTo`). A read goes to a replica only if it caught up past the last write this instance
 * knows of that the read could see: the caller's own last mutation, a write to the metrics it reads (the bus's
 * `observationsRecorded`, delivered after the commit, from any instance), a change of the organisation or of
 * the catalog. Otherwise it reads the primary. So the dashboard cache, which drops results on those same
 * events, never keeps a replica answer older than a write that invalidated it: a computation begun after the
 * invalidation reads a replica that has the write, and one begun before it is not kept (DashboardCache).
 *
 * A replica is in rotation while it answers, is in recovery and lags at most maxLagMs; one that fails a read is
 * taken out at once (the read is retried on the primary) and put back by the next healthy check.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private readonly principalWrites = new Map<string, number>();
  private readonly metricWrites = new Map<string, number>();
  /** Writes of unknown reach (organisation, catalog, lost bus events): no replica before it caught up past them. */
  private globalWrite = 0;
  private catalogFingerprint: string | null = null;
  private readonly names = new Map<DataSource, string>();

  constructor(
    private readonly primary: DataSource,
    private readonly config: ReadReplicasConfig,
    bus: WriteEvents,
    private readonly logger: Logger,
    /** A pool on a replica (createDataSource: passed in, as the data source's entities import this module). */
    connect: (url: string) => DataSource,
    private readonly counter?: ReadCounter,
  ) {
    this.replicas = config.urls.map((url) => ({
      name: nameOf(url), db: connect(url), inRotation: false, lagSeconds: null, caughtUpTo: -Infinity,
    }));
    for (const replica of this.replicas) this.names.set(replica.db, replica.name);
    if (this.replicas.length === 0) return;
    routers.set(primary, this);
    let gaps = bus.gaps;
    bus.onDelivered((channel, event) => {
      const now = performance.now();
      // After a gap of the transport, events of other instances may be missing: trust no replica's past.
      if (bus.gaps !== gaps) {
        gaps = bus.gaps;
        this.globalWrite = now;
      }
      if (channel === 'observationsRecorded') {
        const { metricKeys } = event as { metricKeys: readonly string[] | null };
        if (metricKeys === null) this.globalWrite = now;
        else for (const key of metricKeys) this.metricWrites.set(key, now);
      } else if (channel === 'organizationChanged') this.globalWrite = now;
    });
  }

  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /** Runs `fn` as part of a GraphQL query by `principalId`: its `readRoute`s may read a replica. */
  withinQuery<T>(principalId: string | null, fn: () => T): T {
    return scopes.run({ principalId }, fn);
  }

  /** A mutation by the principal finished (committed or not): its next reads see the primary until a replica has it. */
  noteWrite(principalId: string): void {
    this.principalWrites.set(principalId, performance.now());
  }

  /** A catalog loaded from the primary: a new fingerprint is a definition change no replica may have yet. */
  noteCatalog(fingerprint: string): void {
    if (this.catalogFingerprint !== null && this.catalogFingerprint !== fingerprint) this.globalWrite = performance.now();
    this.catalogFingerprint = fingerprint;
  }

  state(): ReplicaState[] {
    return this.replicas.map(({ name, inRotation, lagSeconds }) => ({ name, inRotation, lagSeconds }));
  }

  /** A replica for a read of `metricKeys` (null: of no metric) in the current scope, or null for the primary. */
  pick(metricKeys: readonly string[] | null): DataSource | null {
    const scope = scopes.getStore();
    if (!scope) return null;
    let newest = this.globalWrite;
    if (scope.principalId !== null) newest = Math.max(newest, this.principalWrites.get(scope.principalId) ?? -Infinity);
    for (const key of metricKeys ?? []) newest = Math.max(newest, this.metricWrites.get(key) ?? -Infinity);
    const eligible = this.replicas.filter((replica) => replica.inRotation && replica.caughtUpTo > newest);
    if (eligible.length === 0) return null;
    return eligible[Math.floor(Math.random() * eligible.length)].db;
  }

  /** Runs `fn` on a replica when one may answer, else on the primary; a replica that fails is taken out and the read retried on the primary. */
  async route<T>(metricKeys: readonly string[] | null, fn: (db: DataSource, onReplica: boolean) => Promise<T>): Promise<T> {
    const replica = this.pick(metricKeys);
    if (!replica) return this.onPrimary(fn);
    try {
      const result = await fn(replica, true);
      this.counter?.inc({ target: this.names.get(replica)! });
      return result;
    } catch (error) {
      // Unreachable, or a query cancelled by recovery (a conflict with replay, SQLSTATE 40001): the primary answers.
      if (!databaseFailureOf(error)) throw error;
      const failed = this.replicas.find((r) => r.db === replica);
      if (failed?.inRotation) {
        failed.inRotation = false;
        this.logger.warn({ replica: failed.name, err: error }, 'read replica failed a read: out of rotation');
      }
      return this.onPrimary(fn);
    }
  }

  private async onPrimary<T>(fn: (db: DataSource, onReplica: boolean) => Promise<T>): Promise<T> {
    const result = await fn(this.primary, false);
    this.counter?.inc({ target: 'primary' });
    return result;
  }

  start(): void {
    if (this.replicas.length === 0) return;
    this.timer ??= setInterval(() => void this.check(), this.config.checkMs);
    void this.check();
  }

  /** One health check of every replica (concurrent calls share it). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => (this.checking = null));
    return this.checking;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
    await Promise.all(this.replicas.map((replica) => (replica.db.isInitialized ? replica.db.destroy() : undefined)));
    for (const replica of this.replicas) replica.inRotation = false;
  }

  private async runCheck(): Promise<void> {
    const began = performance.now();
    const primaryLsn = await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn')
      .then((rows: Array<{ lsn: string }>) => rows[0].lsn, () => null);
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, primaryLsn, began)));
  }

  private async checkReplica(replica: Replica, primaryLsn: string | null, began: number): Promise<void> {
    const was = replica.inRotation;
    try {
      if (!replica.db.isInitialized) await replica.db.initialize();
      // Replayed at or past the primary's position: no lag, whenever the last commit was (an idle primary writes nothing).
      const [row] = await replica.db.query(`
        SELECT pg_is_in_recovery() AS recovering,
               coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS caught_up,
               coalesce(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8, 0) AS lag`, [primaryLsn ?? '0/0']) as
        Array<{ recovering: boolean; caught_up: boolean; lag: number }>;
      if (!row.recovering) throw new Error('not a streaming replica (pg_is_in_recovery() is false): it could diverge from the primary');
      const caughtUp = primaryLsn !== null && row.caught_up;
      replica.lagSeconds = caughtUp ? 0 : Math.max(0, row.lag);
      if (caughtUp) replica.caughtUpTo = began;
      replica.inRotation = replica.lagSeconds * 1000 <= this.config.maxLagMs;
      if (!replica.inRotation && was) this.logger.warn({ replica: replica.name, lagSeconds: replica.lagSeconds }, 'read replica behind: out of rotation');
    } catch (error) {
      replica.inRotation = false;
      replica.lagSeconds = null;
      if (was) this.logger.warn({ replica: replica.name, err: error }, 'read replica unreachable: out of rotation');
      return;
    }
    if (replica.inRotation && !was) this.logger.info({ replica: replica.name }, 'read replica in rotation');
  }
}

/**
 * Runs a read that tolerates replication lag: on a replica when `db`'s router (if any) allows it in the current
 * scope, else on `db`. `fn` is told which, so that it does not write on a replica.
 */
export function readRoute<T>(db: DataSource, metricKeys: readonly string[] | null, fn: (db: DataSource, onReplica: boolean) => Promise<T>): Promise<T> {
  const router = routers.get(db);
  return router ? router.route(metricKeys, fn) : fn(db, false);
}

interface ScopeContext {
  services: { reads: ReadReplicas };
  principal: { id: string } | null;
}

/**
 * Every resolver of a query runs in a read scope (graphql-js calls field resolvers outside their parent's async
 * context, so each is wrapped); a root mutation field notes its principal's write when it ends. Installed only
 * when replicas are configured (schema.ts).
 */
export const readScope: MiddlewareFn<ScopeContext> = async ({ context, info }, next) => {
  const reads = context.services.reads;
  const principalId = context.principal?.id ?? null;
  if (info.operation.operation === 'query') return reads.withinQuery(principalId, next);
  if (info.operation.operation !== 'mutation' || info.path.prev !== undefined || principalId === null) return next();
  try {
    return await next();
  } finally {
    reads.noteWrite(principalId);
  }
};
