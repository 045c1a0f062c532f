import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { canEditRevOps, canIngest, type Grant, type ImportReason, type ImportReasonCode } from '@opshub/metrics';
import type { EventBus } from '../bus/event-bus';
import { runSql } from '../../database/sql';
import type { JobQueue } from '../job/job-queue.service';
import type { MetricService } from '../metric/metric.service';
import type { ObservationService } from '../observation/observation.service';
import type { LeadService } from '../revops/lead.service';
import { commitBatch, lockRunning, type FileRow, type RejectedRow } from './import-checkpoint';
import { ImportError, problem } from './import-error';
import { countFileRows, fileRows } from './import-file';
import { columnsOf, isLeadMapping, leadInputOf, type FileMapping } from './import-lead-mapping';
import { writeLeadBatch } from './import-leads';
import { cellText, csvCell, headerProblem, mapRow, noHeader, rowProblem, type Cell, type ImportMapping, type MappedRow } from './import-mapping';

export const IMPORT_JOB = 'import.run';
/**
 * Rows written per transaction: each commits its checkpoint with its points. Observations go in batches of
 * 5,000 (fewer round trips and rollup refreshes); leads in 1,000, as each batch holds the sales reps' locks.
 */
export const IMPORT_BATCH_ROWS = { observations: 10_000, leads: 1000 } as const;
/** Rows parsed between two turns of the event loop while a batch is being written. */
const YIELD_EVERY_ROWS = 100;
/** Upload chunks as stored: reading the file back never holds more than one. */
const CHUNK_BYTES = 1 << 20;

export type ImportState = 'UPLOADING' | 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface ImportRun {
  id: string;
  fileName: string;
  fileBytes: number;
  mapping: FileMapping;
  state: ImportState;
  rowsTotal: number | null;
  rowsDone: number;
  rowsWritten: number;
  rowsRejected: number;
  error: string | null;
  /** The code and params of `error`, where the failure has one of the import's own reasons (for a page to word it). */
  errorCode: ImportReasonCode | null;
  errorParams: ImportReason['params'] | null;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

interface RunRow {
  id: string; file_name: string; file_bytes: string; mapping: FileMapping; grant_json: Grant; state: ImportState; rows_total: number | null;
  rows_done: number; rows_written: number; rows_rejected: number; error: string | null;
  error_code: ImportReasonCode | null; error_params: ImportReason['params'] | null; created_by_id: string; created_by_name: string; created_at: Date; started_at: Date | null; finished_at: Date | null;
}

const toRun = (row: RunRow): ImportRun => ({
  id: row.id, fileName: row.file_name, fileBytes: Number(row.file_bytes), mapping: row.mapping, state: row.state, rowsTotal: row.rows_total,
  rowsDone: row.rows_done, rowsWritten: row.rows_written, rowsRejected: row.rows_rejected, error: row.error,
  errorCode: row.error_code, errorParams: row.error_params, createdById: row.created_by_id, createdByName: row.created_by_name,
  createdAt: row.created_at, startedAt: row.started_at, finishedAt: row.finished_at,
});

/** A header row's names, trimmed (a date cell as its text). */
const headerOf = (cells: readonly Cell[]): string[] => cells.map((cell) => cellText(cell).trim());


interface Uploader {
  kind: 'USER' | 'API_KEY';
  id: string;
  name: string;
  grant: Grant;
}

/** One row a preview shows: its cells, and what it becomes or why it is refused (in English and as a code). */
export interface PreviewRow {
  row: number;
  cells: string[];
  ok: boolean;
  column: string | null;
  reason: string | null;
  code: ImportReasonCode | null;
  params: ImportReason['params'] | null;
}

const needsIngest = problem('NEEDS_INGEST', 'importing needs the INGEST scope');
const fileEmpty = problem('FILE_EMPTY', 'the file is empty');

/**
 * File imports (CSV or .xlsx): the upload is stored in chunks, then a queue job (one at a time per import) reads
 * it back as a stream, maps each row, and writes batches through ObservationService.record (or, for a lead
 * mapping, LeadService.importLeads) in one transaction with the checkpoint, so a run restarted after a crash
 * continues at the checkpoint: no row twice, none missed. Points are upserted by series and instant, leads are
 * kept by externalId, so importing the same file again creates nothing twice.
 */
export class ImportService {
  constructor(
    private readonly db: DataSource,
    private readonly metrics: MetricService,
    private readonly observations: ObservationService,
    private readonly bus: EventBus,
    private readonly jobs: JobQueue,
    private readonly leads: LeadService,
  ) {
    jobs.define<{ importId: string }>({ name: IMPORT_JOB, heartbeatSeconds: 10, retryLimit: 3, run: ({ importId }, job) => this.run(importId, job.signal) });
  }

  /** Stores an upload, checks its header against the mapping and queues it; refused files leave nothing behind. */
  async upload(file: AsyncIterable<Buffer>, fileName: string, mapping: FileMapping, uploader: Uploader): Promise<ImportRun> {
    if (!uploader.grant.scopes.includes('INGEST')) throw ImportError.of(needsIngest, 400);
    if (isLeadMapping(mapping) && !canEditRevOps(uploader.grant)) throw ImportError.of(problem('NEEDS_LEAD_WRITE', 'importing leads needs write access to SALES or MARKETING leads'), 400);
    const [created] = await runSql(this.db, sql<{ id: string }>`
      INSERT INTO import_run (file_name, mapping, grant_json, created_by_kind, created_by_id, created_by_name)
      VALUES (${fileName.slice(0, 255)}, ${JSON.stringify(mapping)}::jsonb, ${JSON.stringify(uploader.grant)}::jsonb, ${uploader.kind}, ${uploader.id}, ${uploader.name})
      RETURNING id`);
    try {
      let seq = 0;
      let bytes = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        await runSql(this.db, sql`INSERT INTO import_chunk (import_id, seq, data) VALUES (${created.id}, ${seq++}, ${Buffer.concat(pending)})`);
        pending = [];
        pendingBytes = 0;
      };
      for await (const chunk of file) {
        bytes += chunk.length;
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      if (bytes === 0) throw ImportError.of(fileEmpty, 400);
      await this.checkHeader(created.id, mapping);
      await runSql(this.db, sql`UPDATE import_run SET state = 'QUEUED', file_bytes = ${bytes} WHERE id = ${created.id}`);
      await this.jobs.send(IMPORT_JOB, { importId: created.id }, { key: created.id });
      return (await this.find(created.id))!;
    } catch (error) {
      await runSql(this.db, sql`DELETE FROM import_run WHERE id = ${created.id}`);
      throw error;
    }
  }

  private async checkHeader(importId: string, mapping: FileMapping): Promise<void> {
    for await (const header of fileRows(this.chunks(importId), mapping)) {
      const found = headerProblem(header.map(cellText), columnsOf(mapping));
      if (found) throw ImportError.of(found, 400, found.column);
      return;
    }
    throw ImportError.of(noHeader, 400);
  }

  /** The header row of a file (an .xlsx's column names for the mapping form): read as far as its first row only. */
  async header(file: AsyncIterable<Buffer>, delimiter: string | undefined, grant: Grant): Promise<{ header: string[] }> {
    if (!grant.scopes.includes('INGEST')) throw ImportError.of(needsIngest, 403);
    for await (const cells of fileRows(file, { delimiter })) return { header: headerOf(cells) };
    throw ImportError.of(noHeader, 400);
  }

  /** The first `limit` data rows of a file (not stored) with each one's validation result: nothing is written. */
  async preview(file: AsyncIterable<Buffer>, mapping: FileMapping, grant: Grant, limit = 20): Promise<{ header: string[]; rows: PreviewRow[] }> {
    const catalog = await this.metrics.loadCatalog();
    let header: string[] | null = null;
    const rows: PreviewRow[] = [];
    for await (const cells of fileRows(file, mapping)) {
      if (!header) {
        header = headerOf(cells);
        const found = headerProblem(header, columnsOf(mapping));
        if (found) throw ImportError.of(found, 400, found.column);
        continue;
      }
      const checked = isLeadMapping(mapping) ? leadInputOf(header, cells, mapping, 'preview') : this.check(header, cells, mapping, catalog, grant);
      const { column = null, reason = null, code = null, params = null } = checked.ok ? {} : checked;
      rows.push({ row: rows.length + 1, cells: cells.map(cellText), ok: checked.ok, column, reason, code, params });
      if (rows.length >= limit) break;
    }
    if (!header) throw ImportError.of(fileEmpty, 400);
    return { header, rows };
  }

  /** The row as an observation, or why it cannot be written (the catalog's and the uploader's rules included). */
  private check(header: string[], cells: Cell[], mapping: ImportMapping, catalog: Awaited<ReturnType<MetricService['loadCatalog']>>, grant: Grant): MappedRow {
    const mapped = mapRow(header, cells, mapping);
    if (!mapped.ok) return mapped;
    const metricColumn = 'column' in mapping.metric ? mapping.metric.column : null;
    const metric = catalog.find(mapped.metricKey);
    if (!metric) return rowProblem(metricColumn, problem('UNKNOWN_METRIC', `unknown metric "${mapped.metricKey}"`, { metric: mapped.metricKey }));
    if (!canIngest(grant, metric.department)) {
      const reason = `"${metric.key}" belongs to ${metric.department}, whose observations you may not write`;
      return rowProblem(metricColumn, problem('METRIC_NOT_WRITABLE', reason, { metric: metric.key, department: metric.department }));
    }
    return mapped;
  }

  private async *chunks(importId: string): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const [chunk] = await runSql(this.db, sql<{ data: Buffer }>`SELECT data FROM import_chunk WHERE import_id = ${importId} AND seq = ${seq}`);
      if (!chunk) return;
      yield chunk.data;
    }
  }

  /** The file's data rows (the header not counted). */
  private async count(importId: string, mapping: FileMapping): Promise<number> {
    return Math.max((await countFileRows(() => this.chunks(importId), mapping)) - 1, 0);
  }

  /** The job: continues from the checkpoint until the file ends, the import is cancelled or the instance stops. */
  private async run(importId: string, signal: AbortSignal): Promise<void> {
    // (A CTE: TypeORM answers a bare UPDATE … RETURNING with its row count beside the rows.)
    const [row] = await runSql(this.db, sql<RunRow>`
      WITH started AS (UPDATE import_run SET state = 'RUNNING', started_at = coalesce(started_at, now())
                        WHERE id = ${importId} AND state IN ('QUEUED', 'RUNNING') RETURNING *)
      SELECT * FROM started`);
    if (!row) return; // cancelled, or finished by an earlier attempt
    const { mapping, grant_json: grant } = row;
    // The rows are counted (for progress) alongside the import, in the time the writes leave idle.
    const counted = row.rows_total === null
      ? this.count(importId, mapping)
          .then((total) => runSql(this.db, sql`UPDATE import_run SET rows_total = ${total} WHERE id = ${importId}`))
          .then(() => this.progressed(importId))
      : Promise.resolve();
    counted.catch(() => undefined); // awaited below
    // One batch is written while the next is read, mapped and checked: the writes stay in file order, one at a time.
    let writing = Promise.resolve(true);
    try {
      const catalog = await this.metrics.loadCatalog();
      let header: string[] | null = null;
      let rowNumber = 0;
      let batch: FileRow[] = [];
      const batchRows = IMPORT_BATCH_ROWS[isLeadMapping(mapping) ? 'leads' : 'observations'];
      /** Hands the batch on once the previous one is written; false when that one found the import cancelled. */
      const flush = async (): Promise<boolean> => {
        const rows = batch;
        batch = [];
        const write = isLeadMapping(mapping)
          ? () => writeLeadBatch(this.leads, importId, header!, rows, mapping)
          : this.checkedBatch(importId, header!, rows, mapping, catalog, grant);
        if (!(await writing)) return false;
        writing = write().then((goOn) => {
          if (goOn) this.progressed(importId);
          return goOn;
        });
        writing.catch(() => undefined); // awaited by the next flush or below
        return true;
      };
      for await (const cells of fileRows(this.chunks(importId), mapping)) {
        if (!header) {
          header = headerOf(cells);
          continue;
        }
        rowNumber += 1;
        if (rowNumber <= row.rows_done) continue; // written before the restart
        batch.push({ row: rowNumber, cells });
        // Parsing never yields by itself within a chunk of the file: the batch being written gets its answers now and then.
        if (rowNumber % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
        if (batch.length >= batchRows) {
          if (signal.aborted) throw new Error('import interrupted; it continues from its checkpoint');
          if (!(await flush())) return;
        }
      }
      if (batch.length > 0 && !(await flush())) return;
      if (!(await writing)) return;
      await counted;
      await runSql(this.db, sql`UPDATE import_run SET state = 'COMPLETED', finished_at = now() WHERE id = ${importId} AND state = 'RUNNING'`);
      this.progressed(importId);
    } catch (error) {
      // Nothing may still be writing once the import is failed or handed on.
      await Promise.all([writing.catch(() => undefined), counted.catch(() => undefined)]);
      if (error instanceof ImportError) {
        await runSql(this.db, sql`UPDATE import_run SET state = 'FAILED', error = ${error.message}, error_code = ${error.reason?.code ?? null},
          error_params = ${error.reason ? JSON.stringify(error.reason.params) : null}::jsonb, finished_at = now() WHERE id = ${importId}`);
        this.progressed(importId);
        return;
      }
      throw error;
    }
  }

  /**
   * Maps and checks a batch (no I/O, so it runs while the previous batch is written), and gives back its write:
   * the batch and its checkpoint in one transaction, false when the import was cancelled meanwhile.
   */
  private checkedBatch(
    importId: string, header: string[], rows: FileRow[], mapping: ImportMapping,
    catalog: Awaited<ReturnType<MetricService['loadCatalog']>>, grant: Grant,
  ): () => Promise<boolean> {
    const rejected: RejectedRow[] = [];
    const points: Array<{ row: FileRow; point: { metricKey: string; at: Date; value: number; dimensions: Record<string, string>; source: string } }> = [];
    for (const row of rows) {
      const mapped = this.check(header, row.cells, mapping, catalog, grant);
      if (!mapped.ok) rejected.push({ ...row, column: mapped.column, reason: mapped.reason });
      else points.push({ row, point: { metricKey: mapped.metricKey, at: mapped.at, value: mapped.value, dimensions: mapped.dimensions, source: `import:${importId}` } });
    }
    const checked = this.observations.check(catalog, points.map((p) => p.point), { allowPartial: true });
    // What the write path refuses beyond the mapping (a time too far in the future, a derived metric…).
    for (const problem of checked.rejected) {
      const column = problem.field === 'at' ? mapping.timestamp.column : problem.field === 'value' ? mapping.value.column : problem.field === 'metricKey' && 'column' in mapping.metric ? mapping.metric.column : null;
      rejected.push({ ...points[problem.index].row, column, reason: problem.reason });
    }
    rejected.sort((a, b) => a.row - b.row);
    const metricKeys = [...new Set(checked.points.map((p) => p.metricKey))];
    return async () => {
      const goOn = await this.db.transaction(async (tx: EntityManager) => {
        if (!(await lockRunning(tx, importId))) return false;
        await this.observations.writeChecked(checked, { manager: tx, via: 'import' });
        await commitBatch(tx, importId, rows.at(-1)!.row, points.length - checked.rejected.length, rejected);
        return true;
      });
      if (goOn && metricKeys.length > 0) this.bus.publish('observationsRecorded', { metricKeys });
      return goOn;
    };
  }

  async find(id: string): Promise<ImportRun | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await runSql(this.db, sql<RunRow>`SELECT * FROM import_run WHERE id = ${id}`);
    return row ? toRun(row) : null;
  }

  /** The import history, newest first. */
  async list(limit: number): Promise<ImportRun[]> {
    return (await runSql(this.db, sql<RunRow>`SELECT * FROM import_run WHERE state <> 'UPLOADING' ORDER BY created_at DESC, id LIMIT ${limit}`)).map(toRun);
  }

  /** Stops an import at its next batch; what was written stays (it is a complete prefix of the file). */
  async cancel(id: string): Promise<ImportRun | null> {
    await runSql(this.db, sql`UPDATE import_run SET state = 'CANCELLED', finished_at = now() WHERE id = ${id} AND state IN ('QUEUED', 'RUNNING')`);
    this.progressed(id);
    return this.find(id);
  }

  /**
   * The rejected rows as CSV: row number, column, reason, then the row's cells, every cell safe for a spreadsheet.
   * The reasons stay in English: the file is for scripts and records, whatever language the page that links it reads.
   */
  async *rejectedCsv(id: string): AsyncIterable<string> {
    yield 'row,column,reason,cells\r\n';
    let after = 0;
    for (;;) {
      const page = await runSql(this.db, sql<{ row_number: number; column_name: string | null; reason: string; cells: string[] }>`
        SELECT row_number, column_name, reason, cells FROM import_rejection WHERE import_id = ${id} AND row_number > ${after} ORDER BY row_number LIMIT 1000`);
      if (page.length === 0) return;
      yield page.map((r) => [String(r.row_number), r.column_name ?? '', r.reason, ...r.cells].map(csvCell).join(',')).join('\r\n') + '\r\n';
      after = page.at(-1)!.row_number;
    }
  }

  /** Tells subscribers (fileImportProgressed, on every instance) to read the import back. */
  private progressed(importId: string): void {
    this.bus.publish('fileImportProgressed', { importId });
  }

  /** The history the app shows, newest first: everyone's (createdById null) or one person's or key's. */
  async history(limit: number, createdById: string | null): Promise<ImportRun[]> {
    return (await runSql(this.db, sql<RunRow>`
      SELECT * FROM import_run WHERE state <> 'UPLOADING' AND (${createdById}::text IS NULL OR created_by_id = ${createdById})
       ORDER BY created_at DESC, id LIMIT ${limit}`)).map(toRun);
  }
}
