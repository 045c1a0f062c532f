import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ApolloLink } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { renderWithApollo, scriptedServer, type Result } from '../../../test/apollo';
import { makeDashboard, makeKpi } from '../../../test/fixtures';
import { DashboardPage, SharedDashboardView } from './DashboardPage';

vi.mock('../../../shared/charts/SparklineChart', () => ({ default: () => null }));

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderPage(link: ApolloLink, url = '/dashboards/sales') {
  return renderWithApollo(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="/dashboards/:slug" element={<DashboardPage />} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
    { link },
  );
}

const revenue = (value: number): KpiFieldsFragment =>
  makeKpi({ key: 'sales.revenue', name: 'Revenue', value, unit: { kind: 'CURRENCY', currency: 'USD' }, target: 2_000_000 });
const winRate = makeKpi({ key: 'sales.win_rate', name: 'Win rate', value: 0.275 });

const cardFor = (key: string) => document.querySelector<HTMLElement>(`[data-testid="kpi-card"][data-metric-key="${key}"]`)!;

describe('DashboardPage (live)', () => {
  it('shows a skeleton, then the cards, and applies a pushed KPI in place (with a pulse)', async () => {
    const { link, pushes, operations } = scriptedServer((op) => op.operationName === 'DimensionLabels'
      ? { data: { dimensionLabels: [] } }
      : { data: makeDashboard([{ key: 'main', kpis: [revenue(1_234_567), winRate] }]) });
    renderPage(link);

    expect(screen.getByRole('status', { name: 'Loading dashboard' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(2));
    expect(cardFor('sales.revenue').querySelector('[data-testid="kpi-value"]')!.textContent).toBe('$1.2M');

    // subscribed with the dashboard slug and the view's range/compare
    const subscription = operations.find((op) => op.operationType === 'subscription')!;
    expect(subscription.variables).toEqual({ dashboard: 'sales', range: { preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_PERIOD', locale: 'en' });
    const queries = operations.filter((op) => op.operationType === 'query').length;

    const winRateCard = cardFor('sales.win_rate');
    act(() => {
      pushes.next({ data: { kpiUpdated: { ...revenue(2_500_000), period: { __typename: 'Period', from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T00:05:00.000Z' } } } });
    });

    await waitFor(() => expect(cardFor('sales.revenue').querySelector('[data-testid="kpi-value"]')!.textContent).toBe('$2.5M'));
    // the pulse is set by an effect after the new value renders
    await waitFor(() => expect(cardFor('sales.revenue').getAttribute('data-pulsing')).toBe('true'));
    expect(cardFor('sales.win_rate').getAttribute('data-pulsing')).toBe(null);
    // same element: updated in place, not remounted; and no refetch happened
    expect(cardFor('sales.win_rate')).toBe(winRateCard);
    expect(operations.filter((op) => op.operationType === 'query')).toHaveLength(queries);
  });

  it('ignores pushes for metrics that are not on the dashboard', async () => {
    const { link, pushes } = scriptedServer(() => ({ data: makeDashboard([{ key: 'main', kpis: [winRate] }]) }));
    renderPage(link);
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
    act(() => {
      pushes.next({ data: { kpiUpdated: revenue(1) } });
    });
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(1);
  });

  it('shows "No data in this range" when every KPI is empty', async () => {
    const { link } = scriptedServer(() => ({
      data: makeDashboard([{ key: 'main', kpis: [makeKpi({ value: null, status: 'NO_DATA', change: null, changeRatio: null })] }]),
    }));
    renderPage(link);
    await waitFor(() => expect(screen.getByTestId('empty-state')).toBeTruthy());
    expect(screen.getByText('No data in this range')).toBeTruthy();
  });

  it('maps errors to a friendly message with a working Retry', async () => {
    let calls = 0;
    const { link } = scriptedServer(() => {
      calls += 1;
      return calls === 1
        ? { errors: [new GraphQLError('relation "kpi" does not exist', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] }
        : { data: makeDashboard([{ key: 'main', kpis: [winRate] }]) };
    });
    renderPage(link);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server had a problem answering');
    expect(alert.textContent).not.toContain('relation');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
  });

  it('keeps range and comparison in the URL', async () => {
    const { link, operations } = scriptedServer(() => ({ data: makeDashboard([{ key: 'main', kpis: [winRate] }]) }));
    renderPage(link, '/dashboards/sales?compare=PREVIOUS_YEAR');
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
    expect((screen.getByTestId('compare-select') as HTMLSelectElement).value).toBe('PREVIOUS_YEAR');

    fireEvent.change(screen.getByTestId('range-select'), { target: { value: 'LAST_7_DAYS' } });
    expect(screen.getByTestId('location').textContent).toBe('/dashboards/sales?range=LAST_7_DAYS&compare=PREVIOUS_YEAR');
    await waitFor(() =>
      expect(operations.some((op) => op.operationType === 'query' && (op.variables.range as { preset?: string })?.preset === 'LAST_7_DAYS')).toBe(true),
    );
    // the card links to the drill-down with the same view
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
    expect(screen.getByTestId('kpi-card').getAttribute('href')).toBe('/metrics/sales.win_rate?range=LAST_7_DAYS&compare=PREVIOUS_YEAR');

    // custom range: the form shows the inclusive end date, the URL keeps the exclusive one
    fireEvent.change(screen.getByTestId('range-select'), { target: { value: 'CUSTOM' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByTestId('location').textContent).toBe('/dashboards/sales?from=2026-01-01&to=2026-02-01&compare=PREVIOUS_YEAR');
    await waitFor(() =>
      expect(
        operations.some((op) => op.operationType === 'query' && (op.variables.range as { from?: string })?.from === '2026-01-01T00:00:00.000Z'),
      ).toBe(true),
    );
  });
});

describe('DashboardPage (access)', () => {
  const forbidden = (): Result => ({ errors: [new GraphQLError('Forbidden: operations dashboard', { extensions: { code: 'FORBIDDEN' } })] });

  it('badges a dashboard shared with further departments, and no other', async () => {
    const shared = makeDashboard([{ key: 'main', kpis: [winRate] }]);
    const { link } = scriptedServer((op) => op.operationName === 'DimensionLabels'
      ? { data: { dimensionLabels: [] } }
      : { data: { dashboard: { ...shared.dashboard, department: 'MARKETING', sharedWith: ['SALES', 'CUSTOMER_SUCCESS'] } } });
    renderPage(link);
    expect((await screen.findByTestId('shared-with-badge')).textContent).toBe('Shared with Sales, Customer success');
  });

  it('shows no shared-with badge on a dashboard of one department', async () => {
    const { link } = scriptedServer((op) => op.operationName === 'DimensionLabels' ? { data: { dimensionLabels: [] } } : { data: makeDashboard([{ key: 'main', kpis: [winRate] }]) });
    renderPage(link);
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
    expect(screen.queryByTestId('shared-with-badge')).toBeNull();
  });

  it('says the user has no access to another department\'s dashboard, and offers theirs', async () => {
    const { link } = scriptedServer(forbidden);
    renderPage(link, '/dashboards/operations?range=LAST_7_DAYS');
    const state = await screen.findByTestId('no-access-state');
    expect(state.textContent).toContain('You don’t have access to this dashboard');
    expect(screen.queryByTestId('error-state')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.queryByTestId('range-select')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Operations');
    expect(screen.getByRole('link', { name: 'Go to your dashboards' }).getAttribute('href')).toBe('/?range=LAST_7_DAYS');
  });

  it('starts a user who may not open the executive dashboard on the first one they may', async () => {
    const { link, operations } = scriptedServer((op) =>
      op.operationName === 'Dashboards'
        ? { data: { dashboards: [{ __typename: 'DashboardSummary', slug: 'marketing', title: 'Marketing', department: 'MARKETING' }] } }
        : op.variables.slug === 'marketing'
          ? { data: makeDashboard([{ key: 'main', kpis: [winRate] }]) }
          : forbidden(),
    );
    renderPage(link, '/?compare=PREVIOUS_YEAR');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dashboards/marketing?compare=PREVIOUS_YEAR'));
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(1));
    expect(operations.filter((op) => op.operationName === 'Dashboards')).toHaveLength(1);
    // Once there, it stays: no bouncing back to the forbidden home page.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(operations.filter((op) => op.operationName === 'Dashboard').map((op) => op.variables.slug)).toEqual(['executive', 'marketing']);
  });
});

describe('DashboardPage (filters)', () => {
  const answer = (op: { operationName?: string }): Result => (op.operationName === 'DimensionLabels'
    ? { data: { dimensionLabels: [] } }
    : { data: { dashboard: { ...makeDashboard([{ key: 'main', kpis: [revenue(10), winRate] }]).dashboard, unfilteredMetricKeys: ['sales.win_rate'] } } });

  it('sends the filters of the URL to the query and the live updates, and marks the cards they leave whole', async () => {
    const { link, operations } = scriptedServer(answer);
    renderPage(link, '/dashboards/sales?range=LAST_7_DAYS&f=region:EMEA&f=segment:SMB');
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(2));
    const filter = [{ dimension: 'region', values: ['EMEA'] }, { dimension: 'segment', values: ['SMB'] }];
    expect(operations.find((op) => op.operationName === 'Dashboard')!.variables.filter).toEqual(filter);
    expect(operations.find((op) => op.operationType === 'subscription')!.variables.filter).toEqual(filter);
    expect(cardFor('sales.win_rate').querySelector('[data-testid="kpi-note"]')!.textContent).toBe('Not filtered');
    expect(cardFor('sales.revenue').querySelector('[data-testid="kpi-note"]')).toBeNull();
    // The filter bar is a lazy chunk: it may arrive after the cards.
    expect((await screen.findByTestId('dashboard-filter-note')).textContent).toBe('1 card shows its whole value: its metric lacks a filtered dimension.');
  });

  it('keeps a filter added in the bar in the URL, next to the range', async () => {
    const { link, operations } = scriptedServer(answer);
    renderPage(link, '/dashboards/sales?range=LAST_7_DAYS');
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(2));
    fireEvent.change(await screen.findByTestId('dashboard-filter-dimension'), { target: { value: 'segment' } });
    fireEvent.change(screen.getByTestId('dashboard-filter-value'), { target: { value: 'SMB' } });
    fireEvent.click(screen.getByTestId('dashboard-filter-add'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dashboards/sales?range=LAST_7_DAYS&f=segment%3ASMB'));
    await waitFor(() => expect(operations.some((op) => op.operationName === 'Dashboard'
      && JSON.stringify(op.variables.filter) === JSON.stringify([{ dimension: 'segment', values: ['SMB'] }]))).toBe(true));
  });
});

describe('SharedDashboardView', () => {
  it('shows the cards without drill-down links, controls or filters, and unfiltered whatever the URL says', async () => {
    const { link, operations } = scriptedServer(() => ({ data: makeDashboard([{ key: 'main', kpis: [revenue(10), winRate] }]) }));
    renderWithApollo(
      <MemoryRouter initialEntries={['/share/tok?f=region:EMEA']}>
        <Routes>
          <Route path="/share/:token" element={<SharedDashboardView slug="sales" />} />
        </Routes>
      </MemoryRouter>,
      { link },
    );
    await waitFor(() => expect(screen.getAllByTestId('kpi-card')).toHaveLength(2));
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(cardFor('sales.revenue').tagName).toBe('DIV');
    expect(screen.queryByTestId('range-select')).toBeNull();
    expect(screen.queryByTestId('dashboard-filter-bar')).toBeNull();
    expect(screen.queryByTestId('share-button')).toBeNull();
    expect(operations.find((op) => op.operationName === 'Dashboard')!.variables.filter).toBeUndefined();
  });
});
