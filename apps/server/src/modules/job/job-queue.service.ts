import { PgBoss, type Job, type JobWithMetadata } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../common/logger';
import { logBackgroundFailure } from '../../common/periodic-task';
import type { Config } from '../../config';
import { poolOf } from '../../database/sql';

/**
 * pg-boss keeps its tables in a schema of its own, installed and upgraded by `start` under its advisory lock. The
 * schema itself is made by a migration: pg-boss's CREATE SCHEMA IF NOT EXISTS races between replicas starting together.
 */
export const JOB_SCHEMA = 'pgboss';

/** What a running job is given besides its data. */
export interface JobRun {
  id: string;
  /** 0 on the first attempt, then 1, 2… on retries. */
  attempt: number;
  /** Aborted when the job is cancelled or the instance stops: stop at the next safe point (a checkpoint). */
  signal: AbortSignal;
}

/**
 * A kind of background work. Jobs of one kind with the same key never run at the same time, on any instance
 * (pg-boss `singleton` policy); jobs without a key share one. A failed run is retried `retryLimit` times after
 * `retryDelaySeconds`, doubling each time (with jitter); a job whose instance died (no heartbeat for
 * `heartbeatSeconds`) is retried by another, so a job should continue from its own checkpoint.
 */
export interface JobDefinition<T extends object> {
  name: string;
  run(data: T, job: JobRun): Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  /** At least 10 (default 30): how long before the job of a crashed instance is handed to another. */
  heartbeatSeconds?: number;
  /** The longest one run may take before it is failed (and retried). */
  expireInSeconds?: number;
  /** Jobs of this kind one instance runs at once (different keys). */
  concurrency?: number;
  /** How long a finished job stays in the list (default 7 days). */
  keepSeconds?: number;
  /** Run each time the queue starts: queues work of this kind left without a job (see `sendMissing`). */
  recover?: () => Promise<void>;
  /**
   * `stately`: besides one running, at most one job per key waits (a second `offer` is refused), for work that a
   * later run covers whole, such as a scan.
   */
  policy?: 'singleton' | 'stately';
}

export interface SendOptions {
  key?: string;
  startAfter?: Date;
  /** Queues the job in this transaction: it exists once, and only if, the transaction commits (then `wake`). */
  tx?: EntityManager;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as the ADMIN's list shows it. */
export interface JobRecord {
  id: string;
  name: string;
  key: string | null;
  state: JobState;
  /** Attempts started so far. */
  attempts: number;
  maxAttempts: number;
  /** The last failure's message (never its stack). */
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** When a queued or retried job may start. */
  startAfter: Date;
}

/** The error message pg-boss stored as a failed job's output (`{ message, stack, … }`), if any. */
function errorOf(output: unknown): string | null {
  const message = (output as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.slice(0, 1000) : null;
}

/**
 * The one way to run background work that must survive restarts and run once across instances: a PostgreSQL
 * job queue (pg-boss) on the server's own pool. Define kinds before `start`; `send` queues a job (from any
 * instance, also before start) and wakes this instance's worker of that kind.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly workerIds = new Map<string, string[]>();
  private started: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly options: Config['jobs'],
    private readonly logger: Logger,
  ) {
    this.boss = new PgBoss({
      // The server's pool (looked up per call: it exists once the DataSource is initialised).
      db: { executeSql: (text, values) => poolOf(db).query(text, values) },
      schema: JOB_SCHEMA,
      superviseIntervalSeconds: options.superviseSeconds,
      monitorIntervalSeconds: options.superviseSeconds,
      // No cron schedules: its one-minute grain is too coarse for the SLA scan (see SlaMonitor); timers queue the periodic work.
      schedule: false,
    });
    // An unhandled 'error' event would end the process; a database outage is retried by pg-boss's own loops.
    this.boss.on('error', (error) => logBackgroundFailure(this.logger, 'jobs', error));
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`job kind ${definition.name} defined after the queue started`);
    if (this.definitions.has(definition.name)) throw new Error(`job kind ${definition.name} defined twice`);
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  /** Installs (or upgrades) the queue's tables, creates a queue per kind and starts polling them. */
  start(): Promise<void> {
    this.started ??= this.open();
    return this.started;
  }

  private async open(): Promise<void> {
    await this.boss.start();
    try {
      await this.work();
      for (const definition of this.definitions.values()) {
        await definition.recover?.().catch((error) => logBackgroundFailure(this.logger, `jobs: recovering ${definition.name}`, error));
      }
    } catch (error) {
      // The worker list does not stop a worker whose start failed: stop pg-boss's timers here.
      await this.boss.stop({ graceful: false, close: false });
      this.started = null;
      throw error;
    }
  }

  private async work(): Promise<void> {
    for (const definition of this.definitions.values()) {
      const { name, retryLimit = 5, retryDelaySeconds = 5, retryDelayMaxSeconds = 600, heartbeatSeconds = 30, expireInSeconds = 900, policy = 'singleton', keepSeconds = 7 * 86_400 } = definition;
      const options = {
        policy, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, retryDelayMax: retryDelayMaxSeconds, expireInSeconds, heartbeatSeconds, deleteAfterSeconds: keepSeconds,
      };
      // createQueue leaves an existing queue as it is; updateQueue brings its retry settings up to date.
      await this.boss.createQueue(name, options);
      const { policy: _policy, heartbeatSeconds: _heartbeat, retryDelayMax, ...updatable } = options;
      await this.boss.updateQueue(name, { ...updatable, retryDelayMax });
      // One pg-boss worker per slot rather than localConcurrency, which gives out one id to wake for all of them.
      const workerIds: string[] = [];
      for (let slot = 0; slot < (definition.concurrency ?? 1); slot++) {
        workerIds.push(await this.boss.work<object>(
          name,
          { pollingIntervalSeconds: this.options.pollMs / 1000 },
          async ([job]: Job<object>[]) => definition.run(job.data, { id: job.id, attempt: job.retryCount, signal: job.signal }),
        ));
      }
      this.workerIds.set(name, workerIds);
    }
  }

  /**
   * Queues a job; `key` makes it run alone among the jobs of its kind with that key. Returns its id. Wakes the local
   * worker instead of waiting for its next poll (after the commit, when queued in a transaction).
   */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string> {
    const id = await this.offer(name, data, options);
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  /**
   * Whether jobs of this kind can be queued now: its queue exists once some instance has started the queue. On a new
   * database the demo seed runs before the first start; work it would queue then is queued by the kind's `recover`.
   */
  async accepting(name: string): Promise<boolean> {
    if (this.started) return true;
    const { rows } = await poolOf(this.db).query<{ ok: boolean }>(`SELECT to_regclass('${JOB_SCHEMA}.queue') IS NOT NULL AS ok`);
    if (!rows[0].ok) return false;
    return (await poolOf(this.db).query(`SELECT 1 FROM ${JOB_SCHEMA}.queue WHERE name = $1`, [name])).rowCount === 1;
  }

  /** Queues a job like `send`, or returns null when its kind's policy refuses it (a `stately` job of that key waits). */
  async offer<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const { tx } = options;
    // TypeORM's structured result, whatever the statement: pg-boss reads `rows`.
    const db = tx && { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await tx.queryRunner!.query(text, values, true)).records }) };
    const id = await this.boss.send(name, data, { singletonKey: options.key, startAfter: options.startAfter, db });
    if (!tx) this.wake(name);
    return id;
  }

  /**
   * Queues a job for each key that has none queued, waiting for a retry or running; returns how many it queued.
   * Replicas starting together may both queue one: the jobs of one key run one after the other, so work done once
   * must be a no-op the second time.
   */
  async sendMissing<T extends object>(name: string, jobs: Array<{ key: string; data: T }>): Promise<number> {
    if (jobs.length === 0) return 0;
    const live = new Set((await poolOf(this.db).query<{ key: string }>(
      `SELECT singleton_key AS key FROM ${JOB_SCHEMA}.job WHERE name = $1 AND singleton_key = ANY($2) AND state IN ('created', 'retry', 'active')`,
      [name, jobs.map((job) => job.key)],
    )).rows.map((row) => row.key));
    const missing = jobs.filter((job) => !live.has(job.key));
    for (const job of missing) await this.send(name, job.data, { key: job.key });
    return missing.length;
  }

  /** Has this instance's worker of the kind look for jobs now (say, after a commit that queued some). */
  wake(name: string): void {
    for (const workerId of this.workerIds.get(name) ?? []) this.boss.notifyWorker(workerId);
  }

  /** Cancels a queued or running job (a running one sees its signal aborted). */
  async cancel(name: string, id: string): Promise<void> {
    await this.boss.cancel(name, id);
  }

  async find(name: string, id: string): Promise<JobRecord | null> {
    const [job] = await this.boss.findJobs<object>(name, { id });
    return job ? this.record(job) : null;
  }

  /** The most recent jobs of every kind, newest first, optionally of some states only. */
  async list(options: { states?: JobState[]; limit: number }): Promise<JobRecord[]> {
    const rows: Array<{ id: string; name: string; singleton_key: string | null; state: JobState; retry_count: number; retry_limit: number; output: unknown; created_on: Date; started_on: Date | null; completed_on: Date | null; start_after: Date }> = (await poolOf(this.db).query(
      `SELECT id, name, singleton_key, state, retry_count, retry_limit, output, created_on, started_on, completed_on, start_after
         FROM ${JOB_SCHEMA}.job WHERE ($1::text[] IS NULL OR state::text = ANY($1)) ORDER BY created_on DESC, id LIMIT $2`,
      [options.states && options.states.length > 0 ? options.states : null, options.limit],
    )).rows;
    return rows.map((row) => ({
      id: row.id, name: row.name, key: row.singleton_key, state: row.state,
      attempts: row.started_on ? row.retry_count + 1 : row.retry_count, maxAttempts: row.retry_limit + 1,
      error: errorOf(row.output), createdAt: row.created_on, startedAt: row.started_on, completedAt: row.completed_on, startAfter: row.start_after,
    }));
  }

  private record(job: JobWithMetadata<object>): JobRecord {
    return {
      id: job.id, name: job.name, key: job.singletonKey, state: job.state,
      attempts: job.startedOn ? job.retryCount + 1 : job.retryCount, maxAttempts: job.retryLimit + 1,
      error: errorOf(job.output), createdAt: job.createdOn, startedAt: job.startedOn ?? null, completedAt: job.completedOn, startAfter: job.startAfter,
    };
  }

  /** Stops taking jobs and waits up to `timeoutMs` for those running; the rest are retried after their heartbeat lapses. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    this.started = null;
    this.workerIds.clear();
    await this.boss.stop({ graceful: true, close: false, timeout: timeoutMs });
  }
}
