import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardQuery } from '../features/dashboard/graphql/dashboard';
import type { DashboardQuery as DashboardData, RangePreset } from '../gql/graphql';
import { makeDashboard, makeKpi } from '../test/fixtures';
import { createCache, dashboardKeyArgs } from './apollo';

const vars = (locale: string, preset: RangePreset = 'LAST_30_DAYS') => ({
  slug: 'sales',
  range: { preset },
  compare: 'PREVIOUS_PERIOD' as const,
  locale,
});

function dashboard(title: string, value: number): DashboardData {
  const data = makeDashboard([{ key: 'main', kpis: [makeKpi({ key: 'sales.win_rate', value })] }]);
  return { dashboard: { ...data.dashboard, title } };
}

afterEach(() => vi.restoreAllMocks());

describe('Apollo cache policies', () => {
  it('keeps one dashboard entry per range and per language, without data-loss warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cache = createCache();
    cache.writeQuery({ query: DashboardQuery, variables: vars('es'), data: dashboard('Ventas', 0.2) });
    cache.writeQuery({ query: DashboardQuery, variables: vars('en'), data: dashboard('Sales', 0.2) });
    cache.writeQuery({ query: DashboardQuery, variables: vars('en', 'LAST_7_DAYS'), data: dashboard('Sales', 0.9) });

    expect(cache.readQuery({ query: DashboardQuery, variables: vars('es') })?.dashboard.title).toBe('Ventas');
    expect(cache.readQuery({ query: DashboardQuery, variables: vars('en') })?.dashboard.title).toBe('Sales');
    expect(cache.readQuery({ query: DashboardQuery, variables: vars('en') })?.dashboard.kpis[0].value).toBe(0.2);
    expect(cache.readQuery({ query: DashboardQuery, variables: vars('en', 'LAST_7_DAYS') })?.dashboard.kpis[0].value).toBe(0.9);
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('Cache data may be lost'))).toEqual([]);
  });

  it('keys dashboards by sorted arguments and the locale variable', () => {
    expect(dashboardKeyArgs({ slug: 's', range: { preset: 'X' }, compare: 'C' }, { variables: { locale: 'es' } })).toBe(
      dashboardKeyArgs({ compare: 'C', range: { preset: 'X' }, slug: 's' }, { variables: { locale: 'es', other: 1 } }),
    );
    expect(dashboardKeyArgs({ slug: 's' }, { variables: { locale: 'es' } })).not.toBe(
      dashboardKeyArgs({ slug: 's' }, { variables: { locale: 'en' } }),
    );
  });
});
