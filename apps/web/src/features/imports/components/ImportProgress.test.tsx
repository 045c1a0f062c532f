import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FileImportFieldsFragment } from '../../../gql/graphql';
import { I18nProvider } from '../../../shared/i18n';
import { ImportProgress, secondsLeft } from './ImportProgress';

const RUN: FileImportFieldsFragment = {
  __typename: 'FileImport', id: '6a1e0f6c-3c55-4d8e-9b59-0c6f5e1d2a10', fileName: 'leads.csv', state: 'RUNNING', rowsTotal: 3000, rowsDone: 1000,
  rowsWritten: 990, rowsRejected: 10, error: null, errorCode: null, errorParams: null, createdByName: 'Ada Admin', createdAt: '2026-12-06T09:00:00.000Z', startedAt: '2026-12-06T09:00:00.000Z', finishedAt: null,
};

describe('ImportProgress', () => {
  it('estimates the time left at the rate so far', () => {
    // 1000 rows in 10 s: 2000 more take 20 s.
    expect(secondsLeft(RUN, Date.parse('2026-12-06T09:00:10.000Z'))).toBe(20);
    expect(secondsLeft({ ...RUN, rowsDone: 0 }, Date.parse('2026-12-06T09:00:10.000Z'))).toBeNull();
    expect(secondsLeft({ ...RUN, rowsTotal: null }, Date.parse('2026-12-06T09:00:10.000Z'))).toBeNull();
  });

  it('shows rows done of total and rejected so far, and cancels only once confirmed', () => {
    const onCancel = vi.fn();
    render(<I18nProvider><ImportProgress run={RUN} onCancel={onCancel} /></I18nProvider>);
    expect(screen.getByTestId('import-counts').textContent).toMatch(/^1,000 of 3,000 rows \(33%\) · 10 rejected/);
    expect(screen.getByTestId('import-rejected-csv').getAttribute('href')).toBe(`/api/imports/${RUN.id}/rejected.csv`);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByText('Stop this import? Rows already written stay.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, stop it' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('offers no cancel once the import has ended', () => {
    render(<I18nProvider><ImportProgress run={{ ...RUN, state: 'COMPLETED', rowsDone: 3000, finishedAt: '2026-12-06T09:00:30.000Z' }} onCancel={() => {}} /></I18nProvider>);
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
    expect(screen.getByText('Done: 990 rows written, 10 rejected.')).toBeTruthy();
  });

  it.each([
    ['en', 'NOT_UTF8', {}, 'The file is not UTF-8 text: save it as CSV UTF-8.'],
    ['es', 'NOT_UTF8', {}, 'El archivo no es texto UTF-8: guárdalo como CSV UTF-8.'],
    ['es', 'NOT_A_WORKBOOK', { detail: 'end of central directory not found' }, 'El archivo no es un libro .xlsx legible (end of central directory not found).'],
    // A failure without a code of the import's own is shown as the server wrote it.
    ['es', null, null, 'the file is not UTF-8 text: save it as CSV UTF-8'],
  ] as const)('words a failed import in the reader\'s language from its code (%s, %s)', (language, errorCode, errorParams, shown) => {
    const failed = { ...RUN, state: 'FAILED' as const, error: 'the file is not UTF-8 text: save it as CSV UTF-8', errorCode, errorParams, finishedAt: '2026-12-06T09:00:30.000Z' };
    render(<I18nProvider language={language}><ImportProgress run={failed} onCancel={() => {}} /></I18nProvider>);
    expect(screen.getByText(shown)).toBeTruthy();
  });
});
