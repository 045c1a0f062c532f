import { IMPORT_REASON_CODES, type ImportReasonCode } from '@opshub/metrics';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/dictionaries';
import { importReason } from './importReason';

/** Every code the server sends, its params, and the sentence a reader sees in English and in Spanish. */
const CASES: Record<ImportReasonCode, [Record<string, string | number>, string, string]> = {
  CELL_COUNT: [{ cells: 2, header: 3 }, 'has 2 cells where the header has 3 (a stray delimiter or quote?)', 'tiene 2 celdas y la cabecera 3 (¿un separador o unas comillas de más?)'],
  NO_METRIC_KEY: [{}, 'has no metric key', 'no tiene clave de métrica'],
  BAD_DATE_CELL: [{}, 'the date cell is not a valid date', 'la celda de fecha no es una fecha válida'],
  NOT_A_DATE: [{ value: '03/04/2026', format: 'YYYY-MM-DD' }, '"03/04/2026" is not a YYYY-MM-DD date', '«03/04/2026» no es una fecha YYYY-MM-DD'],
  INVALID_DATE: [{ value: '2026-02-30', format: 'YYYY-MM-DD' }, '"2026-02-30" is not a valid YYYY-MM-DD date', '«2026-02-30» no es una fecha YYYY-MM-DD válida'],
  DATE_NOT_A_NUMBER: [{ value: '2026-03-01 00:00:00' }, '2026-03-01 00:00:00 is a date, not a number', '2026-03-01 00:00:00 es una fecha, no un número'],
  EMPTY_VALUE: [{}, 'the value is empty', 'el valor está vacío'],
  NOT_A_NUMBER: [{ value: 'abc' }, '"abc" is not a number', '«abc» no es un número'],
  NOT_FINITE: [{ value: '1e999' }, '"1e999" is not a finite number', '«1e999» no es un número finito'],
  UNKNOWN_METRIC: [{ metric: 'no.such' }, 'unknown metric "no.such"', 'métrica desconocida «no.such»'],
  METRIC_NOT_WRITABLE: [
    { metric: 'finance.revenue', department: 'FINANCE' },
    '"finance.revenue" belongs to Finance, whose observations you may not write', '«finance.revenue» pertenece a Finanzas, cuyas observaciones no puedes escribir',
  ],
  MISSING_LEAD_FIELD: [{ field: 'externalId' }, 'has no CRM ID', 'falta ID del CRM'],
  NOT_EMPLOYEE_COUNT: [{ value: 'twelve' }, '"twelve" is not a whole number of employees', '«twelve» no es un número entero de empleados'],
  EMPLOYEE_COUNT_TOO_LARGE: [{ value: '9999999999' }, '"9999999999" is too large', '«9999999999» es demasiado grande'],
  NOT_A_COUNT: [{ value: '-1' }, '"-1" is not a count (a whole number ≥ 0)', '«-1» no es un recuento (un número entero ≥ 0)'],
  FILE_EMPTY: [{}, 'The file is empty.', 'El archivo está vacío.'],
  NO_HEADER: [{}, 'The file is empty: it has no header row.', 'El archivo está vacío: no tiene fila de cabecera.'],
  HEADER_BLANK_NAME: [{ position: 2 }, 'Column 2 of the header has no name.', 'La columna 2 de la cabecera no tiene nombre.'],
  HEADER_DUPLICATE: [{ column: 'amount' }, 'The header names column "amount" twice.', 'La cabecera nombra dos veces la columna «amount».'],
  HEADER_MISSING_COLUMN: [{ column: 'amount' }, 'The mapping reads column "amount", which the header does not have.', 'La asignación lee la columna «amount», que la cabecera no tiene.'],
  HEADER_ONE_COLUMN: [
    { column: 'date', header: 'date;amount' },
    'The mapping reads column "date", which the header does not have (the header is one column "date;amount": is the delimiter right?).',
    'La asignación lee la columna «date», que la cabecera no tiene (la cabecera es una sola columna «date;amount»: ¿es correcto el separador?).',
  ],
  NOT_UTF8: [{}, 'The file is not UTF-8 text: save it as CSV UTF-8.', 'El archivo no es texto UTF-8: guárdalo como CSV UTF-8.'],
  CSV_MALFORMED: [{ line: 5, detail: 'Quote Not Closed' }, 'The CSV cannot be read past line 5 (Quote Not Closed).', 'El CSV no se puede leer más allá de la línea 5 (Quote Not Closed).'],
  NO_WORKSHEET: [{}, 'The workbook has no worksheet.', 'El libro no tiene ninguna hoja.'],
  NOT_A_WORKBOOK: [{ detail: 'bad zip' }, 'The file is not a readable .xlsx workbook (bad zip).', 'El archivo no es un libro .xlsx legible (bad zip).'],
  FILE_TOO_LARGE: [{ maxBytes: 200000 }, 'The file is larger than the limit of 200000 bytes.', 'El archivo supera el límite de 200000 bytes.'],
  NEEDS_INGEST: [{}, 'Importing needs the INGEST scope.', 'Importar requiere el permiso INGEST.'],
  NEEDS_LEAD_WRITE: [{}, 'Importing leads needs write access to Sales or Marketing leads.', 'Importar leads requiere permiso de escritura sobre los leads de Ventas o Marketing.'],
};

describe('importReason', () => {
  it('covers every code the server sends', () => {
    expect(Object.keys(CASES).sort()).toEqual([...IMPORT_REASON_CODES].sort());
  });

  it.each(Object.entries(CASES))('says %s in English and Spanish', (code, [params, en, es]) => {
    const reason = { reason: 'the English sentence', code, params };
    expect([importReason(createTranslator('en'), reason), importReason(createTranslator('es'), reason)]).toEqual([en, es]);
  });

  it('shows a reason without a known code as the server wrote it', () => {
    for (const code of [null, undefined, 'SOMETHING_NEW']) {
      expect(importReason(createTranslator('es'), { reason: 'is too far in the future', code, params: { value: 'x' } })).toBe('is too far in the future');
    }
  });
});
