import { sql } from 'kysely';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  MAX_BATCH_SIZE, MAX_FUTURE_SKEW_MS, MIN_OBSERVATION_DATE, seriesKey, touchedHours, validateDimensions, validateObservationValue,
  type Department, type TimeRange,
} from '@opshub/metrics';
import { badUserInput, batchRejected } from '../../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/pagination';
import type { EventBus } from '../bus/event-bus';
import type { Catalog } from '../metric/catalog';
import { countObservations, type DimensionFilter } from '../rollup/rollup.read';
import { readRoute } from '../../database/read-replicas';
import { qb, run, runSql } from '../../database/sql';
import { COPY_FROM_ROWS, copyNewPoints } from './observation-copy';
import { Observation, ObservationConnection, ObservationEdge, PageInfo, RejectedObservation } from './observation.type';

export const MAX_SOURCE_LENGTH = 128;
export const MAX_PAGE_SIZE = 500;
/** Observation ids are bigserial numbers. */
const OBSERVATION_ID = /^\d+$/;

export interface ObservationPoint {
  metricKey: string;
  value: unknown;
  at: unknown;
  dimensions?: unknown;
  source?: string | null;
}

interface ValidPoint {
  metricKey: string;
  series: string;
  dimensions: Record<string, string>;
  at: Date;
  /** `at` as ISO text, made while checking: pg would format every Date in the local zone, the slowest step of binding 10,000 rows. */
  atText: string;
  value: number;
  source: string | null;
}

/** A batch `check`ed and ready for `writeChecked`: its valid points, deduplicated and in write order, and what was refused. */
export interface CheckedBatch {
  readonly points: readonly ValidPoint[];
  readonly rejected: RejectedObservation[];
}

const validPoint = (metricKey: string, dimensions: Record<string, string>, at: Date, value: number, source: string | null): ValidPoint =>
  ({ metricKey, series: seriesKey(dimensions), dimensions, at, atText: at.toISOString(), value, source });

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same point twice in one batch: the last one wins, as it would across two batches. The rest sorted by
 * metric, series and instant, one order for every writer, so concurrent batches touching the same series or
 * rows take their locks in the same order and never wait on each other crosswise.
 */
function inWriteOrder(points: readonly ValidPoint[]): ValidPoint[] {
  const unique = new Map<string, ValidPoint>();
  for (const p of points) unique.set(`${p.metricKey}\u0000${p.series}\u0000${p.atText}`, p);
  return [...unique.values()].sort((a, b) => compareText(a.metricKey, b.metricKey) || compareText(a.series, b.series) || a.at.getTime() - b.at.getTime());
}

/** A point computed from OpsHub's own records (valid by construction), written by writeComputed. */
export interface ComputedPoint {
  metricKey: string;
  at: Date;
  value: number;
  dimensions: Record<string, string>;
}

/** The `source` of computed observations. */
export const RECORDS_SOURCE = 'records';

/** The path points are written by: the `source` label of `opshub_observations_ingested_total`. */
export type WritePath = 'api' | 'simulator' | 'seed' | 'records' | 'import' | 'sql';

/** Told how many points each committed transaction wrote (prom-client's Counter is one). */
export interface WriteCounter {
  inc(labels: { source: WritePath }, value: number): void;
}

export interface RecordOptions {
  allowPartial?: boolean;
  now?: Date;
  /** Whether the caller may write observations of a department; everything when absent (seed, simulator). */
  mayIngest?: (department: Department) => boolean;
  /** Who writes, for the ingest counter: the API unless told. */
  via?: WritePath;
  /** Writes in the caller's transaction (a file import commits its checkpoint with the batch); the caller publishes after its commit. */
  manager?: EntityManager;
}

export interface RecordResult {
  written: number;
  rejected: RejectedObservation[];
}

function reject(index: number, field: string, reason: string): RejectedObservation {
  return Object.assign(new RejectedObservation(), { index, field, reason });
}

export class ObservationService {
  /** Points written by transactions still open: counted when the transaction commits, dropped if it rolls back. */
  private readonly uncommitted = new WeakMap<QueryRunner, Map<WritePath, number>>();

  /**
   * `timeZone`: the organisation's, the one the rollups are cut in. `retiredBefore`: the instant before which
   * retention dropped the raw rows (a write there could not be folded into the rollups right).
   */
  constructor(
    private readonly db: DataSource, private readonly bus: EventBus, private readonly timeZone: () => string, private readonly counter?: WriteCounter,
    private readonly retiredBefore: () => Date | null = () => null,
  ) {
    // Computed points are written in the caller's transaction (a lead change), so the count waits for its commit.
    db.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => this.settle(queryRunner, true),
      afterTransactionRollback: ({ queryRunner }) => this.settle(queryRunner, false),
    });
  }

  /**
   * Validates every point, then writes the batch in one transaction of set-based statements whose number
   * does not grow with the batch (series upsert, series ids, observation upsert with its rollup change log).
   * All-or-nothing unless `allowPartial`; an item of a department the caller may not write rejects the whole
   * batch even then, so a misrouted feed writes nothing rather than a part.
   */
  async record(catalog: Catalog, points: readonly ObservationPoint[], options: RecordOptions = {}): Promise<RecordResult> {
    return this.writeChecked(this.check(catalog, points, options), options);
  }

  /**
   * The validating half of `record`, with no I/O: a caller writing many batches (a file import) checks the next
   * batch while the previous one is being written, then hands it to `writeChecked`. Throws as `record` does.
   */
  check(catalog: Catalog, points: readonly ObservationPoint[], options: Pick<RecordOptions, 'allowPartial' | 'now' | 'mayIngest'> = {}): CheckedBatch {
    if (points.length > MAX_BATCH_SIZE) {
      throw badUserInput(`A batch holds at most ${MAX_BATCH_SIZE} observations, got ${points.length}; split it`, { field: 'input' });
    }
    const now = options.now ?? new Date();
    const rejected: RejectedObservation[] = [];
    const valid: ValidPoint[] = [];
    let forbidden = false;
    points.forEach((point, index) => {
      const problem = this.problemOf(catalog, point, now, options.mayIngest);
      if (problem) {
        rejected.push(reject(index, problem.field, problem.reason));
        forbidden ||= problem.forbidden === true;
        return;
      }
      const dimensions = (validateDimensions(point.dimensions) as { value: Record<string, string> }).value;
      valid.push(validPoint(point.metricKey, dimensions, point.at as Date, point.value as number, point.source ?? null));
    });
    if (rejected.length > 0 && (!options.allowPartial || forbidden)) throw batchRejected('observations', rejected, points.length);
    return { points: inWriteOrder(valid), rejected };
  }

  /** Writes a checked batch (in the caller's transaction when `manager` is given; the caller then publishes after its commit). */
  async writeChecked(batch: CheckedBatch, options: Pick<RecordOptions, 'via' | 'manager'> = {}): Promise<RecordResult> {
    const written = await this.write(batch.points, options.via ?? 'api', options.manager);
    if (written > 0 && !options.manager) this.bus.publish('observationsRecorded', { metricKeys: [...new Set(batch.points.map((p) => p.metricKey))] });
    return { written, rejected: batch.rejected };
  }

  /**
   * Writes the points of metrics computed from records inside the caller's transaction, so they commit with
   * the records they come from; the caller publishes `observationsRecorded` after its commit.
   */
  writeComputed(tx: EntityManager, points: readonly ComputedPoint[]): Promise<number> {
    return this.write(inWriteOrder(points.map((p) => validPoint(p.metricKey, p.dimensions, p.at, p.value, RECORDS_SOURCE))), 'records', tx);
  }

  private problemOf(
    catalog: Catalog, point: ObservationPoint, now: Date, mayIngest?: (department: Department) => boolean,
  ): { field: string; reason: string; forbidden?: boolean } | null {
    const metric = typeof point.metricKey === 'string' ? catalog.find(point.metricKey) : null;
    if (!metric) return { field: 'metricKey', reason: `unknown metric "${String(point.metricKey)}"` };
    if (mayIngest && !mayIngest(metric.department)) {
      return { field: 'metricKey', reason: `"${metric.key}" belongs to ${metric.department}, whose observations you may not write`, forbidden: true };
    }
    if (metric.formula) return { field: 'metricKey', reason: `"${metric.key}" is derived from ${catalog.inputs(metric.key).join(', ')}; write those instead` };
    if (metric.source === 'RECORDS') return { field: 'metricKey', reason: `"${metric.key}" is computed from lead records or workflow records; create or update those records instead` };
    const valueProblem = validateObservationValue(point.value);
    if (valueProblem) return { field: 'value', reason: valueProblem };
    if (!(point.at instanceof Date) || Number.isNaN(point.at.getTime())) return { field: 'at', reason: 'must be an ISO-8601 timestamp' };
    if (point.at.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) return { field: 'at', reason: `lies more than 24 h in the future (${point.at.toISOString()})` };
    if (point.at < MIN_OBSERVATION_DATE) return { field: 'at', reason: `lies before ${MIN_OBSERVATION_DATE.toISOString()}` };
    const retired = this.retiredBefore();
    if (retired && point.at < retired) return { field: 'at', reason: `lies before ${retired.toISOString()}, whose raw observations retention dropped (OBSERVATION_RAW_RETENTION_MONTHS)` };
    const dimensions = validateDimensions(point.dimensions);
    if (!dimensions.ok) return { field: dimensions.field, reason: dimensions.reason };
    if (point.source != null && point.source.length > MAX_SOURCE_LENGTH) return { field: 'source', reason: `is longer than ${MAX_SOURCE_LENGTH} characters` };
    return null;
  }

  /** The one place observations are written (inserted, or overwritten on the same series and instant); `points` in write order. */
  private async write(points: readonly ValidPoint[], via: WritePath, manager?: EntityManager): Promise<number> {
    if (points.length === 0) return 0;
    const seriesList: ValidPoint[] = [];
    for (let i = 0; i < points.length; i++) {
      if (i === 0 || points[i].metricKey !== points[i - 1].metricKey || points[i].series !== points[i - 1].series) seriesList.push(points[i]);
    }
    const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => (manager ? work(manager) : this.db.transaction(work));
    return inTransaction(async (tx) => {
      const metricKeys = seriesList.map((s) => s.metricKey);
      const seriesKeys = seriesList.map((s) => s.series);
      await runSql(tx, sql`
        INSERT INTO series (metric_key, series_key, dimensions)
        SELECT * FROM unnest(${metricKeys}::text[], ${seriesKeys}::text[], ${seriesList.map((s) => JSON.stringify(s.dimensions))}::jsonb[])
        ON CONFLICT (metric_key, series_key) DO NOTHING`);
      const ids = await runSql(tx, sql<{ id: string; metric_key: string; series_key: string }>`
        SELECT s.id, s.metric_key, s.series_key FROM series s
          JOIN unnest(${metricKeys}::text[], ${seriesKeys}::text[]) AS k(metric_key, series_key) USING (metric_key, series_key)`);
      const idOf = new Map(ids.map((row) => [`${row.metric_key}\u0000${row.series_key}`, row.id]));
      const metricOf = new Map(ids.map((row) => [row.id, row.metric_key]));
      const rows = points.map((p) => ({ seriesId: idOf.get(`${p.metricKey}\u0000${p.series}`)!, p }));
      const touched = touchedHours(rows.map((r) => ({ seriesId: r.seriesId, at: r.p.at })));
      const logChanges = sql`
        INSERT INTO rollup_change (series_id, metric_key, hour_start)
        SELECT * FROM unnest(${touched.seriesIds}::bigint[], ${touched.seriesIds.map((id) => metricOf.get(id)!)}::text[], ${touched.hourStarts}::timestamptz[])`;
      // The points and the log of the hours they put behind, committed together; the rollups are folded later
      // (rollup.fold.ts), by the refresher or by the first read that needs them.
      if (rows.length >= COPY_FROM_ROWS && (await copyNewPoints(tx, rows))) {
        await runSql(tx, logChanges);
      } else {
        await runSql(tx, sql`
          WITH points AS (
            INSERT INTO observation (series_id, at, value, source)
            SELECT * FROM unnest(${rows.map((r) => r.seriesId)}::bigint[], ${rows.map((r) => r.p.atText)}::timestamptz[],
                                 ${rows.map((r) => r.p.value)}::float8[], ${rows.map((r) => r.p.source)}::text[])
            ON CONFLICT (series_id, at) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, updated_at = now()
          )
          ${logChanges}`);
      }
      this.wrote(tx.queryRunner, via, rows.length);
      return rows.length;
    });
  }

  private wrote(runner: QueryRunner | undefined, via: WritePath, count: number): void {
    if (!runner?.isTransactionActive) {
      this.counter?.inc({ source: via }, count);
      return;
    }
    const pending = this.uncommitted.get(runner) ?? new Map<WritePath, number>();
    pending.set(via, (pending.get(via) ?? 0) + count);
    this.uncommitted.set(runner, pending);
  }

  /** At the end of the outermost transaction: its points count if it committed. */
  private settle(runner: QueryRunner, committed: boolean): void {
    const pending = this.uncommitted.get(runner);
    if (!pending || runner.isTransactionActive) return;
    this.uncommitted.delete(runner);
    if (committed) for (const [via, count] of pending) this.counter?.inc({ source: via }, count);
  }

  /** Drill-through: the raw points behind a KPI, newest first, as a Relay connection. */
  async list(metricKeys: readonly string[], range: TimeRange, filters: readonly DimensionFilter[], first: number, after?: string | null): Promise<ObservationConnection> {
    checkPageSize(first, MAX_PAGE_SIZE);
    const cursor = after ? decodeCursor(after, OBSERVATION_ID) : null;
    let page = qb.selectFrom('observation as o').innerJoin('series as s', 's.id', 'o.series_id')
      .select(['o.id', 's.metric_key', 'o.at', 'o.value', 's.dimensions', 'o.source', 'o.updated_at'])
      .where(sql<boolean>`s.metric_key = ANY(${metricKeys})`)
      .where('o.at', '>=', range.from).where('o.at', '<', range.to);
    for (const f of filters) page = page.where(sql<boolean>`s.dimensions ->> ${f.dimension} = ANY(${f.values})`);
    if (cursor) page = page.where(sql<boolean>`(o.at, o.id) < (${cursor.at}, ${cursor.id})`);
    // The total comes from the rollups' counts: it equals count(*) over the same rows without reading them.
    const [rows, totalCount] = await Promise.all([
      readRoute(this.db, metricKeys, (db) => run(db, page.orderBy('o.at', 'desc').orderBy('o.id', 'desc').limit(first + 1))),
      countObservations(this.db, { metricKeys, range, timeZone: this.timeZone(), filters }),
    ]);
    const edges = rows.slice(0, first).map((row) => Object.assign(new ObservationEdge(), {
      cursor: encodeCursor(row.at, row.id),
      node: Object.assign(new Observation(), {
        id: String(row.id), metricKey: row.metric_key, at: row.at, value: row.value, dimensions: row.dimensions,
        source: row.source, updatedAt: row.updated_at,
      }),
    }));
    return Object.assign(new ObservationConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
      totalCount,
    });
  }
}
