import { sql, type RawBuilder } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import { refreshRollups } from './rollup.write';

/** SQLSTATE of a NOWAIT lock another transaction holds. */
const LOCK_NOT_AVAILABLE = '55P03';

/** Who folded: the elected refresher, or a read that needed its metrics' rollups current. */
export type FoldedBy = 'refresher' | 'read';

/** Told how many change rows each committed fold removed (prom-client's Counter is one). */
export interface FoldCounter {
  inc(labels: { by: FoldedBy }, value: number): void;
}

/** Reads fold through free functions that only get the DataSource: its counter is found by it. */
const counters = new WeakMap<DataSource, FoldCounter>();

export function countFolds(db: DataSource, counter: FoldCounter): void {
  counters.set(db, counter);
}

/**
 * Folds the change rows `pick` selects (a `SELECT id FROM rollup_change … ORDER BY id FOR UPDATE`) into every
 * rollup level, in one transaction, and says how many it folded.
 *
 * Why this is safe with any number of concurrent folders (the refresher, reads, other instances) and writers:
 * - A writer's points and its change row commit together, and `pick` locks only committed rows (a row another
 *   folder is deleting is waited for, then skipped), so every recompute below, a later statement under READ
 *   COMMITTED, sees the points of every change it deletes. A change committed meanwhile is not seen, stays in
 *   the log and is folded next time: nothing is lost.
 * - Change rows are locked in id order and series then metrics in id and key order, every folder alike, and
 *   writers lock none of them: no deadlock.
 * - Two folders of one series never interleave: each takes the series' row locks before recomputing and keeps
 *   them to its commit, so the later one's recompute (a new snapshot, taken after it got the locks) sees the
 *   earlier one's commit and everything it saw; an older snapshot never overwrites a newer rollup. The metric
 *   locks (refreshRollups) do the same for the merged rows of a metric folded through different series.
 * - A rebuild holds writers off, waits for running folds and empties the log (rollup.rebuild.ts).
 */
async function fold(db: DataSource, pick: RawBuilder<unknown>, by: FoldedBy): Promise<number> {
  const folded = await db.transaction(async (tx) => {
    // A rebuild empties the log (TRUNCATE) and holds it to its commit, minutes on a long history. The refresher
    // gives way rather than wait on it until the statement timeout cancels it, holding a connection, every
    // interval: the rebuild covers every change, and the next tick folds whatever comes after it.
    if (by === 'refresher' && !(await lockedUnlessRebuilding(tx))) return 0;
    const hours = await runSql(tx, sql<{ series_id: string; hour_start: Date; changes: number }>`
      WITH gone AS (DELETE FROM rollup_change c USING (${pick}) AS l WHERE c.id = l.id RETURNING c.series_id, c.hour_start)
      SELECT series_id, hour_start, count(*)::int AS changes FROM gone GROUP BY 1, 2 ORDER BY 1, 2`);
    if (hours.length === 0) return 0;
    const seriesIds = hours.map((h) => h.series_id);
    await runSql(tx, sql`SELECT 1 FROM series WHERE id = ANY(${[...new Set(seriesIds)]}::bigint[]) ORDER BY id FOR NO KEY UPDATE`);
    await refreshRollups(tx, { seriesIds, hourStarts: hours.map((h) => h.hour_start.toISOString()) });
    return hours.reduce((total, h) => total + h.changes, 0);
  });
  if (folded > 0) counters.get(db)?.inc({ by }, folded);
  return folded;
}

/** Takes the log's table lock (as the DELETE would) unless a rebuild holds it: false then, and the transaction is left usable. */
async function lockedUnlessRebuilding(tx: EntityManager): Promise<boolean> {
  await runSql(tx, sql`SAVEPOINT log_lock`);
  try {
    await runSql(tx, sql`LOCK TABLE rollup_change IN ROW EXCLUSIVE MODE NOWAIT`);
    return true;
  } catch (error) {
    const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
    if ((driverError?.code ?? code) !== LOCK_NOT_AVAILABLE) throw error;
    await runSql(tx, sql`ROLLBACK TO SAVEPOINT log_lock`);
    return false;
  }
}

/** The refresher's step: folds the oldest `limit` changes (fewer if fewer are pending); says how many. */
export function foldOldestChanges(db: DataSource, limit: number): Promise<number> {
  return fold(db, sql`SELECT id FROM rollup_change ORDER BY id LIMIT ${limit} FOR UPDATE`, 'refresher');
}

/** Before raw rows older than `instant` are dropped (retention): folds every change of an hour before it. */
export function foldChangesBefore(db: DataSource, instant: Date): Promise<number> {
  return fold(db, sql`SELECT id FROM rollup_change WHERE hour_start < ${instant} ORDER BY id FOR UPDATE`, 'refresher');
}

/**
 * Before reading rollups of `metricKeys`: folds their changes committed so far, so the read equals the raw
 * computation. With nothing pending (the refresher keeps up) it costs one index probe.
 */
export async function foldChangesOf(db: DataSource, metricKeys: readonly string[]): Promise<void> {
  if (metricKeys.length === 0) return;
  const [pending] = await runSql(db, sql<{ pending: boolean }>`SELECT EXISTS (SELECT 1 FROM rollup_change WHERE metric_key = ANY(${metricKeys})) AS pending`);
  if (pending.pending) await fold(db, sql`SELECT id FROM rollup_change WHERE metric_key = ANY(${metricKeys}) ORDER BY id FOR UPDATE`, 'read');
}

/** Seconds since the oldest change still unfolded was recorded; 0 when none is. */
export async function rollupLagSeconds(db: DataSource): Promise<number> {
  const [oldest] = await runSql(db, sql<{ lag: number }>`
    SELECT extract(epoch FROM clock_timestamp() - created_at)::float8 AS lag FROM rollup_change ORDER BY id LIMIT 1`);
  return oldest ? Math.max(0, oldest.lag) : 0;
}
