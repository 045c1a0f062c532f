import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n';
import { PreviewTable } from './PreviewTable';

describe('PreviewTable', () => {
  it('lists each row with its result, marks the cell at fault and shows cells as text', () => {
    render(
      <I18nProvider>
        <PreviewTable
          preview={{
            header: ['date', 'region', 'amount'],
            rows: [
              { row: 1, cells: ['2026-03-01', '<b>EMEA</b>', '10'], ok: true, column: null, reason: null },
              { row: 2, cells: ['2026-03-02', 'APAC', 'abc'], ok: false, column: 'amount', reason: '"abc" is not a number' },
              { row: 3, cells: ['2026-03-03', 'APAC'], ok: false, column: null, reason: 'has 2 cells where the header has 3 (a stray delimiter or quote?)' },
            ],
          }}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('preview-summary').textContent).toBe('3 rows checked: 2 will be rejected.');
    const rows = screen.getAllByTestId('preview-row');
    expect(rows.map((row) => row.getAttribute('data-ok'))).toEqual(['true', 'false', 'false']);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', 'OK', '2026-03-01', '<b>EMEA</b>', '10']);
    expect(rows[0].querySelector('b')).toBeNull();
    const bad = within(rows[1]).getAllByRole('cell');
    expect(bad[1].textContent).toBe('Column amount: "abc" is not a number');
    expect(bad.map((cell) => cell.className.includes('badCell'))).toEqual([false, false, false, false, true]);
    expect(within(rows[2]).getAllByRole('cell')[1].textContent).toBe('has 2 cells where the header has 3 (a stray delimiter or quote?)');
  });
});
