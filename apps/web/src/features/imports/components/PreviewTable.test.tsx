import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n';
import type { ImportPreview } from '../lib/importApi';
import { PreviewTable } from './PreviewTable';

const PREVIEW: ImportPreview = {
  header: ['date', 'region', 'amount'],
  rows: [
    { row: 1, cells: ['2026-03-01', '<b>EMEA</b>', '10'], ok: true, column: null, reason: null, code: null, params: null },
    { row: 2, cells: ['2026-03-02', 'APAC', 'abc'], ok: false, column: 'amount', reason: '"abc" is not a number', code: 'NOT_A_NUMBER', params: { value: 'abc' } },
    {
      row: 3, cells: ['2026-03-03', 'APAC'], ok: false, column: null,
      reason: 'has 2 cells where the header has 3 (a stray delimiter or quote?)', code: 'CELL_COUNT', params: { cells: 2, header: 3 },
    },
    // A reason without a code the page knows (the write path's) is shown as the server wrote it.
    { row: 4, cells: ['2099-01-01', 'APAC', '1'], ok: false, column: 'date', reason: 'is too far in the future', code: null, params: null },
  ],
};

describe('PreviewTable', () => {
  it('lists each row with its result, marks the cell at fault and shows cells as text', () => {
    render(
      <I18nProvider>
        <PreviewTable preview={PREVIEW} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('preview-summary').textContent).toBe('4 rows checked: 3 will be rejected.');
    const rows = screen.getAllByTestId('preview-row');
    expect(rows.map((row) => row.getAttribute('data-ok'))).toEqual(['true', 'false', 'false', 'false']);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', 'OK', '2026-03-01', '<b>EMEA</b>', '10']);
    expect(rows[0].querySelector('b')).toBeNull();
    const bad = within(rows[1]).getAllByRole('cell');
    expect(bad[1].textContent).toBe('Column amount: "abc" is not a number');
    expect(bad.map((cell) => cell.className.includes('badCell'))).toEqual([false, false, false, false, true]);
    expect(within(rows[2]).getAllByRole('cell')[1].textContent).toBe('has 2 cells where the header has 3 (a stray delimiter or quote?)');
    expect(within(rows[3]).getAllByRole('cell')[1].textContent).toBe('Column date: is too far in the future');
  });

  it('says each reason in the page\'s language from its code', () => {
    render(
      <I18nProvider language="es">
        <PreviewTable preview={PREVIEW} />
      </I18nProvider>,
    );
    expect(screen.getAllByTestId('preview-row').map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual([
      'Correcta',
      'Columna amount: «abc» no es un número',
      'tiene 2 celdas y la cabecera 3 (¿un separador o unas comillas de más?)',
      'Columna date: is too far in the future',
    ]);
  });
});
