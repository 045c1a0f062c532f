import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Result } from '../../../test/apollo';
import type { ChartAnnotation } from '../../alerts/hooks/useAnnotations';
import type { AnnotationDraft } from '../hooks/useAnnotationDraft';
import { ChartAnnotations } from './ChartAnnotations';

const annotation = (id: string, title: string, editable: boolean): ChartAnnotation => ({
  id, title, description: '', at: Date.parse('2026-03-02T10:00:00Z'), endAt: Date.parse('2026-03-04T10:00:00Z'),
  metricKeys: ['sales.calls'], departments: ['SALES'], createdBy: editable ? 'Sam Sales' : 'Ana Ruiz', editable,
});
const noDraft: AnnotationDraft = { span: null, setSpan: () => {}, allowed: true, onSelect: () => {} };

function renderList(answer: (name: string) => Result) {
  const server = scriptedServer((op) => answer(op.operationName!));
  renderWithApollo(
    <ChartAnnotations
      metricKey="sales.calls"
      annotations={[annotation('a1', '<i>Blitz</i>', true), annotation('a2', 'Price change', false)]}
      formatDate={(ms) => new Date(ms).toISOString().slice(0, 10)}
      draft={noDraft}
    />,
    { link: server.link },
  );
  return server.operations;
}

const item = (title: string) => screen.getAllByTestId('chart-annotation').find((li) => li.textContent?.includes(title))!;

describe('ChartAnnotations', () => {
  it('offers edit and delete on your own annotations only, and shows titles as text', () => {
    renderList(() => ({ data: {} }));
    expect(within(item('<i>Blitz</i>')).getByTestId('annotation-edit')).toBeTruthy();
    expect(item('<i>Blitz</i>').querySelector('i')).toBeNull();
    expect(within(item('Price change')).queryByTestId('annotation-edit')).toBeNull();
    expect(within(item('Price change')).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(item('Price change').textContent).toContain('by Ana Ruiz');
  });

  it('rewrites your own, keeping its scope, and shows a refusal beside the field it names', async () => {
    const operations = renderList((name) =>
      name === 'UpdateAnnotation'
        ? ({ data: null, errors: [{ message: 'title must have 1 to 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } }] } as unknown as Result)
        : { data: {} },
    );
    fireEvent.click(within(item('<i>Blitz</i>')).getByTestId('annotation-edit'));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Blitz, week 2' } });
    fireEvent.click(screen.getByTestId('annotation-save'));
    await waitFor(() => expect(screen.getByText('title must have 1 to 200 characters')).toBeTruthy());
    const sent = operations.find((op) => op.operationName === 'UpdateAnnotation')!;
    expect(sent.variables).toEqual({
      id: 'a1',
      input: { title: 'Blitz, week 2', description: '', at: '2026-03-02T10:00:00.000Z', endAt: '2026-03-04T10:00:00.000Z', metricKeys: ['sales.calls'], departments: ['SALES'] },
    });
  });

  it('refuses a span that ends before it starts without sending it', async () => {
    const operations = renderList(() => ({ data: {} }));
    fireEvent.click(within(item('<i>Blitz</i>')).getByTestId('annotation-edit'));
    fireEvent.change(screen.getByLabelText('Until (optional)'), { target: { value: '2026-03-01T10:00' } });
    fireEvent.click(screen.getByTestId('annotation-save'));
    expect(await screen.findByText('The end must not be before the start')).toBeTruthy();
    expect(operations.some((op) => op.operationName === 'UpdateAnnotation')).toBe(false);
  });
});
