import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { attachedPartitions, monthStart, partitionName } from '../partition/partition.service';

/** From this many points a batch goes to COPY first: below it, the savepoint's round trips cost more than COPY saves. */
export const COPY_FROM_ROWS = 1_000;

export interface CopyRow {
  seriesId: string;
  p: { at: Date; atText: string; value: number; source: string | null };
}

/** A point already stored (unique violation), a row outside its partition's bounds (check violation). */
const FALL_BACK = new Set(['23505', '23514']);
/** Rows per chunk handed to the COPY stream. */
const CHUNK_ROWS = 2_000;

/** COPY's text format: a backslash, tab, newline or carriage return in a value is escaped; null is \N. */
const copyText = (value: string | null): string => (value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]));
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function* copyLines(rows: readonly CopyRow[]): Generator<string> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    let chunk = '';
    for (const { seriesId, p } of rows.slice(start, start + CHUNK_ROWS)) {
      chunk += `${seriesId}\t${p.atText}\t${p.value}\t${copyText(p.source)}\n`;
    }
    yield chunk;
  }
}

/**
 * Inserts points none of which is stored yet with COPY, PostgreSQL's bulk path (rows go in a page at a time,
 * where INSERT … ON CONFLICT probes and inserts each row on its own). Each month's rows go straight into that
 * month's partition where it exists: COPY through the partitioned table routes every row on its own and runs
 * about a third slower. It runs in a savepoint: when any point is already stored (a re-import, an overwrite, a
 * concurrent writer's point) the unique key on (series, instant) refuses the COPY, and when a partition changed
 * meanwhile its bounds do; nothing of the COPY remains and the caller upserts the batch instead, so the result is
 * the upsert's in every case. Returns whether COPY wrote the rows.
 */
export async function copyNewPoints(tx: EntityManager, rows: readonly CopyRow[]): Promise<boolean> {
  const client = (tx.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!client || !tx.queryRunner?.isTransactionActive) return false;
  const byMonth = new Map<string, CopyRow[]>();
  for (const row of rows) {
    const month = partitionName(monthStart(row.p.at));
    (byMonth.get(month) ?? byMonth.set(month, []).get(month)!).push(row);
  }
  await tx.query('SAVEPOINT observation_copy');
  try {
    const leaves = new Set(await attachedPartitions(tx));
    for (const [month, monthRows] of byMonth) {
      // Months without a partition go through the parent, to the default partition.
      const table = leaves.has(month) ? month : 'observation';
      await pipeline(Readable.from(copyLines(monthRows)), client.query(copyFrom(`COPY ${table} (series_id, at, value, source) FROM STDIN`)));
    }
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT observation_copy');
    if (FALL_BACK.has((error as { code?: string }).code ?? '')) return false;
    throw error;
  }
  return true;
}
