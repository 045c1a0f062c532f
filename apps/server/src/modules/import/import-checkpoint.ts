import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import { cellText, type Cell } from './import-mapping';

/** A data row of a file: its number (1 is the first row under the header) and its cells. */
export interface FileRow {
  row: number;
  cells: Cell[];
}

export interface RejectedRow extends FileRow {
  column: string | null;
  reason: string;
}

/** Locks the import's row for the batch's transaction; false when it no longer runs (cancelled meanwhile). */
export async function lockRunning(tx: EntityManager, importId: string): Promise<boolean> {
  const [current] = await runSql(tx, sql<{ state: string }>`SELECT state FROM import_run WHERE id = ${importId} FOR UPDATE`);
  return current?.state === 'RUNNING';
}

/** A batch's rejected rows and its checkpoint, in the transaction that wrote its rows: a restart resumes after `lastRow`. */
export async function commitBatch(tx: EntityManager, importId: string, lastRow: number, written: number, rejected: readonly RejectedRow[]): Promise<void> {
  if (rejected.length > 0) {
    await runSql(tx, sql`
      INSERT INTO import_rejection (import_id, row_number, column_name, reason, cells)
      SELECT ${importId}, * FROM unnest(${rejected.map((r) => r.row)}::int[], ${rejected.map((r) => r.column)}::text[], ${rejected.map((r) => r.reason)}::text[], ${rejected.map((r) => JSON.stringify(r.cells.map(cellText)))}::jsonb[])
      ON CONFLICT DO NOTHING`);
  }
  await runSql(tx, sql`
    UPDATE import_run SET rows_done = ${lastRow}, rows_written = rows_written + ${written}, rows_rejected = rows_rejected + ${rejected.length}
     WHERE id = ${importId}`);
}
