import { fromZonedParts, isValidTimeZone } from '@opshub/metrics';
import { problem, type ImportProblem } from './import-error';

/** Timestamp layouts an import can read; the layout is always chosen, never guessed (03/04 is never read both ways). */
export const TIMESTAMP_FORMATS = ['ISO', 'YYYY-MM-DD', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD/MM/YYYY HH:mm', 'MM/DD/YYYY HH:mm'] as const;
export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

/** How the columns of a file become observations. */
export interface ImportMapping {
  kind?: 'observations';
  /** A fixed metric key, or the column holding each row's metric key. */
  metric: { key: string } | { column: string };
  timestamp: { column: string; format: TimestampFormat; timeZone: string };
  value: { column: string };
  /** Columns whose cells become dimensions (empty cells are left out). */
  dimensions: string[];
  /** The field separator: ',' unless told. */
  delimiter?: string;
}

export class MappingError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const text = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw new MappingError(`${field} must be a non-empty string`, field);
  return value;
};

/** The mapping a client sent (JSON), checked field by field. */
export function parseMapping(raw: unknown): ImportMapping {
  if (!isObject(raw)) throw new MappingError('mapping must be an object', 'mapping');
  if (raw.kind !== undefined && raw.kind !== 'observations') throw new MappingError('mapping.kind must be observations or leads', 'mapping.kind');
  const { metric, timestamp, value, dimensions = [], delimiter } = raw;
  if (!isObject(metric) || ('key' in metric) === ('column' in metric)) throw new MappingError('mapping.metric needs either key (a fixed metric) or column', 'mapping.metric');
  const metricMapping = 'key' in metric ? { key: text(metric.key, 'mapping.metric.key') } : { column: text(metric.column, 'mapping.metric.column') };
  if (!isObject(timestamp)) throw new MappingError('mapping.timestamp needs column, format and timeZone', 'mapping.timestamp');
  const { format, timeZone } = parseTimestampLayout(timestamp, 'mapping.timestamp');
  if (!isObject(value)) throw new MappingError('mapping.value needs column', 'mapping.value');
  if (!Array.isArray(dimensions) || dimensions.some((d) => typeof d !== 'string' || d === '')) throw new MappingError('mapping.dimensions must be a list of column names', 'mapping.dimensions');
  checkDelimiter(delimiter);
  return {
    metric: metricMapping,
    timestamp: { column: text(timestamp.column, 'mapping.timestamp.column'), format, timeZone },
    value: { column: text(value.column, 'mapping.value.column') },
    dimensions: dimensions as string[],
    ...(delimiter ? { delimiter } : {}),
  };
}

export function checkDelimiter(delimiter: unknown): asserts delimiter is string | undefined {
  if (delimiter !== undefined && (typeof delimiter !== 'string' || ![',', ';', '\t', '|'].includes(delimiter))) {
    throw new MappingError('mapping.delimiter must be one of , ; | or a tab', 'mapping.delimiter');
  }
}

/** The time zone and layout of a mapping's timestamps, checked. */
export function parseTimestampLayout(raw: unknown, field: string): { format: TimestampFormat; timeZone: string } {
  if (!isObject(raw)) throw new MappingError(`${field} needs format and timeZone`, field);
  const format = raw.format as TimestampFormat;
  if (!TIMESTAMP_FORMATS.includes(format)) throw new MappingError(`${field}.format must be one of ${TIMESTAMP_FORMATS.join(', ')}`, `${field}.format`);
  const timeZone = text(raw.timeZone, `${field}.timeZone`);
  if (!isValidTimeZone(timeZone)) throw new MappingError(`unknown time zone "${timeZone}"`, `${field}.timeZone`);
  return { format, timeZone };
}

/** The columns a mapping reads, each once. */
export function mappedColumns(mapping: ImportMapping): string[] {
  return [...new Set([...('column' in mapping.metric ? [mapping.metric.column] : []), mapping.timestamp.column, mapping.value.column, ...mapping.dimensions])];
}

/** Why a header row cannot be imported by a mapping reading `columns` (empty, duplicate or missing names), or null. */
export function headerProblem(header: readonly string[], columns: readonly string[]): (ImportProblem & { column: string | null }) | null {
  const names = header.map((name) => name.trim());
  if (names.length === 0 || names.every((name) => name === '')) return { ...noHeader, column: null };
  const blank = names.findIndex((name) => name === '');
  if (blank >= 0) return { ...problem('HEADER_BLANK_NAME', `column ${blank + 1} of the header has no name`, { position: blank + 1 }), column: null };
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return { ...problem('HEADER_DUPLICATE', `the header names column "${name}" twice`, { column: name }), column: name };
    seen.add(name);
  }
  for (const column of columns) {
    if (!seen.has(column)) {
      const found = names.length === 1
        ? problem('HEADER_ONE_COLUMN', `the mapping reads column "${column}", which the header does not have (the header is one column "${names[0]}": is the delimiter right?)`, { column, header: names[0] })
        : problem('HEADER_MISSING_COLUMN', `the mapping reads column "${column}", which the header does not have`, { column });
      return { ...found, column };
    }
  }
  return null;
}

export const noHeader = problem('NO_HEADER', 'the file is empty: it has no header row');

const PATTERNS: Record<Exclude<TimestampFormat, 'ISO'>, { re: RegExp; order: Array<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'> }> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{2})-(\d{2})$/, order: ['year', 'month', 'day'] },
  'YYYY-MM-DD HH:mm': { re: /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/, order: ['year', 'month', 'day', 'hour', 'minute'] },
  'YYYY-MM-DD HH:mm:ss': { re: /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/, order: ['year', 'month', 'day', 'hour', 'minute', 'second'] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['day', 'month', 'year'] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['month', 'day', 'year'] },
  'DD/MM/YYYY HH:mm': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/, order: ['day', 'month', 'year', 'hour', 'minute'] },
  'MM/DD/YYYY HH:mm': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/, order: ['month', 'day', 'year', 'hour', 'minute'] },
};
/** ISO-8601 with an offset (the instant is exact) or without (a wall time in the mapping's zone). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A cell of a file: text, or a spreadsheet's date cell (an XLSX number with a date format). A date cell has no
 * time zone: it holds the wall time the sheet shows, kept here as the UTC fields of a Date.
 */
export type Cell = string | Date;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A cell as text: a date cell as its wall time, YYYY-MM-DD HH:mm:ss (whole seconds, as spreadsheets show them). */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  const rounded = new Date(Math.round(cell.getTime() / 1000) * 1000);
  return `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())} ${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
}

/**
 * The instant a cell names, or why it does not. Text is read in the chosen layout; a date cell needs no
 * layout (its wall time is exact) and, like text, is read in the mapping's zone.
 */
export function parseTimestamp(cell: Cell, format: TimestampFormat, timeZone: string): Date | ImportProblem {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return problem('BAD_DATE_CELL', 'is not a valid date');
    const wall = new Date(Math.round(cell.getTime() / 1000) * 1000);
    return fromZonedParts({
      year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), millisecond: 0,
    }, timeZone);
  }
  const raw = cell.trim();
  let parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (format === 'ISO') {
    const match = ISO.exec(raw);
    if (!match) return problem('NOT_A_DATE', `"${raw}" is not an ISO-8601 date`, { value: raw, format });
    if (match[7]) {
      const instant = new Date(raw.replace(' ', 'T'));
      return Number.isNaN(instant.getTime()) ? problem('INVALID_DATE', `"${raw}" is not a valid date`, { value: raw, format }) : instant;
    }
    parts = { ...parts, year: +match[1], month: +match[2], day: +match[3], hour: +(match[4] ?? 0), minute: +(match[5] ?? 0), second: +(match[6] ?? 0) };
  } else {
    const { re, order } = PATTERNS[format];
    const match = re.exec(raw);
    if (!match) return problem('NOT_A_DATE', `"${raw}" is not a ${format} date`, { value: raw, format });
    order.forEach((field, i) => (parts[field] = Number(match[i + 1])));
  }
  const daysInMonth = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth || parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    return problem('INVALID_DATE', `"${raw}" is not a valid ${format} date`, { value: raw, format });
  }
  return fromZonedParts(parts, timeZone);
}

/** A cell as a number: plain decimal notation, finite; or why not. */
export function parseValue(cell: Cell): number | ImportProblem {
  if (cell instanceof Date) return problem('DATE_NOT_A_NUMBER', `${cellText(cell)} is a date, not a number`, { value: cellText(cell) });
  const raw = cell.trim();
  if (raw === '') return problem('EMPTY_VALUE', 'is empty');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return problem('NOT_A_NUMBER', `"${raw}" is not a number`, { value: raw });
  const value = Number(raw);
  return Number.isFinite(value) ? value : problem('NOT_FINITE', `"${raw}" is not a finite number`, { value: raw });
}

/** A row that cannot be imported: the column at fault and why. */
export type RowProblem = ImportProblem & { ok: false; column: string | null };
export const rowProblem = (column: string | null, found: ImportProblem): RowProblem => ({ ok: false, column, ...found });

/** The row's cell count does not match the header's. */
export const cellCountProblem = (cells: number, header: number): RowProblem =>
  rowProblem(null, problem('CELL_COUNT', `has ${cells} cells where the header has ${header} (a stray delimiter or quote?)`, { cells, header }));

/** One data row mapped to an observation, or the column and reason it cannot be. */
export type MappedRow = { ok: true; metricKey: string; at: Date; value: number; dimensions: Record<string, string> } | RowProblem;

export function mapRow(header: readonly string[], cells: readonly Cell[], mapping: ImportMapping): MappedRow {
  if (cells.length !== header.length) return cellCountProblem(cells.length, header.length);
  const cell = (column: string) => cells[header.indexOf(column)] ?? '';
  const metricKey = 'key' in mapping.metric ? mapping.metric.key : cellText(cell(mapping.metric.column)).trim();
  if (metricKey === '') return rowProblem('column' in mapping.metric ? mapping.metric.column : null, problem('NO_METRIC_KEY', 'has no metric key'));
  const at = parseTimestamp(cell(mapping.timestamp.column), mapping.timestamp.format, mapping.timestamp.timeZone);
  if (!(at instanceof Date)) return rowProblem(mapping.timestamp.column, at);
  const value = parseValue(cell(mapping.value.column));
  if (typeof value !== 'number') return rowProblem(mapping.value.column, value);
  const dimensions: Record<string, string> = {};
  for (const column of mapping.dimensions) {
    const dimension = cellText(cell(column)).trim();
    if (dimension !== '') dimensions[column] = dimension;
  }
  return { ok: true, metricKey, at, value, dimensions };
}

/**
 * A cell for a CSV a spreadsheet will open: a leading = + - @ (or tab/CR) would make it a formula, so it gets a
 * leading apostrophe; quotes are doubled and the cell quoted when it needs to be.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
