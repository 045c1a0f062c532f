import { downloadFile } from '../download';
export type CsvCell = string | number | boolean | null | undefined | Date;

// Spreadsheet apps execute cells starting with these as formulas (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it contains a comma, quote, CR/LF or surrounding spaces, with inner
 * quotes doubled. Numbers are written as-is (machine readable); text that a spreadsheet would run as a formula
 * is prefixed with an apostrophe.
 */
export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text) && !/^[-+]?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text with CRLF line endings (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}

/** Triggers a client-side download; the BOM lets Excel read UTF-8 accents correctly. */
export function downloadCsv(filename: string, csv: string): void {
  downloadFile(filename, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
