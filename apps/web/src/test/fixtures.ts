import type { DashboardQuery, KpiFieldsFragment, KpiStatus, UnitKind } from '../gql/graphql';

export interface KpiFixture {
  key?: string;
  name?: string;
  value?: number | null;
  unit?: { kind: UnitKind; currency?: string | null; scaleMin?: number | null; scaleMax?: number | null };
  direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  aggregation?: 'SUM' | 'LAST' | 'AVG' | 'MIN' | 'MAX';
  change?: number | null;
  changeRatio?: number | null;
  comparisonValue?: number | null;
  target?: number | null;
  attainment?: number | null;
  status?: KpiStatus | null;
  trend?: (number | null)[];
  lastUpdatedAt?: string | null;
  staleSince?: string | null;
  pacing?: KpiFieldsFragment['pacing'];
  forecast?: KpiFieldsFragment['forecast'];
}

export function makeKpi(f: KpiFixture = {}): KpiFieldsFragment {
  const unit = f.unit ?? { kind: 'PERCENT' };
  const trend = f.trend ?? [0.2, 0.22, 0.25, 0.27];
  return {
    __typename: 'Kpi',
    metric: {
      __typename: 'Metric',
      key: f.key ?? 'sales.win_rate',
      name: f.name ?? 'Win rate',
      description: 'Deals won / deals closed',
      department: 'SALES',
      unit: {
        __typename: 'Unit',
        kind: unit.kind,
        currency: unit.currency ?? null,
        scaleMin: unit.scaleMin ?? null,
        scaleMax: unit.scaleMax ?? null,
      },
      direction: f.direction ?? 'HIGHER_IS_BETTER',
      aggregation: f.aggregation ?? 'AVG',
      formula: null,
    },
    period: { __typename: 'Period', from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z' },
    comparisonPeriod: { __typename: 'Period', from: '2025-12-02T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' },
    value: f.value === undefined ? 0.275 : f.value,
    comparisonValue: f.comparisonValue ?? null,
    change: f.change === undefined ? 0.025 : f.change,
    changeRatio: f.changeRatio === undefined ? 0.1 : f.changeRatio,
    target:
      f.target === null
        ? null
        : {
            __typename: 'Target',
            id: 't1',
            kind: 'PLAN',
            value: f.target ?? 0.25,
            baseline: null,
            tolerance: 0.1,
            effectiveFrom: '2026-01-01T00:00:00.000Z',
            effectiveTo: null,
          },
    attainment: f.attainment === undefined ? 1.1 : f.attainment,
    status: f.status === undefined ? 'ON_TRACK' : f.status,
    trend: trend.map((value, i) => ({
      __typename: 'SeriesPoint',
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      value,
    })),
    trendGranularity: 'DAY',
    lastUpdatedAt: f.lastUpdatedAt === undefined ? '2026-01-30T11:58:00.000Z' : f.lastUpdatedAt,
    staleSince: f.staleSince ?? null,
    pacing: f.pacing ?? null,
    forecast: f.forecast ?? null,
  };
}

/** A dashboard of full-width KPI groups (as the seeded ones are), one per section, with one snapshot per metric. */
export function makeDashboard(sections: { key: string; title?: string; kpis: KpiFieldsFragment[] }[]): DashboardQuery {
  const kpis = new Map(sections.flatMap((s) => s.kpis).map((kpi) => [kpi.metric.key, kpi]));
  let y = 0;
  return {
    dashboard: {
      __typename: 'Dashboard',
      slug: 'sales',
      title: 'Sales',
      description: 'Pipeline and revenue',
      department: 'SALES',
      sharedWith: [],
      dimensions: ['region', 'segment'],
      unfilteredMetricKeys: [],
      personal: false,
      version: 1,
      canEdit: false,
      updatedBy: null,
      widgets: sections.map((s) => {
        const widget = {
          __typename: 'DashboardWidget' as const, id: s.key, type: 'KPI_GROUP' as const, title: s.title ?? s.key, metricKeys: s.kpis.map((k) => k.metric.key),
          dimension: null, text: null, goalId: null, workflows: null, range: null, compare: null, x: 0, y, w: 12, h: 4,
          kpis: null, funnel: null, slaBreaches: null, workflowSlaBreaches: null, workflowScorecard: null, goal: null,
        };
        y += 4;
        return widget;
      }),
      kpis: [...kpis.values()].map((kpi) => ({ ...kpi, metric: { ...kpi.metric, owner: null } })),
    },
  };
}
