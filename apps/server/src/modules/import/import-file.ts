import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ImportError, problem } from './import-error';
import type { Cell } from './import-mapping';
import { isXlsx, xlsxRows } from './import-xlsx';

/** Rows of a CSV, header first, streamed from bytes with the mapping's delimiter; refuses text that is not UTF-8 and broken quoting. */
async function* csvRows(source: AsyncIterable<Buffer>, delimiter: string): AsyncIterable<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = Readable.from((async function* () {
    for await (const chunk of source) {
      try {
        yield decoder.decode(chunk, { stream: true });
      } catch {
        throw ImportError.of(problem('NOT_UTF8', 'the file is not UTF-8 text: save it as CSV UTF-8'), 400);
      }
    }
  })());
  // pipeline, not pipe: a decoding error reaches the parser (and whoever iterates it) instead of stalling it.
  const rows = pipeline(text, parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }), () => undefined);
  try {
    yield* rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Quoting that never closes swallows the rest of the file: no later row can be trusted, so the file stops here.
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    throw ImportError.of(problem('CSV_MALFORMED', `the CSV cannot be read past line ${line}: ${error.message}`, { line, detail: error.message }), 400);
  }
}

/**
 * Rows of an uploaded file, header first: an .xlsx workbook (told by its first bytes, whatever its name) or
 * else a CSV with the mapping's delimiter (',' unless told).
 */
export async function* fileRows(source: AsyncIterable<Buffer>, mapping: { delimiter?: string }): AsyncIterable<Cell[]> {
  const chunks = source[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const all = (async function* () {
    try {
      yield first.value;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    } finally {
      await chunks.return?.();
    }
  })();
  if (isXlsx(first.value)) yield* xlsxRows(Readable.from(all));
  else yield* csvRows(all, mapping.delimiter ?? ',');
}
