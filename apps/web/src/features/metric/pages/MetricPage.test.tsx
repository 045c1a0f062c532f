import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ComponentProps } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { makeKpi } from '../../../test/fixtures';
import { SignedIn } from '../../../test/session';
import type { BreakdownChartProps } from '../components/BreakdownChart';
import MetricPage from './MetricPage';

vi.mock('../../../shared/charts/SparklineChart', () => ({ default: () => null }));
vi.mock('../components/TimeSeriesChart', () => ({
  default: (props: { current: unknown[]; target: number | null }) => (
    <div data-testid="ts-mock" data-points={props.current.length} data-target={String(props.target)} />
  ),
}));
// A stand-in chart whose "bars" can be clicked like ApexCharts' dataPointSelection.
vi.mock('../components/BreakdownChart', () => ({
  default: ({ groups, onSelect }: BreakdownChartProps) => (
    <div>
      {groups.map((g) => (
        <button key={g.label} type="button" data-testid="bar" onClick={() => onSelect(g)}>
          {g.label}
        </button>
      ))}
    </div>
  ),
}));

const downloads: { name: string; csv: string }[] = [];
vi.mock('../../../shared/csv/csv', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../shared/csv/csv')>();
  return { ...actual, downloadCsv: (name: string, csv: string) => downloads.push({ name, csv }) };
});

const metric = (over: Record<string, unknown> = {}) => ({
  __typename: 'Metric',
  key: 'sales.revenue',
  name: 'Revenue',
  description: 'Booked revenue',
  department: 'SALES',
  unit: { __typename: 'Unit', kind: 'CURRENCY', currency: 'USD', scaleMin: null, scaleMax: null },
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  formula: null,
  source: 'OBSERVATIONS',
  inputs: [],
  owner: 'VP Sales',
  reviewCadence: 'MONTHLY',
  dimensions: ['region', 'plan'],
  ...over,
});

const point = (day: number, value: number | null) => ({ __typename: 'SeriesPoint', at: new Date(Date.UTC(2026, 0, day)).toISOString(), value });

function observation(i: number) {
  return {
    __typename: 'ObservationEdge',
    cursor: `c${i}`,
    node: {
      __typename: 'Observation',
      id: `o${i}`,
      metricKey: 'sales.revenue',
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      value: 100 + i,
      dimensions: { region: i % 2 ? 'EMEA' : 'NA, East' },
      source: 'crm',
      updatedAt: '2026-01-20T00:00:00.000Z',
    },
  };
}

const TARGET = {
  __typename: 'Target', id: 't1', kind: 'PLAN', value: 6000, tolerance: 0.1, effectiveFrom: '2026-01-01T00:00:00.000Z', effectiveTo: null,
};
const SALES_HEAD: ComponentProps<typeof SignedIn>['viewer'] = { id: 'u1', name: 'Sam Head', role: 'DEPARTMENT_HEAD', departments: ['SALES'], locale: 'en' };

function respond(op: Operation, metricOverride: Record<string, unknown>) {
  const v = op.variables as Record<string, unknown>;
  const m = metric(metricOverride);
  switch (op.operationName) {
    case 'MetricDetail':
      {
        const kpi = makeKpi({ key: m.key as string, value: 5000, target: 6000 });
        // The server returns one consistent Metric (it is normalised by key in the cache).
        const { inputs: _inputs, owner: _owner, reviewCadence: _cadence, dimensions: _dims, ...kpiMetric } = m;
        return { data: { metric: m, kpi: { ...kpi, metric: kpiMetric } } };
      }
    case 'MetricSeries':
      return {
        data: {
          series: {
            __typename: 'Series',
            granularity: v.granularity,
            period: { __typename: 'Period', from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z' },
            groups: [{ __typename: 'SeriesGroup', key: null, total: 600, points: [point(1, 100), point(2, 200), point(3, 300)] }],
            comparison: [point(1, 90), point(2, 80), point(3, 70)],
            comparisonPeriod: { __typename: 'Period', from: '2025-12-02T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' },
          },
        },
      };
    case 'MetricBreakdown':
      return {
        data: {
          series: {
            __typename: 'Series',
            groupBy: v.groupBy,
            granularity: v.granularity,
            groups: [
              { __typename: 'SeriesGroup', key: 'EMEA', total: 400, points: [point(1, 400)] },
              { __typename: 'SeriesGroup', key: 'NA', total: 200, points: [point(1, 200)] },
            ],
          },
        },
      };
    case 'Observations': {
      const start = v.after ? 2 : 0;
      const edges = [observation(start), observation(start + 1)];
      return { data: { observations: { __typename: 'ObservationConnection', totalCount: 4, edges, pageInfo: { __typename: 'PageInfo', hasNextPage: !v.after, endCursor: `c${start + 1}` } } } };
    }
    case 'MetricUnit':
      return { data: { metric: { __typename: 'Metric', key: v.key, name: `Name of ${v.key}`, unit: { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null } } } };
    case 'Dashboards':
      return { data: { dashboards: [{ __typename: 'DashboardSummary', slug: 'sales', title: 'Sales', department: 'SALES' }] } };
    case 'DimensionLabels':
      return { data: { dimensionLabels: [{ __typename: 'DimensionValue', dimension: 'region', value: 'NA', label: v.locale === 'es' ? 'Norteamérica' : 'North America' }] } };
    case 'MetricTargets':
      return { data: { metric: { __typename: 'Metric', key: m.key, department: m.department, targets: [TARGET] } } };
    case 'SetTarget':
      return { data: { setTarget: { ...TARGET, ...(v.input as object), __typename: 'Target', id: 't2' } } };
    case 'MetricAnnotations':
      return { data: { annotations: [{ __typename: 'Annotation', id: 'a1', title: 'Pricing change', description: 'New tier', at: '2026-01-02T00:00:00.000Z', endAt: null, metricKeys: [], departments: [], createdBy: 'Ana Ruiz', editable: false }] } };
    default:
      throw new Error(`unexpected ${op.operationName}`);
  }
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{decodeURIComponent(location.search)}</output>;
}

/** `intercept` answers instead of the fake server when it returns a result. */
function renderMetric(
  url: string, metricOverride: Record<string, unknown> = {}, intercept: (op: Operation) => Result | null = () => null,
  viewer: ComponentProps<typeof SignedIn>['viewer'] = SALES_HEAD,
) {
  const { link, operations } = scriptedServer((op) => intercept(op) ?? (respond(op, metricOverride) as Result));
  renderWithApollo(
    <SignedIn viewer={viewer}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/metrics/:key" element={<MetricPage />} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </SignedIn>,
    { link },
  );
  return operations;
}

const lastOp = (ops: Operation[], name: string) => [...ops].reverse().find((op) => op.operationName === name)!;

describe('MetricPage', () => {
  it('drills down: breakdown click adds a filter chip in the URL, and removing it works', async () => {
    const ops = renderMetric('/metrics/sales.revenue?range=LAST_90_DAYS');
    await screen.findByRole('heading', { level: 1, name: 'Revenue' });
    expect(screen.getByTestId('kpi-summary').querySelector('[data-testid="kpi-value"]')!.textContent).toBe('$5,000');

    // default granularity for 90 days, cumulative off: a SUM target is not drawn per bucket
    await waitFor(() => expect(screen.getByTestId('ts-mock').getAttribute('data-points')).toBe('3'));
    expect(screen.getByTestId('ts-mock').getAttribute('data-target')).toBe('null');
    expect(lastOp(ops, 'MetricSeries').variables).toMatchObject({ key: 'sales.revenue', granularity: 'DAY', compare: 'PREVIOUS_PERIOD' });
    expect(lastOp(ops, 'MetricDetail').variables).toMatchObject({ key: 'sales.revenue', locale: 'en', range: { preset: 'LAST_90_DAYS' } });
    expect(screen.getByRole('img', { name: /Revenue by Daily, 3 points from \$100\.00 to \$300\.00, comparison period 3 points/ })).toBeTruthy();
    // Annotations of the metric over the range are listed under the chart (and handed to it).
    expect((await screen.findByTestId('chart-annotation')).textContent).toContain('Pricing change');
    expect(lastOp(ops, 'MetricAnnotations').variables).toMatchObject({ key: 'sales.revenue', range: { preset: 'LAST_90_DAYS' } });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Cumulative' }));
    await waitFor(() => expect(screen.getByTestId('ts-mock').getAttribute('data-target')).toBe('6000'));

    const breakdown = screen.getByTestId('breakdown-chart');
    await waitFor(() => expect(within(breakdown).getAllByTestId('bar')).toHaveLength(2));
    expect(lastOp(ops, 'MetricBreakdown').variables).toMatchObject({ groupBy: 'region' });

    fireEvent.click(within(breakdown).getAllByTestId('bar')[0]);
    expect(screen.getByTestId('location').textContent).toBe('?range=LAST_90_DAYS&groupBy=plan&f=region:EMEA&cumulative=1');
    const chip = await screen.findByTestId('filter-chip');
    expect(chip.getAttribute('data-value')).toBe('EMEA');
    await waitFor(() =>
      expect(lastOp(ops, 'MetricSeries').variables.filter).toEqual([{ dimension: 'region', values: ['EMEA'] }]),
    );
    expect(lastOp(ops, 'MetricBreakdown').variables).toMatchObject({ groupBy: 'plan', filter: [{ dimension: 'region', values: ['EMEA'] }] });
    // the headline is the KPI of the slice
    expect(lastOp(ops, 'MetricDetail').variables).toMatchObject({ filter: [{ dimension: 'region', values: ['EMEA'] }] });

    // keyboard path: the segment buttons drill too
    await waitFor(() => expect(within(breakdown).getAllByTestId('breakdown-segment')).toHaveLength(2));
    fireEvent.click(within(breakdown).getAllByTestId('breakdown-segment')[1]);
    expect(screen.getByTestId('location').textContent).toContain('f=plan:NA');

    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Region: EMEA' }));
    expect(screen.getByTestId('location').textContent).not.toContain('region:EMEA');
    expect(screen.getAllByTestId('filter-chip')).toHaveLength(1);
  });

  it('pages observations with Load more and exports exactly the rows shown', async () => {
    downloads.length = 0;
    renderMetric('/metrics/sales.revenue');
    const table = await screen.findByTestId('observations-table');
    expect(within(table).getAllByTestId('observation-row')).toHaveLength(2);
    const pager = screen.getByRole('group', { name: 'Raw observations: rows shown' });
    expect(within(pager).getByTestId('pager-count').textContent).toBe('Showing 2 of 4');

    fireEvent.click(screen.getByTestId('export-csv'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].csv.trim().split('\r\n')).toHaveLength(3);

    fireEvent.click(within(pager).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByTestId('observations-table')).getAllByTestId('observation-row')).toHaveLength(4));
    expect(within(pager).queryByRole('button', { name: 'Load more' })).toBeNull();

    fireEvent.click(screen.getByTestId('export-csv'));
    const lines = downloads[1].csv.trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('id,metric_key,at,value,region,source,updated_at');
    expect(lines[1]).toBe('o0,sales.revenue,2026-01-01T00:00:00.000Z,100,"NA, East",crm,2026-01-20T00:00:00.000Z');
    expect(downloads[1].name).toMatch(/^sales\.revenue-observations-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('shows the formula of a derived metric and lists observations of a chosen input', async () => {
    const ops = renderMetric('/metrics/sales.win_rate', {
      key: 'sales.win_rate',
      name: 'Win rate',
      unit: { __typename: 'Unit', kind: 'PERCENT', currency: null, scaleMin: null, scaleMax: null },
      aggregation: 'AVG',
      formula: 'sales.deals_won / sales.deals_closed',
      inputs: ['sales.deals_won', 'sales.deals_closed'],
      dimensions: [],
    });
    expect((await screen.findByTestId('metric-formula')).textContent).toContain('sales.deals_won / sales.deals_closed');
    expect(screen.getByTestId('breakdown-chart').textContent).toContain('No dimensions to break down by');
    await screen.findByTestId('observations-table');
    expect(lastOp(ops, 'Observations').variables.key).toBe('sales.deals_won');

    fireEvent.change(screen.getByTestId('observations-input'), { target: { value: 'sales.deals_closed' } });
    expect(screen.getByTestId('location').textContent).toBe('?input=sales.deals_closed');
    await waitFor(() => expect(lastOp(ops, 'Observations').variables.key).toBe('sales.deals_closed'));
  });

  it('says the user has no access to a metric of another department', async () => {
    renderMetric('/metrics/ops.automation_rate', {}, (op) =>
      op.operationName === 'MetricDetail' ? { errors: [new GraphQLError('Forbidden: ops.automation_rate', { extensions: { code: 'FORBIDDEN' } })] } : null,
    );
    const state = await screen.findByTestId('no-access-state');
    expect(state.textContent).toContain('You don’t have access to this metric');
    expect(screen.queryByTestId('error-state')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to dashboard' })).toBeTruthy();
  });

  it('shows the headline of a company KPI and says which details are not for this role', async () => {
    renderMetric('/metrics/sales.revenue', {}, (op) =>
      op.operationName === 'Observations' ? { errors: [new GraphQLError('Forbidden: detail of sales.revenue', { extensions: { code: 'FORBIDDEN' } })] } : null,
    );
    await screen.findByRole('heading', { level: 1, name: 'Revenue' });
    const state = await screen.findByTestId('no-access-state');
    expect(state.closest('section')!.querySelector('h2')!.textContent).toBe('Raw observations');
    expect(state.textContent).toContain('You don’t have access to this view');
  });

  it('shows dimension values by their labels while the codes stay the filter values', async () => {
    renderMetric('/metrics/sales.revenue', {}, (op) =>
      op.operationName === 'DimensionLabels'
        ? {
            data: {
              dimensionLabels: [
                { __typename: 'DimensionValue', dimension: 'region', value: 'NA', label: 'North America' },
                { __typename: 'DimensionValue', dimension: 'region', value: 'NA, East', label: 'East coast' },
              ],
            },
          }
        : null,
    );
    const breakdown = await screen.findByTestId('breakdown-chart');
    await waitFor(() => expect(within(breakdown).getAllByTestId('bar').map((bar) => bar.textContent)).toEqual(['EMEA', 'North America']));
    // Dimension names are words too.
    expect(within(breakdown).getByRole('option', { name: 'Region' })).toBeTruthy();

    fireEvent.click(within(breakdown).getAllByTestId('bar')[1]);
    expect(screen.getByTestId('location').textContent).toContain('f=region:NA');
    const chip = await screen.findByTestId('filter-chip');
    expect(chip.getAttribute('data-value')).toBe('NA');
    expect(chip.textContent).toBe('RegionNorth America');
    expect(screen.getByRole('button', { name: 'Remove filter Region: North America' })).toBeTruthy();

    const table = await screen.findByTestId('observations-table');
    expect(within(table).getAllByTestId('observation-row')[0].textContent).toContain('Region East coast');
    expect(table.textContent).not.toContain('NA, East');
  });

  it('draws a target being typed on the chart before it is saved, then saves it', async () => {
    const ops = renderMetric('/metrics/sales.revenue?cumulative=1');
    const panel = await screen.findByTestId('targets-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('target-row')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('ts-mock').getAttribute('data-target')).toBe('6000'));

    fireEvent.click(within(panel).getByTestId('target-add'));
    fireEvent.change(within(panel).getByTestId('target-value'), { target: { value: '7500' } });
    await waitFor(() => expect(screen.getByTestId('ts-mock').getAttribute('data-target')).toBe('7500'));

    fireEvent.click(within(panel).getByTestId('target-save'));
    await waitFor(() => expect(ops.some((op) => op.operationName === 'SetTarget')).toBe(true));
    expect(lastOp(ops, 'SetTarget').variables.input).toMatchObject({ id: null, metricKey: 'sales.revenue', kind: 'PLAN', value: 7500, tolerance: 0.1 });
    // Saved: the form closes and the chart goes back to the target the server has.
    await waitFor(() => expect(within(panel).queryByTestId('target-form')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('ts-mock').getAttribute('data-target')).toBe('6000'));
  });

  it('offers no target changes to a viewer', async () => {
    renderMetric('/metrics/sales.revenue', {}, () => null, { id: 'u2', name: 'Vic Viewer', role: 'VIEWER', departments: ['SALES'], locale: 'en' });
    const panel = await screen.findByTestId('targets-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('target-row')).toHaveLength(1));
    expect(within(panel).queryByTestId('target-add')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Edit' })).toBeNull();
  });
});
