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

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The rows of a CSV with no quote and one kind of line end (LF or CRLF), counted from its bytes as the parser
 * reads them (blank lines skipped, a BOM ignored); null for any other file, which only the parser can count.
 */
async function countPlainCsvRows(source: AsyncIterable<Buffer>): Promise<number | null> {
  let rows = 0;
  let content = false; // the line so far has a byte that is not a line end
  let cr = false; // the byte before was a CR
  let crlf: boolean | null = null; // the file's line end, as its first line ends
  let first = true;
  for await (const chunk of source) {
    let i = 0;
    if (first) {
      first = false;
      if (isXlsx(chunk)) return null;
      if (BOM.every((byte, at) => chunk[at] === byte)) i = BOM.length;
    }
    for (; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === LF) {
        if (crlf === null) crlf = cr;
        else if (crlf !== cr) return null;
        if (content) rows += 1;
        content = false;
        cr = false;
      } else if (cr || byte === QUOTE) {
        return null; // a CR alone, or quoting: the parser decides
      } else if (byte === CR) {
        cr = true;
      } else {
        content = true;
      }
    }
  }
  if (cr) return null;
  return content ? rows + 1 : rows;
}

/**
 * How many rows fileRows yields from a file (its header included), reading it from `source()`. For progress: a
 * plain CSV is counted from its bytes, since parsing it a second time while the import parses it cost as much
 * CPU as the import's own parse and grew the heap by hundreds of MB; any other file is parsed.
 */
export async function countFileRows(source: () => AsyncIterable<Buffer>, mapping: { delimiter?: string }): Promise<number> {
  const plain = await countPlainCsvRows(source());
  if (plain !== null) return plain;
  let rows = 0;
  for await (const _cells of fileRows(source(), mapping)) rows += 1;
  return rows;
}
