import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { SignedIn } from '../../../test/session';
import SourcesPage from './SourcesPage';

const connection = { __typename: 'SqlConnection', id: 'c1', name: 'Warehouse', host: 'db.example.com:5432', database: 'sales' };
const source = {
  __typename: 'SqlSource', metricKey: 'sales.revenue', connectionId: 'c1', query: 'SELECT at, amount FROM sales WHERE at > $1', timeColumn: 'at',
  valueColumn: 'amount', dimensionColumns: [], everyMinutes: 15, cron: null, intervalMinutes: 15, active: true, watermark: null,
  nextRunAt: '2026-03-02T10:15:00.000Z', lastSyncAt: '2026-03-02T10:00:00.000Z', lastError: 'The query failed: relation "sales" does not exist',
  consecutiveFailures: 3, status: 'FAILING',
};
const metric = (key: string, name: string, over: Record<string, unknown> = {}) => ({ __typename: 'Metric', key, name, formula: null, source: 'OBSERVATIONS', ...over });

function respond(op: Operation): Result {
  const input = (op.variables as { input?: { valueColumn: string } }).input;
  switch (op.operationName) {
    case 'Sources':
      return {
        data: {
          sqlConnections: [connection], sqlSources: [source],
          metrics: [metric('sales.revenue', 'Revenue'), metric('sales.deals', 'Deals'), metric('sales.win_rate', 'Win rate', { formula: 'a / b' }), metric('marketing.leads', 'Leads', { source: 'RECORDS' })],
        },
      };
    case 'SqlQueryPreview':
      if (input?.valueColumn === 'region') {
        return { errors: [{ message: 'Column "region" is text; the value column must be a number', extensions: { code: 'BAD_USER_INPUT', field: 'input.valueColumn' } }] } as Result;
      }
      return {
        data: {
          sqlQueryPreview: {
            __typename: 'SqlQueryPreview',
            columns: [{ __typename: 'SqlResultColumn', name: 'at', type: 'timestamptz' }, { __typename: 'SqlResultColumn', name: 'amount', type: 'numeric' }, { __typename: 'SqlResultColumn', name: 'region', type: 'text' }],
            rows: [{ __typename: 'SqlPreviewRow', cells: ['2026-03-02 10:00:00+01', '100.5', null] }],
            points: [{ __typename: 'SqlPreviewPoint', at: '2026-03-02T09:00:00.000Z', value: 100.5, dimensions: [] }],
          },
        },
      };
    default:
      throw new Error(`unexpected ${op.operationName}`);
  }
}

function renderPage(language: 'en' | 'es' = 'en') {
  const { link, operations } = scriptedServer(respond);
  renderWithApollo(
    <SignedIn viewer={{ id: 'me', name: 'Me', role: 'ADMIN', departments: [], locale: 'en' }}>
      <MemoryRouter initialEntries={['/sources']}>
        <SourcesPage />
      </MemoryRouter>
    </SignedIn>,
    { link, language },
  );
  return operations;
}

describe('SourcesPage', () => {
  it('lists connections by host and database only, and sources with their status in words and their last error', async () => {
    renderPage();
    const item = await screen.findByTestId('connection-item');
    expect(item.textContent).toContain('db.example.com:5432 / sales');
    const sourceItem = screen.getByTestId('source-item');
    expect(sourceItem.dataset.status).toBe('FAILING');
    expect(within(sourceItem).getByText('Failing')).toBeTruthy();
    expect(within(sourceItem).getByTestId('source-error').textContent).toBe('The query failed: relation "sales" does not exist');
  });

  it('offers only base metrics not yet fed, previews a query as rows and points, and puts a column error beside its field', async () => {
    const operations = renderPage();
    fireEvent.click(await screen.findByTestId('source-new'));
    const options = [...(screen.getByTestId('source-metric') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', 'sales.deals']);
    fireEvent.change(screen.getByTestId('source-metric'), { target: { value: 'sales.deals' } });
    fireEvent.click(screen.getByTestId('source-preview'));
    const rows = await screen.findByTestId('preview-rows');
    expect(within(rows).getByText('100.5')).toBeTruthy();
    expect(within(rows).getByText('NULL')).toBeTruthy();
    expect(within(screen.getByTestId('preview-points')).getByText('100.5')).toBeTruthy();
    const sent = operations.find((op) => op.operationName === 'SqlQueryPreview')!.variables as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({ metricKey: 'sales.deals', connectionId: 'c1', dimensionColumns: ['region'], everyMinutes: 15, cron: null });

    fireEvent.change(screen.getByTestId('source-value'), { target: { value: 'region' } });
    fireEvent.click(screen.getByTestId('source-preview'));
    await waitFor(() => expect(screen.getByText('Column "region" is text; the value column must be a number')).toBeTruthy());
    expect(screen.getByTestId('source-value').getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks Spanish', async () => {
    renderPage('es');
    expect(await screen.findByText('Con errores')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fuentes de datos');
  });
});
