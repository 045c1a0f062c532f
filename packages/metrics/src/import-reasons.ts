/**
 * Why a file import refuses a row or a whole file, as a code the server sends beside its English `reason` (kept for
 * the API and the rejected-rows CSV), so that a page can say it in its reader's language from the code and its params.
 */
export const IMPORT_REASON_CODES = [
  // A row (the params name the cell's text as `value`).
  'CELL_COUNT', // { cells, header }
  'NO_METRIC_KEY',
  'BAD_DATE_CELL',
  'NOT_A_DATE', // { value, format }
  'INVALID_DATE', // { value, format }
  'DATE_NOT_A_NUMBER', // { value }
  'EMPTY_VALUE',
  'NOT_A_NUMBER', // { value }
  'NOT_FINITE', // { value }
  'UNKNOWN_METRIC', // { metric }
  'METRIC_NOT_WRITABLE', // { metric, department }
  'MISSING_LEAD_FIELD', // { field }
  'NOT_EMPLOYEE_COUNT', // { value }
  'EMPLOYEE_COUNT_TOO_LARGE', // { value }
  'NOT_A_COUNT', // { value }
  // A whole file.
  'FILE_EMPTY',
  'NO_HEADER',
  'HEADER_BLANK_NAME', // { position }
  'HEADER_DUPLICATE', // { column }
  'HEADER_MISSING_COLUMN', // { column }
  'HEADER_ONE_COLUMN', // { column, header }: the mapping's column is missing and the header is one column
  'NOT_UTF8',
  'CSV_MALFORMED', // { line, detail }: csv-parse's own (English) words
  'NO_WORKSHEET',
  'NOT_A_WORKBOOK', // { detail }: the reader's own (English) words
  'FILE_TOO_LARGE', // { maxBytes }
  'NEEDS_INGEST',
  'NEEDS_LEAD_WRITE',
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** A reason as data: its code and the values its sentence names. */
export interface ImportReason {
  code: ImportReasonCode;
  params: Record<string, string | number>;
}

export const isImportReasonCode = (value: unknown): value is ImportReasonCode =>
  typeof value === 'string' && (IMPORT_REASON_CODES as readonly string[]).includes(value);
