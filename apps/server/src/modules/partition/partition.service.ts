import { sql, type RawBuilder } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { qb, runOne, runSql, type Executor } from '../../database/sql';
import { foldChangesBefore } from '../rollup/rollup.fold';

/** The partition that takes a write for a month with no partition yet (split into months by `maintain`). */
export const DEFAULT_PARTITION = 'observation_default';
/** The empty partition over [-infinity, raw_from): its CHECK (false) refuses a write into a dropped month. */
export const RETIRED_PARTITION = 'observation_retired';
const MONTH_PARTITION = /^observation_p(\d{4})(\d{2})$/;
/** A lock held longer than this (a long read) makes the step give up and retry at the next run, not queue every request. */
const LOCK_TIMEOUT = '10s';

/** The start of the UTC month of `at`, `months` later. */
export function monthStart(at: Date, months = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
}

/** observation_pYYYYMM: the partition of the UTC month starting at `month`. */
export function partitionName(month: Date): string {
  return `observation_p${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The partitions attached to `observation` (months, the default, the retired one), by name. */
export async function attachedPartitions(executor: Executor): Promise<string[]> {
  const rows = await runSql(executor, sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'observation'::regclass ORDER BY 1`);
  return rows.map((row) => row.name);
}

export interface MonthPartition {
  name: string;
  from: Date;
  to: Date;
}

/**
 * The monthly partitions of `observation` (migration 1796673600000): UTC months, so a month is whole UTC hours
 * and the hourly rollups cover a dropped month exactly. A write for a month without a partition lands in the
 * DEFAULT partition and never fails; `maintain` keeps the coming months created and moves what the default
 * holds into partitions of its months (creating a range over rows the default holds would fail, so each split
 * creates the month as a plain table, moves the rows and attaches it, with the default locked throughout).
 * Every step is safe on every instance at once: a second one finds the work done.
 */
export class PartitionService {
  /** raw_from as this instance last read or set it: writes before it are refused (the retired partition backstops a stale one). */
  private knownRawFrom: Date | null = null;

  constructor(private readonly db: DataSource) {}

  /** The instant before which raw rows were dropped, as last seen (start-up, every `maintain`, every drop). */
  get retiredBefore(): Date | null {
    return this.knownRawFrom;
  }

  /** The month partitions, oldest first. */
  async months(): Promise<MonthPartition[]> {
    return (await attachedPartitions(this.db)).flatMap((name) => {
      const match = MONTH_PARTITION.exec(name);
      if (!match) return [];
      const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
      return [{ name, from, to: monthStart(from, 1) }];
    });
  }

  /** The instant before which raw rows were dropped (null: none were). */
  async rawFrom(): Promise<Date | null> {
    this.knownRawFrom = (await runOne(this.db, qb.selectFrom('observation_retention').select('raw_from')))?.raw_from ?? null;
    return this.knownRawFrom;
  }

  /**
   * The current UTC month and the `aheadMonths` after it get their partitions, and the rows the default partition
   * holds move to partitions of their months. Says which partitions it created.
   */
  async maintain(aheadMonths: number, now = new Date()): Promise<string[]> {
    await this.rawFrom();
    return [...(await this.createMonths(monthStart(now), monthStart(now, aheadMonths))), ...(await this.splitDefault())];
  }

  /** Creates the partitions of the UTC months from the one of `from` to the one of `to`; says which it created. */
  async createMonths(from: Date, to: Date): Promise<string[]> {
    const created: string[] = [];
    for (let month = monthStart(from); month <= to; month = monthStart(month, 1)) if (await this.createMonth(month)) created.push(partitionName(month));
    return created;
  }

  /** Moves the rows of the default partition into partitions of their months; says which it created. */
  async splitDefault(): Promise<string[]> {
    const months = await runSql(this.db, sql<{ month: Date }>`
      SELECT DISTINCT date_trunc('month', at, 'UTC') AS month FROM ${sql.table(DEFAULT_PARTITION)} ORDER BY 1`);
    const created: string[] = [];
    for (const { month } of months) if (await this.createMonth(month)) created.push(partitionName(month));
    return created;
  }

  /** Creates the partition of the month at `month` unless it exists, moving the default's rows of that month into it. */
  private createMonth(month: Date): Promise<boolean> {
    const name = partitionName(month);
    const to = monthStart(month, 1);
    return this.db.transaction(async (tx) => {
      // Most runs find every month there: no lock for them, which would queue every read behind the next long one.
      const [known] = await runSql(tx, sql<{ exists: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS exists`);
      if (known.exists) return false;
      await runSql(tx, sql`SET LOCAL lock_timeout = ${sql.lit(LOCK_TIMEOUT)}`);
      // Attaching clones the foreign key to series, which needs series in SHARE ROW EXCLUSIVE mode. Taken first, in
      // the order writers take them (series, then observation): a writer that added a series and then waited for the
      // default partition would otherwise deadlock with this transaction.
      await runSql(tx, sql`LOCK TABLE series IN SHARE ROW EXCLUSIVE MODE`);
      // Held to the commit: writers of months without a partition wait, then land in the new one; another
      // instance creating the same month waits here and then finds it.
      await runSql(tx, sql`LOCK TABLE ${sql.table(DEFAULT_PARTITION)} IN ACCESS EXCLUSIVE MODE`);
      const [state] = await runSql(tx, sql<{ exists: boolean; retired: boolean }>`
        SELECT to_regclass(${name}) IS NOT NULL AS exists,
               coalesce((SELECT raw_from FROM observation_retention) > ${month}, false) AS retired`);
      if (state.exists || state.retired) return false;
      await runSql(tx, sql`CREATE TABLE ${sql.table(name)} (LIKE observation INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      await runSql(tx, sql`
        WITH moved AS (DELETE FROM ${sql.table(DEFAULT_PARTITION)} WHERE at >= ${month} AND at < ${to} RETURNING *)
        INSERT INTO ${sql.table(name)} SELECT * FROM moved`);
      await attach(tx, name, sql`${sql.lit(month.toISOString())}`, sql`${sql.lit(to.toISOString())}`);
      return true;
    });
  }

  /**
   * Drops the raw rows before `horizon` (a UTC month start) a whole month partition at a time, after folding
   * their pending rollup changes, so the hourly and daily rollups keep those months' history; the retired
   * partition then refuses writes before `horizon`, which could no longer be folded right (a fold recomputes an
   * hour from its raw rows). Says which partitions it dropped.
   */
  async dropBefore(horizon: Date): Promise<string[]> {
    const rawFrom = await this.rawFrom();
    if (rawFrom && rawFrom >= horizon) return [];
    // Rows of old months written while they had no partition go with their months.
    await this.splitDefault();
    // A write committed between the fold and the lock leaves a change behind: fold again and retry.
    for (let attempt = 0; attempt < 3; attempt++) {
      await foldChangesBefore(this.db, horizon);
      const months = (await this.months()).filter((m) => m.to <= horizon);
      const dropped = await this.db.transaction(async (tx) => {
        await runSql(tx, sql`SET LOCAL lock_timeout = ${sql.lit(LOCK_TIMEOUT)}`);
        // The parent first, as every writer and reader takes it: dropping a partition needs it anyway.
        await runSql(tx, sql`LOCK TABLE observation IN ACCESS EXCLUSIVE MODE`);
        const [pending] = await runSql(tx, sql<{ pending: boolean }>`SELECT EXISTS (SELECT 1 FROM rollup_change WHERE hour_start < ${horizon}) AS pending`);
        if (pending.pending) return null;
        for (const { name } of months) await runSql(tx, sql`DROP TABLE ${sql.table(name)}`);
        await runSql(tx, sql`DROP TABLE IF EXISTS ${sql.table(RETIRED_PARTITION)}`);
        await runSql(tx, sql`CREATE TABLE ${sql.table(RETIRED_PARTITION)} (LIKE observation INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
        await runSql(tx, sql`ALTER TABLE ${sql.table(RETIRED_PARTITION)} ADD CONSTRAINT observation_retired_no_rows CHECK (false)`);
        await attach(tx, RETIRED_PARTITION, sql`MINVALUE`, sql`${sql.lit(horizon.toISOString())}`);
        await runSql(tx, sql`UPDATE observation_retention SET raw_from = ${horizon}`);
        return months.map((m) => m.name);
      });
      if (dropped) {
        this.knownRawFrom = horizon;
        return dropped;
      }
    }
    return [];
  }
}

function attach(tx: EntityManager, name: string, from: RawBuilder<unknown>, to: RawBuilder<unknown>) {
  return runSql(tx, sql`ALTER TABLE observation ATTACH PARTITION ${sql.table(name)} FOR VALUES FROM (${from}) TO (${to})`);
}
