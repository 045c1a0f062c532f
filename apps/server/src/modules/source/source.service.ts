import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { MAX_BATCH_SIZE } from '@opshub/metrics';
import type { SourcesConfig } from '../../config';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { runSql } from '../../database/sql';
import type { AlertService } from '../alert/alert.service';
import type { JobQueue } from '../job/job-queue.service';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { MetricService } from '../metric/metric.service';
import type { ObservationService } from '../observation/observation.service';
import { SqlConnectionEntity, SqlSourceEntity, SqlSyncRunEntity } from './source.entity';
import { readSource, SourceQueryError, type QueryResult } from './source-query';
import { nextRunAfter, scheduleInterval } from './source-schedule';
import { openSecret, sealSecret } from './source-secret';

/** Rows the "Test query" preview shows. */
export const PREVIEW_ROWS = 50;
export const MAX_RUN_PAGE = 100;
/** The job kind a sync runs as: keyed by metric, so one source never syncs twice at once on any instance. */
export const SOURCE_SYNC_JOB = 'source.sync';
const MAX_QUERY_LENGTH = 20_000;
const COLUMN_NAME = /^\S.{0,62}$/;

export interface ConnectionInput {
  name?: string | null;
  connectionString?: string | null;
}

export interface SourceInput {
  metricKey: string;
  connectionId: string;
  query: string;
  timeColumn: string;
  valueColumn: string;
  dimensionColumns?: string[] | null;
  everyMinutes?: number | null;
  cron?: string | null;
  active?: boolean | null;
}

/** Host and database of a connection string: all of it the API ever shows. */
function describeConnection(connectionString: string): { host: string; database: string } {
  let url: URL;
  try {
    url = new URL(connectionString.trim());
  } catch {
    throw badUserInput('Connection string must be a URL such as postgres://user:password@host:5432/database', { field: 'input.connectionString' });
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw badUserInput('Connection string must start with postgres:// or postgresql://', { field: 'input.connectionString' });
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database) throw badUserInput('Connection string must name a host and a database', { field: 'input.connectionString' });
  return { host: url.port ? `${url.hostname}:${url.port}` : url.hostname, database };
}

/** The connection as the audit trail keeps it: never the sealed secret. */
const connectionAudit = (c: SqlConnectionEntity) => auditSnapshot(c, 'secret');

/**
 * SQL sources: external PostgreSQL databases (connection strings sealed at rest), the query feeding each metric
 * from one, and syncs. A sync reads rows newer than the watermark in a read-only transaction and writes them
 * through ObservationService.record, whose upsert on (series, instant) makes a re-read of the same rows change
 * nothing; the watermark only moves once every row is written. Each sync is recorded, and the metric's
 * SYNC_FAILURE rules are judged after it.
 */
export class SourceService {
  constructor(
    private readonly db: DataSource,
    private readonly metrics: MetricService,
    private readonly observations: ObservationService,
    private readonly alerts: AlertService,
    private readonly audit: AuditService,
    private readonly config: SourcesConfig,
    private readonly timeZone: () => string,
    private readonly jobs: JobQueue,
  ) {
    // A failed query is recorded by sync itself (the schedule is its retry); the queue retries only a sync whose
    // instance stopped or crashed mid-run.
    jobs.define<{ metricKey: string }>({
      name: SOURCE_SYNC_JOB,
      run: async ({ metricKey }) => void (await this.sync(metricKey)),
      retryLimit: 3, retryDelaySeconds: 30, heartbeatSeconds: 30, expireInSeconds: Math.ceil(config.statementTimeoutMs / 1000) + 600, concurrency: 2,
    });
  }

  /** Queues a sync of the source now, whatever its schedule; the job's id. */
  async queueSync(metricKey: string): Promise<string> {
    if (!(await this.findSource(metricKey))) throw notFound('SqlSource', metricKey);
    return this.jobs.send(SOURCE_SYNC_JOB, { metricKey }, { key: metricKey });
  }

  /** The key connection strings are sealed with; without one, none can be stored or read. */
  private key(): Buffer {
    if (!this.config.encryptionKey) {
      throw new GraphQLError('SQL sources need SOURCE_ENCRYPTION_KEY on the server (32 bytes in base64: openssl rand -base64 32)', { extensions: { code: 'NOT_CONFIGURED' } });
    }
    return this.config.encryptionKey;
  }

  connections(): Promise<SqlConnectionEntity[]> {
    return this.db.getRepository(SqlConnectionEntity).find({ order: { name: 'ASC' } });
  }

  async getConnection(id: string, manager: EntityManager = this.db.manager): Promise<SqlConnectionEntity> {
    const connection = UUID_PATTERN.test(id) ? await manager.getRepository(SqlConnectionEntity).findOneBy({ id }) : null;
    if (!connection) throw notFound('SqlConnection', id);
    return connection;
  }

  async createConnection(input: ConnectionInput, actor: AuditActor): Promise<SqlConnectionEntity> {
    const name = checkName(input.name);
    if (!input.connectionString) throw badUserInput('Connection string is required', { field: 'input.connectionString' });
    const where = describeConnection(input.connectionString);
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(SqlConnectionEntity);
      if (await repository.findOneBy({ name })) throw badUserInput(`A connection named "${name}" exists`, { field: 'input.name' });
      const saved = await repository.save(repository.create({
        name, ...where, secret: sealSecret(input.connectionString!.trim(), this.key()), createdById: actor.id,
      }));
      await this.recordConnection(tx, actor, null, saved);
      return saved;
    });
  }

  /** Renames a connection or replaces its connection string (never shown: it can only be replaced). */
  async updateConnection(id: string, input: ConnectionInput, actor: AuditActor): Promise<SqlConnectionEntity> {
    return this.db.transaction(async (tx) => {
      const connection = await this.getConnection(id, tx);
      const before = { ...connection };
      if (input.name != null) connection.name = checkName(input.name);
      if (input.connectionString) {
        Object.assign(connection, describeConnection(input.connectionString), { secret: sealSecret(input.connectionString.trim(), this.key()) });
      }
      const clash = await tx.getRepository(SqlConnectionEntity).findOneBy({ name: connection.name });
      if (clash && clash.id !== id) throw badUserInput(`A connection named "${connection.name}" exists`, { field: 'input.name' });
      const saved = await tx.getRepository(SqlConnectionEntity).save(connection);
      await this.recordConnection(tx, actor, before, saved);
      return saved;
    });
  }

  async deleteConnection(id: string, actor: AuditActor): Promise<SqlConnectionEntity> {
    return this.db.transaction(async (tx) => {
      const connection = await this.getConnection(id, tx);
      const used = await tx.getRepository(SqlSourceEntity).find({ where: { connectionId: id }, select: { metricKey: true } });
      if (used.length > 0) {
        throw badUserInput(`The connection feeds ${used.map((s) => s.metricKey).join(', ')}; remove those sources first`, { field: 'id' });
      }
      await tx.getRepository(SqlConnectionEntity).delete({ id });
      await this.recordConnection(tx, actor, connection, null);
      return connection;
    });
  }

  private recordConnection(tx: EntityManager, actor: AuditActor, before: SqlConnectionEntity | null, after: SqlConnectionEntity | null): Promise<void> {
    const connection = (after ?? before)!;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'SQL_CONNECTION', objectId: connection.id,
      objectLabel: connection.name, department: null, before: before && connectionAudit(before), after: after && connectionAudit(after),
    });
  }

  /** Connects (a saved connection, or a connection string before it is saved) and runs `SELECT 1` read-only. */
  async testConnection(input: { connectionId?: string | null; connectionString?: string | null }): Promise<{ ok: boolean; message: string }> {
    let connectionString: string;
    if (input.connectionString) {
      describeConnection(input.connectionString);
      connectionString = input.connectionString.trim();
    } else if (input.connectionId) {
      connectionString = openSecret((await this.getConnection(input.connectionId)).secret, this.key());
    } else {
      throw badUserInput('Give a connection or a connection string', { field: 'connectionString' });
    }
    try {
      await readSource(connectionString, { query: 'SELECT now() AS at, 1 AS value', timeColumn: 'at', valueColumn: 'value', dimensionColumns: [] }, null, this.config, this.timeZone());
      return { ok: true, message: 'Connected' };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }

  sources(): Promise<SqlSourceEntity[]> {
    return this.db.getRepository(SqlSourceEntity).find({ order: { metricKey: 'ASC' } });
  }

  findSource(metricKey: string): Promise<SqlSourceEntity | null> {
    return this.db.getRepository(SqlSourceEntity).findOneBy({ metricKey });
  }

  runs(metricKey: string, first: number): Promise<SqlSyncRunEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RUN_PAGE) throw badUserInput(`first must be 1 to ${MAX_RUN_PAGE}`, { field: 'first' });
    return this.db.getRepository(SqlSyncRunEntity).find({ where: { metricKey }, order: { startedAt: 'DESC', id: 'DESC' }, take: first });
  }

  /** "Test query": the first rows as a first sync would read them and the points they map to; nothing is written. */
  async previewQuery(input: SourceInput): Promise<QueryResult> {
    const { connectionString, spec } = await this.checkSource(input);
    try {
      return await readSource(connectionString, spec, null, this.config, this.timeZone(), PREVIEW_ROWS);
    } catch (error) {
      throw asInputError(error);
    }
  }

  /**
   * Creates or replaces the SQL source of a base metric. A new source starts from no watermark and syncs at
   * once; a changed query starts over too (its rows may differ). A new source gets a SYNC_FAILURE rule owned
   * by whoever set it up, so a source that keeps failing raises an alert to them.
   */
  async saveSource(input: SourceInput, actor: AuditActor, now: Date = new Date()): Promise<SqlSourceEntity> {
    const { spec } = await this.checkSource(input);
    const schedule = { everyMinutes: input.everyMinutes ?? null, cron: input.cron?.trim() || null };
    const intervalMinutes = scheduleInterval(schedule, this.timeZone(), now);
    const catalog = await this.metrics.loadCatalog();
    const metric = catalog.find(input.metricKey)!;
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(SqlSourceEntity);
      const existing = await repository.findOne({ where: { metricKey: input.metricKey }, lock: { mode: 'pessimistic_write' } });
      const before = existing && { ...existing };
      const restart = !existing || existing.query !== spec.query || existing.timeColumn !== spec.timeColumn || existing.connectionId !== input.connectionId;
      const source = existing ?? repository.create({ metricKey: input.metricKey, consecutiveFailures: 0, ownerUserId: actor.kind === 'USER' ? actor.id : null });
      Object.assign(source, {
        connectionId: input.connectionId, ...spec, dimensionColumns: [...spec.dimensionColumns], ...schedule, intervalMinutes,
        active: input.active ?? true,
        ...(restart ? { watermark: null, nextRunAt: now } : { nextRunAt: existing!.nextRunAt }),
      });
      const saved = await repository.save(source);
      await this.audit.record(tx, {
        actor, action: existing ? 'UPDATE' : 'CREATE', objectType: 'SQL_SOURCE', objectId: saved.metricKey, objectLabel: metric.name,
        department: metric.department, metricKey: saved.metricKey, before: before && sourceAudit(before), after: sourceAudit(saved),
      });
      if (!existing) {
        await this.alerts.createRule(catalog, {
          name: `SQL source of ${metric.name} failing`, metricKey: metric.key, kind: 'SYNC_FAILURE', granularity: 'HOUR',
          ownerUserId: saved.ownerUserId,
        }, actor, tx);
      }
      return saved;
    });
  }

  /** Removes a metric's SQL source and its sync history; the data it wrote stays. */
  async deleteSource(metricKey: string, actor: AuditActor): Promise<SqlSourceEntity> {
    const catalog = await this.metrics.loadCatalog();
    return this.db.transaction(async (tx) => {
      const source = await tx.getRepository(SqlSourceEntity).findOneBy({ metricKey });
      if (!source) throw notFound('SqlSource', metricKey);
      await tx.getRepository(SqlSourceEntity).delete({ metricKey });
      const metric = catalog.find(metricKey);
      await this.audit.record(tx, {
        actor, action: 'DELETE', objectType: 'SQL_SOURCE', objectId: metricKey, objectLabel: metric?.name ?? metricKey,
        department: metric?.department ?? null, metricKey, before: sourceAudit(source), after: null,
      });
      return source;
    });
  }

  /**
   * One sync: reads the rows newer than the watermark, writes them, moves the watermark to the newest time read,
   * and records the run (rows, duration, error). A failure writes nothing new to the watermark, so the next sync
   * reads the same rows again (harmless: writes are idempotent).
   */
  async sync(metricKey: string, now: Date = new Date()): Promise<SqlSyncRunEntity> {
    const source = await this.findSource(metricKey);
    if (!source) throw notFound('SqlSource', metricKey);
    const started = Date.now();
    const run: Partial<SqlSyncRunEntity> = { metricKey, startedAt: now, watermarkBefore: source.watermark, watermarkAfter: source.watermark };
    try {
      const connection = await this.getConnection(source.connectionId);
      const result = await readSource(openSecret(connection.secret, this.key()), source, source.watermark, this.config, this.timeZone());
      run.rowsRead = result.rows.length;
      const catalog = await this.metrics.loadCatalog();
      let written = 0;
      for (let i = 0; i < result.points.length; i += MAX_BATCH_SIZE) {
        const batch = result.points.slice(i, i + MAX_BATCH_SIZE).map((p) => ({ metricKey, ...p, source: `sql:${connection.name}`.slice(0, 128) }));
        written += (await this.observations.record(catalog, batch, { via: 'sql', now })).written;
      }
      run.pointsWritten = written;
      if (result.newest && (!source.watermark || result.newest > source.watermark)) run.watermarkAfter = result.newest;
    } catch (error) {
      run.error = (error as Error).message;
      run.errorField = error instanceof SourceQueryError ? error.field : (error as { extensions?: { field?: string } }).extensions?.field ?? null;
    }
    run.durationMs = Date.now() - started;
    const saved = await this.db.transaction(async (tx) => {
      const failed = run.error != null;
      await tx.getRepository(SqlSourceEntity).update({ metricKey }, {
        watermark: run.watermarkAfter ?? null,
        lastSyncAt: now,
        lastError: failed ? run.error! : null,
        consecutiveFailures: failed ? source.consecutiveFailures + 1 : 0,
      });
      return tx.getRepository(SqlSyncRunEntity).save(tx.getRepository(SqlSyncRunEntity).create(run));
    });
    await this.judgeFailures(metricKey, now);
    return saved;
  }

  /**
   * Queues a sync of every active source that is due; an instance claims a due run by moving the source's next
   * run on, so each is queued once however many instances look.
   */
  async queueDue(now: Date = new Date()): Promise<number> {
    let queued = 0;
    for (;;) {
      const claimed = await this.db.transaction(async (tx) => {
        const [due] = await runSql(tx, sql<{ metric_key: string }>`
          SELECT metric_key FROM sql_source WHERE active AND next_run_at <= ${now} ORDER BY next_run_at LIMIT 1 FOR UPDATE SKIP LOCKED`);
        if (!due) return null;
        const source = await tx.getRepository(SqlSourceEntity).findOneByOrFail({ metricKey: due.metric_key });
        await tx.getRepository(SqlSourceEntity).update({ metricKey: source.metricKey }, { nextRunAt: nextRunAfter(source, this.timeZone(), now) });
        return source.metricKey;
      });
      if (!claimed) return queued;
      await this.jobs.send(SOURCE_SYNC_JOB, { metricKey: claimed }, { key: claimed });
      queued++;
    }
  }

  private async judgeFailures(metricKey: string, now: Date): Promise<void> {
    const rules = await runSql(this.db, sql<{ id: string }>`SELECT id FROM alert_rule WHERE active AND kind = 'SYNC_FAILURE' AND metric_key = ${metricKey}`);
    if (rules.length === 0) return;
    const catalog = await this.metrics.loadCatalog();
    for (const rule of rules) await this.alerts.evaluate(catalog, rule.id, now);
  }

  /** A source's input checked: a base metric fed by observations, a saved connection, a query and column names. */
  private async checkSource(input: SourceInput) {
    const catalog = await this.metrics.loadCatalog();
    const metric = catalog.find(input.metricKey);
    if (!metric) throw badUserInput(`Unknown metric "${input.metricKey}"`, { field: 'input.metricKey' });
    if (metric.formula || metric.source === 'RECORDS') {
      throw badUserInput(`"${metric.key}" is ${metric.formula ? 'derived from other metrics' : 'computed from lead or workflow records'}; feed a base metric instead`, { field: 'input.metricKey' });
    }
    const connection = UUID_PATTERN.test(input.connectionId) ? await this.db.getRepository(SqlConnectionEntity).findOneBy({ id: input.connectionId }) : null;
    if (!connection) throw badUserInput('Choose a saved connection', { field: 'input.connectionId' });
    const query = input.query.trim();
    if (!query) throw badUserInput('Query must not be empty', { field: 'input.query' });
    if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`Query is longer than ${MAX_QUERY_LENGTH} characters`, { field: 'input.query' });
    const dimensionColumns = (input.dimensionColumns ?? []).map((c) => c.trim());
    const named: Array<[string, string]> = [['input.timeColumn', input.timeColumn.trim()], ['input.valueColumn', input.valueColumn.trim()],
      ...dimensionColumns.map((c, i): [string, string] => [`input.dimensionColumns[${i}]`, c])];
    for (const [field, name] of named) if (!COLUMN_NAME.test(name)) throw badUserInput('Name a result column', { field });
    const seen = new Set<string>();
    for (const [field, name] of named) {
      if (seen.has(name)) throw badUserInput(`Column "${name}" is used twice`, { field });
      seen.add(name);
    }
    return {
      connectionString: openSecret(connection.secret, this.key()),
      spec: { query, timeColumn: input.timeColumn.trim(), valueColumn: input.valueColumn.trim(), dimensionColumns },
    };
  }
}

function checkName(name: string | null | undefined): string {
  const trimmed = name?.trim() ?? '';
  if (!trimmed || trimmed.length > 120) throw badUserInput('Name must be 1 to 120 characters', { field: 'input.name' });
  return trimmed;
}

function sourceAudit(source: SqlSourceEntity) {
  // The sync state (watermark, failures) is not a change anyone made.
  const { metricKey, connectionId, query, timeColumn, valueColumn, dimensionColumns, everyMinutes, cron, active, ownerUserId } = source;
  return { metricKey, connectionId, query, timeColumn, valueColumn, dimensionColumns, everyMinutes, cron, active, ownerUserId };
}

/** A preview's failure as bad input naming the field, like any other. */
function asInputError(error: unknown): Error {
  return error instanceof SourceQueryError ? badUserInput(error.message, { field: error.field }) : (error as Error);
}
