import { describe, expect, it } from 'vitest';
import { departmentSlug, mergeKpiIntoDashboard } from './mergeKpi';
import { makeDashboard, makeKpi } from '../../../test/fixtures';

describe('mergeKpiIntoDashboard', () => {
  const winRate = makeKpi({ key: 'sales.win_rate', value: 0.25 });
  const revenue = makeKpi({ key: 'sales.revenue', value: 1000, unit: { kind: 'CURRENCY', currency: 'USD' } });
  const data = makeDashboard([
    { key: 'a', kpis: [winRate, revenue] },
    { key: 'b', kpis: [revenue] },
  ]);

  it('replaces the snapshot of the pushed metric, keeping its owner, and leaves others untouched', () => {
    const pushed = makeKpi({ key: 'sales.revenue', value: 2000, unit: { kind: 'CURRENCY', currency: 'USD' } });
    const merged = mergeKpiIntoDashboard(data, pushed)!;
    expect(merged).not.toBe(data);
    expect(merged.dashboard.kpis.map((k) => k.value)).toEqual([0.25, 2000]);
    expect(merged.dashboard.kpis[1].metric.owner).toBeNull();
    expect(merged.dashboard.kpis[0]).toBe(data.dashboard.kpis[0]);
    // input not mutated
    expect(data.dashboard.kpis[1].value).toBe(1000);
  });

  it('returns null for a metric the dashboard does not show', () => {
    expect(mergeKpiIntoDashboard(data, makeKpi({ key: 'ops.uptime', value: 0.999 }))).toBeNull();
  });

  it.each([
    ['CUSTOMER_SUCCESS', 'customer-success'],
    ['SALES', 'sales'],
  ])('departmentSlug(%s) = %s', (department, slug) => {
    expect(departmentSlug(department)).toBe(slug);
  });
});
