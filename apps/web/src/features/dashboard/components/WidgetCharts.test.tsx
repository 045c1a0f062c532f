import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { WidgetSeriesFieldsFragment } from '../../../gql/graphql';
import { makeKpi } from '../../../test/fixtures';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import { installChartLayout } from '../../../test/chartLayout';
import { SeriesChart } from './WidgetCharts';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 1);
const unit = { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null };
const points = (values: number[]) => values.map((value, i) => ({ __typename: 'SeriesPoint', at: new Date(t0 + i * DAY).toISOString(), value }));

function series(key: string, name: string, values: number[]) {
  return {
    __typename: 'Series', granularity: 'DAY', groupBy: null,
    metric: { __typename: 'Metric', key, name, unit },
    groups: [{ __typename: 'SeriesGroup', key: null, total: values.reduce((a, b) => a + b, 0), points: points(values) }],
    comparison: points(values.map((v) => v - 1)),
  };
}

const SERIES: Record<string, ReturnType<typeof series>> = {
  'sales.leads': series('sales.leads', 'Leads', [5, 6, 7]),
  'sales.calls': series('sales.calls', 'Calls', [2, 3, 4]),
};

/** A shared screen's dashboard, as the grid hands it to the chart. */
const WALL = { slug: 'wall', widgetId: 'chart', range: { preset: 'LAST_30_DAYS' as const }, compare: 'PREVIOUS_YEAR' as const };

/** The legend ApexCharts drew. */
async function legend(): Promise<string[]> {
  await waitFor(() => expect(document.querySelectorAll('.apexcharts-legend-text').length).toBeGreaterThan(0), { timeout: 30_000 });
  return [...document.querySelectorAll('.apexcharts-legend-text')].map((node) => node.textContent ?? '');
}

describe('SeriesChart (real ApexCharts in jsdom)', () => {
  beforeAll(installChartLayout);

  it('overlays every metric of the widget in one chart, and the comparison as the viewer toggles it', async () => {
    const server = scriptedServer((operation) => ({ data: { series: SERIES[operation.variables.key as string] } }));
    const kpis = new Map([['sales.leads', makeKpi({ key: 'sales.leads', value: 18 })], ['sales.calls', makeKpi({ key: 'sales.calls', value: 9 })]]);
    renderWithApollo(<SeriesChart metricKeys={['sales.leads', 'sales.calls']} range={{ preset: 'LAST_7_DAYS' }} compare="PREVIOUS_PERIOD" height={300} kpis={kpis} />, { link: server.link });
    await waitFor(() => expect(screen.getByTestId('series-chart').getAttribute('data-lines')).toBe('2'));
    expect(screen.getAllByTestId('series-chart')).toHaveLength(1);
    expect(await legend()).toEqual(['Leads', 'Calls', 'Comparison period']);
    await act(async () => fireEvent.click(screen.getByTestId('chart-toggle-comparison')));
    await waitFor(async () => expect(await legend()).toEqual(['Leads', 'Calls']));
    // Goal and forecast are asked for only when toggled on.
    expect(server.operations.map((operation) => operation.operationName)).not.toContain('WidgetKpiDetail');
  });

  it('on a shared screen draws the series read with the dashboard, asks no query of its own, and reads them again after a push', async () => {
    const server = scriptedServer(() => ({ data: null, errors: [{ message: 'A share link may not ask this', extensions: { code: 'FORBIDDEN' } }] }));
    let refetched = 0;
    const refetch = async () => void (refetched += 1);
    const shared = { series: [SERIES['sales.leads'], SERIES['sales.calls']] as WidgetSeriesFieldsFragment[], refetch, dashboard: WALL };
    const kpis = (lastUpdatedAt: string) => new Map([['sales.leads', makeKpi({ key: 'sales.leads', value: 18, lastUpdatedAt })], ['sales.calls', makeKpi({ key: 'sales.calls', value: 9 })]]);
    let push: (at: string) => void = () => {};
    function WallScreen() {
      const [at, setAt] = useState('2026-11-03T10:00:00.000Z');
      push = setAt;
      return <SeriesChart metricKeys={['sales.leads', 'sales.calls']} range={{ preset: 'LAST_7_DAYS' }} compare="PREVIOUS_PERIOD" height={300} kpis={kpis(at)} shared={shared} />;
    }
    renderWithApollo(<WallScreen />, { link: server.link });
    await waitFor(() => expect(screen.getByTestId('series-chart').getAttribute('data-lines')).toBe('2'));
    expect(await legend()).toEqual(['Leads', 'Calls', 'Comparison period']);
    expect(refetched).toBe(0);
    // A push to one of its metrics' cards.
    act(() => push('2026-11-03T10:05:00.000Z'));
    await waitFor(() => expect(refetched).toBe(1));
    expect(server.operations).toHaveLength(0);
  });

  it("on a shared screen reads the chart's goal and forecast through the dashboard when toggled on, and draws them", async () => {
    // The dashboard's answer: this chart's KPIs, the first with its goal trajectory and a forecast of two days.
    const leads = {
      ...makeKpi({ key: 'sales.leads', value: 18 }),
      pacing: { __typename: 'KpiPacing', goal: { __typename: 'Goal', id: 'g1', name: 'Leads goal' }, expected: 20, projectedAtEnd: 21, status: 'ON_PACE',
        trajectory: [{ __typename: 'TrajectoryPoint', at: new Date(t0).toISOString(), value: 4 }, { __typename: 'TrajectoryPoint', at: new Date(t0 + 2 * DAY).toISOString(), value: 9 }] },
      forecast: { __typename: 'KpiForecast', targetValue: null, projectedTargetDate: null, granularity: 'DAY',
        points: [3, 4].map((i) => ({ __typename: 'ForecastPoint', at: new Date(t0 + i * DAY).toISOString(), value: 8, lower: 6, upper: 10 })) },
    };
    const server = scriptedServer((operation) => (operation.operationName === 'SharedSeriesKpis'
      ? { data: { dashboard: { __typename: 'Dashboard', widgets: [
        { __typename: 'DashboardWidget', id: 'other', seriesKpis: null },
        { __typename: 'DashboardWidget', id: 'chart', seriesKpis: [leads, { ...makeKpi({ key: 'sales.calls', value: 9 }), pacing: null, forecast: null }] },
      ] } } }
      : { data: null, errors: [{ message: 'A share link may not ask this', extensions: { code: 'FORBIDDEN' } }] }));
    const shared = { series: [SERIES['sales.leads'], SERIES['sales.calls']] as WidgetSeriesFieldsFragment[], refetch: async () => {}, dashboard: WALL };
    const kpis = new Map([['sales.leads', makeKpi({ key: 'sales.leads', value: 18 })], ['sales.calls', makeKpi({ key: 'sales.calls', value: 9 })]]);
    renderWithApollo(<SeriesChart metricKeys={['sales.leads', 'sales.calls']} range={{ preset: 'LAST_7_DAYS' }} compare="PREVIOUS_PERIOD" height={300} kpis={kpis} shared={shared} />, { link: server.link });
    expect(await legend()).toEqual(['Leads', 'Calls', 'Comparison period']);
    expect(server.operations).toHaveLength(0);
    await act(async () => fireEvent.click(screen.getByTestId('chart-toggle-goal')));
    await waitFor(async () => expect(await legend()).toEqual(['Leads', 'Calls', 'Comparison period', 'Goal trajectory']));
    await act(async () => fireEvent.click(screen.getByTestId('chart-toggle-forecast')));
    await waitFor(async () => expect(await legend()).toEqual(['Leads', 'Calls', 'Comparison period', 'Goal trajectory', 'Forecast range', 'Forecast']));
    // Once, only through the dashboard it opens, over the dashboard's period (the chart's own is worked out by the server).
    expect(server.operations.map((operation) => operation.operationName)).toEqual(['SharedSeriesKpis']);
    expect(server.operations[0].variables).toEqual({ slug: 'wall', range: { preset: 'LAST_30_DAYS' }, compare: 'PREVIOUS_YEAR', locale: 'en' });
  });
});
