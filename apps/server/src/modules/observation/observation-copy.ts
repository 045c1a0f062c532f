import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** From this many points a batch goes to COPY first: below it, the savepoint's round trips cost more than COPY saves. */
export const COPY_FROM_ROWS = 1_000;

export interface CopyRow {
  seriesId: string;
  p: { atText: string; value: number; source: string | null };
}

const UNIQUE_VIOLATION = '23505';
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
 * where INSERT … ON CONFLICT probes and inserts each row on its own). It runs in a savepoint: when any point is
 * already stored (a re-import, an overwrite, a concurrent writer's point), the unique key on (series, instant)
 * refuses the COPY, nothing of it remains, and the caller upserts the batch instead; so the result is the
 * upsert's in every case. Returns whether COPY wrote the rows.
 */
export async function copyNewPoints(tx: EntityManager, rows: readonly CopyRow[]): Promise<boolean> {
  const client = (tx.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!client || !tx.queryRunner?.isTransactionActive) return false;
  await tx.query('SAVEPOINT observation_copy');
  try {
    await pipeline(Readable.from(copyLines(rows)), client.query(copyFrom('COPY observation (series_id, at, value, source) FROM STDIN')));
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT observation_copy');
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
    throw error;
  }
  await tx.query('RELEASE SAVEPOINT observation_copy');
  return true;
}
