import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { SignedIn } from '../../../test/session';
import CatalogPage from './CatalogPage';

vi.mock('../../../shared/charts/SparklineChart', () => ({ default: () => null }));

const unit = (kind: string, currency: string | null = null) => ({ __typename: 'Unit', kind, currency, scaleMin: null, scaleMax: null });
const metric = (key: string, name: string, department: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Metric', key, name, enName: name, description: '', enDescription: '', department, sharedWith: [], unit: unit('COUNT'), direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM', formula: null, source: 'OBSERVATIONS', owner: null, ownerUser: null, reviewCadence: null, expectedIntervalMinutes: null, freshnessIntervalMinutes: null, lastDataAt: null, translations: [], ...over,
});
const METRICS = [
  metric('sales.deals_won', 'Deals won', 'SALES', { lastDataAt: '2026-01-20T00:00:00.000Z', ownerUser: { __typename: 'MetricOwner', id: 'u1', name: 'Sam Sales' } }),
  metric('sales.deals_closed', 'Deals closed', 'SALES'),
  metric('sales.win_rate', 'Win rate', 'SALES', { unit: unit('PERCENT'), formula: 'sales.deals_won / sales.deals_closed', owner: 'VP Sales', reviewCadence: 'WEEKLY' }),
  // Seed 003's funnel: MARKETING's, shared with SALES.
  metric('marketing.leads', 'Leads', 'MARKETING', { source: 'RECORDS', sharedWith: ['SALES'] }),
];

function respond(op: Operation): Result {
  const v = op.variables as Record<string, unknown>;
  switch (op.operationName) {
    case 'Catalog':
      return { data: { metrics: METRICS } };
    case 'OwnerCandidates':
      return { data: { users: [{ __typename: 'User', id: 'u1', name: 'Sam Sales', role: 'DEPARTMENT_HEAD', disabledAt: null }] } };
    case 'FormulaPreview':
      return {
        data: {
          formulaPreview: {
            __typename: 'FormulaPreview', inputs: ['sales.deals_won', 'sales.deals_closed'], granularity: 'DAY', total: 0.25,
            points: [{ __typename: 'SeriesPoint', at: '2026-01-01T00:00:00.000Z', value: 0.2 }, { __typename: 'SeriesPoint', at: '2026-01-02T00:00:00.000Z', value: 0.3 }],
          },
        },
      };
    case 'EditableDimensionLabels':
      return { data: { dimensionLabels: [{ __typename: 'DimensionValue', dimension: 'workflow', value: 'lead_management', en: 'Lead management', es: 'Gestión de leads' }] } };
    case 'SetDimensionLabel':
      return { data: { setDimensionLabel: { __typename: 'DimensionValue', ...(v.input as { dimension: string; value: string }), en: (v.input as { label: string }).label, es: (v.input as { labelEs: string }).labelEs } } };
    case 'CreateMetric': {
      const input = v.input as { key: string; name: string; department: string };
      return { data: { createMetric: metric(input.key, input.name, input.department) } };
    }
    default:
      throw new Error(`unexpected ${op.operationName}`);
  }
}

function renderCatalog(role: 'ADMIN' | 'VIEWER' = 'ADMIN') {
  const { link, operations } = scriptedServer(respond);
  renderWithApollo(
    <SignedIn viewer={{ id: 'me', name: 'Me', role, departments: role === 'VIEWER' ? ['SALES'] : [], locale: 'en' }}>
      <MemoryRouter initialEntries={['/catalog']}>
        <CatalogPage />
      </MemoryRouter>
    </SignedIn>,
    { link },
  );
  return operations;
}

const rowKeys = () => screen.queryAllByTestId('catalog-row').map((row) => row.getAttribute('data-key'));

describe('CatalogPage', () => {
  it('groups metrics by department with their unit, roll-up, owner, cadence, source and last data, and filters them', async () => {
    renderCatalog('VIEWER');
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    expect(screen.getAllByTestId('catalog-group').map((group) => group.getAttribute('data-department'))).toEqual(['SALES', 'MARKETING']);
    const winRate = screen.getAllByTestId('catalog-row').find((row) => row.getAttribute('data-key') === 'sales.win_rate')!;
    expect(within(winRate).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Percent', 'Higher is better', 'Sum', 'VP Sales', 'Weekly', 'Formula', 'No data yet']);
    const won = screen.getAllByTestId('catalog-row').find((row) => row.getAttribute('data-key') === 'sales.deals_won')!;
    expect(won.textContent).toContain('Sam Sales');
    expect(won.querySelector('time')!.getAttribute('dateTime')).toBe('2026-01-20T00:00:00.000Z');
    expect(screen.getAllByTestId('catalog-row').find((row) => row.getAttribute('data-key') === 'marketing.leads')!.textContent).toContain('Lead records');
    // A viewer reads the catalog and changes nothing.
    expect(screen.queryByTestId('metric-new')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();

    fireEvent.change(screen.getByTestId('catalog-search'), { target: { value: 'DEALS w' } });
    await waitFor(() => expect(rowKeys()).toEqual(['sales.deals_won']));
    fireEvent.change(screen.getByTestId('catalog-search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('catalog-department'), { target: { value: 'MARKETING' } });
    await waitFor(() => expect(rowKeys()).toEqual(['marketing.leads']));
  });

  it('badges a shared metric and lists it under the departments it is shared with, in its owner\'s group', async () => {
    renderCatalog('VIEWER');
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    const leads = screen.getAllByTestId('catalog-row').find((row) => row.getAttribute('data-key') === 'marketing.leads')!;
    expect(within(leads).getByTestId('shared-with-badge').textContent).toBe('Shared with Sales');
    expect(screen.getAllByTestId('shared-with-badge')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('catalog-department'), { target: { value: 'SALES' } });
    await waitFor(() => expect(rowKeys()).toEqual(['sales.deals_closed', 'sales.deals_won', 'sales.win_rate', 'marketing.leads']));
    expect(screen.getAllByTestId('catalog-group').map((group) => group.getAttribute('data-department'))).toEqual(['SALES', 'MARKETING']);
  });

  it('lets an admin share a metric with further departments, never offering its own', async () => {
    const ops = renderCatalog();
    fireEvent.click(await screen.findByTestId('metric-new'));
    const editor = screen.getByTestId('metric-editor');
    fireEvent.change(within(editor).getByTestId('metric-key'), { target: { value: 'sales.funnel_touches' } });
    fireEvent.change(within(editor).getByTestId('metric-name'), { target: { value: 'Funnel touches' } });
    // The owner (SALES by default) is not offered.
    expect(within(editor).queryByTestId('shared-with-SALES')).toBeNull();
    fireEvent.click(within(editor).getByTestId('shared-with-MARKETING'));
    fireEvent.click(within(editor).getByTestId('shared-with-PRODUCT'));
    fireEvent.click(within(editor).getByTestId('shared-with-PRODUCT'));
    fireEvent.click(within(editor).getByTestId('metric-save'));
    await waitFor(() => expect(ops.some((op) => op.operationName === 'CreateMetric')).toBe(true));
    expect(ops.find((op) => op.operationName === 'CreateMetric')!.variables.input).toMatchObject({ key: 'sales.funnel_touches', department: 'SALES', sharedWith: ['MARKETING'] });
  });

  it('validates a formula as it is typed, beside the field, and previews a valid one from the server before saving', async () => {
    const ops = renderCatalog();
    fireEvent.click(await screen.findByTestId('metric-new'));
    const editor = screen.getByTestId('metric-editor');
    fireEvent.click(within(editor).getByTestId('metric-derived'));
    const formula = within(editor).getByTestId('metric-formula-input');

    fireEvent.change(formula, { target: { value: 'sales.deals_won / ' } });
    await waitFor(() => expect(formula.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(formula.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(error.textContent).toMatch(/^Formula is invalid/);

    fireEvent.change(formula, { target: { value: 'sales.deals_won / sales.nope' } });
    await waitFor(() => expect(within(editor).getByRole('alert').textContent).toBe('Unknown metrics: sales.nope'));
    expect(ops.some((op) => op.operationName === 'FormulaPreview')).toBe(false);

    fireEvent.change(formula, { target: { value: 'sales.deals_won / sales.deals_closed' } });
    await waitFor(() => expect(formula.getAttribute('aria-invalid')).toBeNull());
    fireEvent.change(within(editor).getByLabelText('Unit'), { target: { value: 'PERCENT' } });
    await waitFor(() => expect(within(editor).getByTestId('formula-preview-total').textContent).toBe('25%'));
    expect(ops.find((op) => op.operationName === 'FormulaPreview')!.variables).toEqual({ formula: 'sales.deals_won / sales.deals_closed' });

    fireEvent.change(within(editor).getByTestId('metric-key'), { target: { value: 'sales.loss_rate' } });
    fireEvent.change(within(editor).getByTestId('metric-name'), { target: { value: 'Loss rate' } });
    fireEvent.change(within(editor).getByLabelText('Name (Spanish)'), { target: { value: 'Tasa de pérdida' } });
    fireEvent.change(within(editor).getByTestId('metric-owner'), { target: { value: 'u1' } });
    fireEvent.click(within(editor).getByTestId('metric-save'));
    await waitFor(() => expect(ops.some((op) => op.operationName === 'CreateMetric')).toBe(true));
    expect(ops.find((op) => op.operationName === 'CreateMetric')!.variables.input).toMatchObject({
      key: 'sales.loss_rate', name: 'Loss rate', formula: 'sales.deals_won / sales.deals_closed', ownerUserId: 'u1', unit: { kind: 'PERCENT', currency: null },
      translations: [{ locale: 'es', name: 'Tasa de pérdida', description: '' }],
    });
    await waitFor(() => expect(screen.queryByTestId('metric-editor')).toBeNull());
  });

  it('lets an admin relabel a dimension value in both languages', async () => {
    const ops = renderCatalog();
    const panel = await screen.findByTestId('dimension-labels');
    const row = await within(panel).findByTestId('dimension-label');
    expect(row.textContent).toContain('Gestión de leads');
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    fireEvent.change(within(panel).getByLabelText('Spanish'), { target: { value: 'Gestión de prospectos' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ops.some((op) => op.operationName === 'SetDimensionLabel')).toBe(true));
    expect(ops.find((op) => op.operationName === 'SetDimensionLabel')!.variables.input).toEqual({
      dimension: 'workflow', value: 'lead_management', label: 'Lead management', labelEs: 'Gestión de prospectos',
    });
  });
});
