import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportError, problem } from './import-error';
import type { Cell } from './import-mapping';

/** The first bytes of every .xlsx (a ZIP archive): no CSV starts with them. */
export function isXlsx(firstChunk: Buffer): boolean {
  return firstChunk.length >= 4 && firstChunk.readUInt32BE(0) === 0x504b0304;
}

/**
 * What a spreadsheet shows in a cell, as import cells: text as it is; numbers in their shortest exact
 * decimal form; a number with a date format as a date cell (its wall time, see Cell); a formula as its last
 * computed result (the formula itself is never read, let alone run); an error as its code (#N/A).
 */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return value.result === undefined ? '' : cellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * Rows of an .xlsx's first worksheet, header first, read with exceljs's streaming reader: the sheet is
 * parsed as it arrives (or, when the workbook stores it before its shared strings, from a temporary file),
 * never whole in memory; the shared strings are. Empty rows are skipped, as in a CSV; a row is as long as the
 * header, or as its last non-empty cell when that lies beyond the header.
 */
export async function* xlsxRows(input: Readable): AsyncIterable<Cell[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  // exceljs 4.4 names a sheet from `model.sheets`, read from xl/workbook.xml (its own writer puts that entry last), with
  // no guard for a sheet parsed before that entry is read: a header read of a valid workbook failed so under load
  // ("reading 'sheets'"). An empty model until the entry is read leaves the sheet unnamed, which the import never uses.
  (workbook as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
  try {
    for await (const worksheet of workbook) {
      let width = 0;
      for await (const row of worksheet) {
        // row.values is sparse and 1-based (A is 1).
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        const cells = Array.from({ length: Math.max(values.length, width) }, (_, i) => cellOf(values[i]));
        while (cells.length > width && cells.at(-1) === '') cells.pop();
        if (cells.length === 0 || cells.every((cell) => cell === '')) continue;
        width ||= cells.length;
        yield cells;
      }
      return; // the first worksheet only
    }
    throw ImportError.of(problem('NO_WORKSHEET', 'the workbook has no worksheet'), 400);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw ImportError.of(problem('NOT_A_WORKBOOK', `the file is not a readable .xlsx workbook (${detail})`, { detail }), 400);
  } finally {
    input.destroy();
  }
}
