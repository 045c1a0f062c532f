import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import type { SqlConnectionEntity, SqlSourceEntity, SqlSyncRunEntity } from './source.entity';
import type { QueryResult } from './source-query';

export const SQL_SOURCE_STATUSES = ['NEVER_SYNCED', 'OK', 'FAILING', 'PAUSED'] as const;
export type SqlSourceStatus = (typeof SQL_SOURCE_STATUSES)[number];
export const SqlSourceStatusEnum = enumOf(SQL_SOURCE_STATUSES);
registerEnumType(SqlSourceStatusEnum, { name: 'SqlSourceStatus', description: 'PAUSED: not scheduled. FAILING: its last sync failed.' });

@ObjectType({ description: 'An external PostgreSQL database. Its connection string is stored encrypted and never returned: only host and database.' })
export class SqlConnection {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Host, with the port when one was given.' }) host: string;
  @Field() database: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export function toSqlConnection({ id, name, host, database, createdAt, updatedAt }: SqlConnectionEntity): SqlConnection {
  return Object.assign(new SqlConnection(), { id, name, host, database, createdAt, updatedAt });
}

@ObjectType({ description: 'The SQL query that feeds a metric from a connection, on a schedule, reading only rows newer than its watermark.' })
export class SqlSource {
  @Field(() => ID) metricKey: string;
  @Field(() => ID) connectionId: string;
  @Field({ description: 'May use $1: the watermark (a timestamptz; -infinity before the first sync), e.g. WHERE at > $1.' }) query: string;
  @Field() timeColumn: string;
  @Field() valueColumn: string;
  @Field(() => [String]) dimensionColumns: string[];
  @Field(() => Int, { nullable: true }) everyMinutes: number | null;
  @Field(() => String, { nullable: true, description: "In the organisation's time zone." }) cron: string | null;
  @Field(() => Int, { description: 'The longest gap the schedule leaves between syncs; the freshness expected when the metric sets none.' }) intervalMinutes: number;
  @Field() active: boolean;
  @Field(() => Date, { nullable: true, description: 'The newest time read so far.' }) watermark: Date | null;
  @Field() nextRunAt: Date;
  @Field(() => Date, { nullable: true }) lastSyncAt: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int) consecutiveFailures: number;
  @Field(() => SqlSourceStatusEnum) status: SqlSourceStatus;
  @Field(() => ID, { nullable: true, description: 'Who hears about it when the source keeps failing.' }) ownerUserId: string | null;
}

export function toSqlSource(entity: SqlSourceEntity): SqlSource {
  const status: SqlSourceStatus = !entity.active ? 'PAUSED' : entity.lastSyncAt === null ? 'NEVER_SYNCED' : entity.lastError ? 'FAILING' : 'OK';
  const { metricKey, connectionId, query, timeColumn, valueColumn, dimensionColumns, everyMinutes, cron, intervalMinutes, active, watermark,
    nextRunAt, lastSyncAt, lastError, consecutiveFailures, ownerUserId } = entity;
  return Object.assign(new SqlSource(), {
    metricKey, connectionId, query, timeColumn, valueColumn, dimensionColumns, everyMinutes, cron, intervalMinutes, active, watermark,
    nextRunAt, lastSyncAt, lastError, consecutiveFailures, ownerUserId, status,
  });
}

@ObjectType({ description: 'One sync of a SQL source.' })
export class SqlSyncRun {
  @Field(() => ID) id: string;
  @Field() startedAt: Date;
  @Field(() => Int) durationMs: number;
  @Field(() => Int) rowsRead: number;
  @Field(() => Int) pointsWritten: number;
  @Field(() => Date, { nullable: true }) watermarkBefore: Date | null;
  @Field(() => Date, { nullable: true }) watermarkAfter: Date | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => String, { nullable: true, description: 'The input field the error is about (input.valueColumn …), when it is about one.' }) errorField: string | null;
}

export function toSqlSyncRun(entity: SqlSyncRunEntity): SqlSyncRun {
  return Object.assign(new SqlSyncRun(), { ...entity, rowsRead: entity.rowsRead ?? 0, pointsWritten: entity.pointsWritten ?? 0 });
}

@ObjectType()
export class SqlResultColumn {
  @Field() name: string;
  @Field({ description: 'The PostgreSQL type, e.g. timestamptz, numeric, text.' }) type: string;
}

@ObjectType()
export class SqlPreviewDimension {
  @Field() name: string;
  @Field() value: string;
}

@ObjectType({ description: 'A point a row maps to.' })
export class SqlPreviewPoint {
  @Field() at: Date;
  @Field(() => Float) value: number;
  @Field(() => [SqlPreviewDimension]) dimensions: SqlPreviewDimension[];
}

@ObjectType()
export class SqlPreviewRow {
  @Field(() => [String], { nullable: 'items', description: 'Cells as PostgreSQL prints them, in column order; SQL NULL is null.' }) cells: Array<string | null>;
}

@ObjectType({ description: '"Test query": the first rows a first sync would read, as text, and the points they map to. Nothing is written.' })
export class SqlQueryPreview {
  @Field(() => [SqlResultColumn]) columns: SqlResultColumn[];
  @Field(() => [SqlPreviewRow]) rows: SqlPreviewRow[];
  @Field(() => [SqlPreviewPoint]) points: SqlPreviewPoint[];
}

export function toSqlQueryPreview(result: QueryResult): SqlQueryPreview {
  return Object.assign(new SqlQueryPreview(), {
    columns: result.columns.map((c) => Object.assign(new SqlResultColumn(), c)),
    rows: result.rows.map((cells) => Object.assign(new SqlPreviewRow(), { cells })),
    points: result.points.map((p) => Object.assign(new SqlPreviewPoint(), {
      at: p.at, value: p.value,
      dimensions: Object.entries(p.dimensions).map(([name, value]) => Object.assign(new SqlPreviewDimension(), { name, value })),
    })),
  });
}

@ObjectType()
export class SqlConnectionTest {
  @Field() ok: boolean;
  @Field({ description: 'Connected, or why not.' }) message: string;
}
