import { Client, types, type FieldDef } from 'pg';
import Cursor from 'pg-cursor';
import { fromZonedParts } from '@opshub/metrics';

/** What a source reads: a query and which of its result columns are the time, the value and the dimensions. */
export interface QuerySpec {
  query: string;
  timeColumn: string;
  valueColumn: string;
  dimensionColumns: readonly string[];
}

export interface QueryBounds {
  statementTimeoutMs: number;
  /** More rows than this fail the read: a source never writes part of a result. */
  rowCap: number;
  connectTimeoutMs: number;
}

/** A read that failed, with the input field (or result column) it is about. */
export class SourceQueryError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

export interface ResultColumn {
  name: string;
  type: string;
}

export interface SourcePoint {
  at: Date;
  value: number;
  dimensions: Record<string, string>;
}

export interface QueryResult {
  columns: ResultColumn[];
  /** Each row's cells as text (null stays null), in column order: what the preview shows. */
  rows: Array<Array<string | null>>;
  points: SourcePoint[];
  /** The newest time read; null when no row came back. */
  newest: Date | null;
}

// PostgreSQL type OIDs (pg_type), by what a column may be used for.
const TYPE_NAMES: Record<number, string> = {
  16: 'boolean', 19: 'name', 20: 'bigint', 21: 'smallint', 23: 'integer', 25: 'text', 700: 'real', 701: 'double precision',
  1042: 'character', 1043: 'character varying', 1082: 'date', 1114: 'timestamp', 1184: 'timestamptz', 1700: 'numeric', 2950: 'uuid',
};
const TIME_TYPES = new Set([1082, 1114, 1184]);
const NUMBER_TYPES = new Set([20, 21, 23, 700, 701, 1700]);
const DIMENSION_TYPES = new Set([16, 19, 20, 21, 23, 25, 1042, 1043, 2950]);

const typeName = (field: FieldDef) => TYPE_NAMES[field.dataTypeID] ?? `type ${field.dataTypeID}`;

/** Every value as PostgreSQL's text: numbers, times and dates are read here, exactly, in the organisation's time zone. */
const AS_TEXT = { getTypeParser: () => (value: string) => value } as unknown as typeof types;

/** SQLSTATEs a read can end with that the user can act on. */
const READ_ONLY = '25006';
const CANCELED = '57014';

/**
 * Reads a source's query from an external PostgreSQL: in a READ ONLY transaction (a query that writes is
 * refused by the server, not by parsing its text), under a statement timeout, through a cursor that stops at
 * the row cap. `$1`, when the query uses it, is the watermark: the newest time read so far ('-infinity' at
 * first). Timestamps without a time zone and dates are read in `timeZone`.
 */
export async function readSource(
  connectionString: string, spec: QuerySpec, watermark: Date | null, bounds: QueryBounds, timeZone: string, limit = bounds.rowCap,
): Promise<QueryResult> {
  const client = new Client({ connectionString, connectionTimeoutMillis: bounds.connectTimeoutMs, application_name: 'opshub-sql-source', types: AS_TEXT });
  // A connection lost while idle must not crash the process; the next statement fails instead.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new SourceQueryError(`Cannot connect to the database: ${(error as Error).message}`, 'connectionId');
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(bounds.statementTimeoutMs)}`);
    // Times print, and casts between timestamp and timestamptz happen, in the zone periods are cut in.
    await client.query(`SELECT set_config('TimeZone', $1, true)`, [timeZone]);
    const parameters = usesWatermark(spec.query) ? [watermark ? watermark.toISOString() : '-infinity'] : [];
    const { rows, fields } = await readCapped(client, spec.query.trim().replace(/;\s*$/, ''), parameters, limit);
    if (rows.length > limit) {
      if (limit === bounds.rowCap) {
        throw new SourceQueryError(`The query returned more than ${bounds.rowCap} rows (the row cap); aggregate it or read fewer rows per sync`, 'input.query');
      }
      rows.length = limit;
    }
    return toResult(spec, fields, rows, timeZone);
  } catch (error) {
    throw asSourceError(error, bounds);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the query reads the watermark parameter. */
function usesWatermark(query: string): boolean {
  return /\$1(?!\d)/.test(query);
}

function readCapped(client: Client, text: string, values: string[], limit: number): Promise<{ rows: Array<Array<string | null>>; fields: FieldDef[] }> {
  const cursor = client.query(new Cursor(text, values, { rowMode: 'array' }));
  return new Promise((resolve, reject) => {
    cursor.read(limit + 1, (error, rows, result) => {
      if (error) reject(error);
      else resolve({ rows: rows as unknown as Array<Array<string | null>>, fields: result.fields });
    });
  });
}

function asSourceError(error: unknown, bounds: QueryBounds): Error {
  if (error instanceof SourceQueryError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (code === READ_ONLY) return new SourceQueryError(`The query tried to write, and sources only read: ${message}`, 'input.query');
  if (code === CANCELED) return new SourceQueryError(`The query ran longer than the statement timeout of ${bounds.statementTimeoutMs} ms`, 'input.query');
  if (code) return new SourceQueryError(`The query failed: ${message}`, 'input.query');
  return new SourceQueryError(`The database connection failed: ${message ?? String(error)}`, 'connectionId');
}

function column(fields: FieldDef[], name: string, field: string, role: string, allowed: ReadonlySet<number>, expected: string): number {
  const index = fields.findIndex((f) => f.name === name);
  if (index < 0) throw new SourceQueryError(`Column "${name}" is not in the result (it has: ${fields.map((f) => f.name).join(', ')})`, field);
  if (!allowed.has(fields[index].dataTypeID)) {
    throw new SourceQueryError(`Column "${name}" is ${typeName(fields[index])}; the ${role} column must be ${expected}`, field);
  }
  return index;
}

function toResult(spec: QuerySpec, fields: FieldDef[], rows: Array<Array<string | null>>, timeZone: string): QueryResult {
  const time = column(fields, spec.timeColumn, 'input.timeColumn', 'time', TIME_TYPES, 'a timestamp, timestamptz or date');
  const value = column(fields, spec.valueColumn, 'input.valueColumn', 'value', NUMBER_TYPES, 'a number (integer, bigint, numeric, real or double precision)');
  const dimensions = spec.dimensionColumns.map((name, i) =>
    ({ name, index: column(fields, name, `input.dimensionColumns[${i}]`, 'dimension', DIMENSION_TYPES, 'text, a whole number, a boolean or a uuid') }));
  const timeType = fields[time].dataTypeID;
  let newest: Date | null = null;
  const points = rows.map((row, r): SourcePoint => {
    const rawTime = row[time];
    const rawValue = row[value];
    if (rawTime === null) throw new SourceQueryError(`Row ${r + 1}: column "${spec.timeColumn}" is null`, 'input.timeColumn');
    if (rawValue === null) throw new SourceQueryError(`Row ${r + 1}: column "${spec.valueColumn}" is null`, 'input.valueColumn');
    const at = parseTime(rawTime, timeType, timeZone);
    if (Number.isNaN(at.getTime())) throw new SourceQueryError(`Row ${r + 1}: column "${spec.timeColumn}" is not a finite time (${rawTime})`, 'input.timeColumn');
    const number = Number(rawValue);
    if (!Number.isFinite(number)) throw new SourceQueryError(`Row ${r + 1}: column "${spec.valueColumn}" is not a finite number (${rawValue})`, 'input.valueColumn');
    if (!newest || at > newest) newest = at;
    const dims: Record<string, string> = {};
    // A null dimension is a point without that dimension, as the push API takes it.
    for (const d of dimensions) if (row[d.index] !== null) dims[d.name] = row[d.index]!;
    return { at, value: number, dimensions: dims };
  });
  return { columns: fields.map((f) => ({ name: f.name, type: typeName(f) })), rows, points, newest };
}

const LOCAL_TIME = /^(\d{4,})-(\d\d)-(\d\d)(?: (\d\d):(\d\d):(\d\d)(?:\.(\d+))?)?$/;

/** PostgreSQL's text of a time: timestamptz as it says (ISO-8601 with offset), timestamp and date as wall time in the zone. */
function parseTime(text: string, type: number, timeZone: string): Date {
  if (type === 1184) return new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  const match = LOCAL_TIME.exec(text);
  if (!match) return new Date(NaN);
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = ''] = match;
  const millisecond = Math.round(Number(`0.${fraction || '0'}`) * 1000);
  return fromZonedParts({ year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second, millisecond }, timeZone);
}
