import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadCsv, escapeCsvCell, toCsv } from './csv';

describe('escapeCsvCell', () => {
  it.each<[Parameters<typeof escapeCsvCell>[0], string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\rlf', '"cr\rlf"'],
    [' padded ', '" padded "'],
    ['Añó €', 'Añó €'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [-0.275, '-0.275'],
    [1234567.5, '1234567.5'],
    [Number.NaN, ''],
    [true, 'true'],
    [new Date('2026-01-02T03:04:05.000Z'), '2026-01-02T03:04:05.000Z'],
    // formula injection is neutralised, signed numbers in text are not
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@cmd', "'@cmd"],
    ['+1 (555) 0100', '+1 (555) 0100'],
    ['-5', '-5'],
    ['=1,2', `"'=1,2"`],
  ])('%j → %s', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('joins header and rows with commas and CRLF', () => {
    expect(
      toCsv(
        ['at', 'value', 'region'],
        [
          ['2026-01-01T00:00:00.000Z', 10, 'EMEA'],
          ['2026-01-02T00:00:00.000Z', 2.5, 'North, America'],
          ['2026-01-03T00:00:00.000Z', null, 'Quote "Q"'],
        ],
      ),
    ).toBe(
      'at,value,region\r\n' +
        '2026-01-01T00:00:00.000Z,10,EMEA\r\n' +
        '2026-01-02T00:00:00.000Z,2.5,"North, America"\r\n' +
        '2026-01-03T00:00:00.000Z,,"Quote ""Q"""\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});

describe('downloadCsv', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('downloads a UTF-8 Blob with a BOM through a temporary link', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadCsv('export.csv', 'a,b\r\n');
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('a,b\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
