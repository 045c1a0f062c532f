import { countFileRows, fileRows } from './import-file';

/** The file in chunks of `size` bytes, so a line end or the BOM may fall across two. */
const chunked = (text: string, size: number) => async function* () {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
};

async function parsedRows(text: string): Promise<number> {
  let rows = 0;
  for await (const _cells of fileRows(chunked(text, 1 << 20)(), {})) rows += 1;
  return rows;
}

describe('countFileRows', () => {
  // Plain files are counted from their bytes, the others parsed: either way the count is the parser's.
  it.each([
    ['LF with a final line end', 'at,v\n2024-01-01,1\n2024-01-02,2\n', 3],
    ['CRLF without a final line end', 'at,v\r\n2024-01-01,1\r\n2024-01-02,2', 3],
    ['blank lines skipped', '\nat,v\n\n2024-01-01,1\n\n\n2024-01-02,2\n\n', 3],
    ['blank CRLF lines skipped', 'at,v\r\n\r\n2024-01-01,1\r\n\r\n', 2],
    ['a BOM', '\uFEFFat,v\n2024-01-01,1\n', 2],
    ['a line of spaces is a row', 'at,v\n   \n2024-01-01,1\n', 3],
    ['a quoted line end (parsed)', 'at,note\n2024-01-01,"two\nlines"\n2024-01-02,x\n', 3],
    ['mixed line ends (parsed: a lone LF in a CRLF file is data)', 'at,v\r\n2024-01-01,1\n2024-01-02,2\r\n', 2],
    ['an empty file', '', 0],
  ])('%s', async (_name, text, rows) => {
    expect(await parsedRows(text)).toBe(rows);
    for (const size of [1, 2, 3, 1 << 20]) expect(await countFileRows(chunked(text, size), {})).toBe(rows);
  });
});
