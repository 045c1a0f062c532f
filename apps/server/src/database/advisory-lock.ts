import type { Client } from 'pg';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { dedicatedConnection } from './dedicated-connection';
import { runSql } from './sql';

/** Cluster-wide critical sections, one PostgreSQL advisory lock key each. */
export const LOCKS = { migrations: 7_400_001, simulator: 7_400_002, rollupRefresher: 7_400_003 } as const;

/** Runs `work` while holding a session lock, so replicas starting together migrate and seed one at a time. */
export async function withAdvisoryLock<T>(db: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    // Waiting for another replica's migrations and seeding is not a hung statement: no statement_timeout for it.
    await runSql(runner, sql`SET statement_timeout = 0`);
    await runSql(runner, sql`SELECT pg_advisory_lock(${key})`);
    return await work();
  } finally {
    // Releasing the connection with its session lock would keep the lock: unlock first (and restore the pool's bound).
    await runSql(runner, sql`SELECT pg_advisory_unlock(${key})`).then(() => runSql(runner, sql`RESET statement_timeout`)).finally(() => runner.release());
  }
}

/**
 * Leader election: the instance holding a session-level advisory lock on its own connection leads.
 * PostgreSQL releases the lock when that session ends, crash or network loss included, and the next
 * instance to ask takes over.
 */
export class LeaderLock {
  private client: Client | null = null;
  private held = false;

  constructor(private readonly db: DataSource, private readonly key: number) {}

  get isLeader(): boolean {
    return this.held;
  }

  /** True while this instance leads; otherwise tries once to take the lead. */
  async acquire(): Promise<boolean> {
    if (this.held) return true;
    const client = this.client ?? (await this.connect());
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [this.key]);
    this.held = rows[0].locked;
    return this.held;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.held = false;
    // Closing the session releases the lock.
    await client?.end();
  }

  private async connect(): Promise<Client> {
    const client = dedicatedConnection(this.db, 'leader');
    client.once('end', () => {
      if (this.client !== client) return;
      this.client = null;
      this.held = false;
    });
    await client.connect();
    this.client = client;
    return client;
  }
}
