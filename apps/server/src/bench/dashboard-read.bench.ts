import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { COMPANY_DASHBOARD, comparisonRange, defaultGranularity, resolveRange, type DashboardWidget, type RangePreset } from '@opshub/metrics';
import { queryRawStats, queryStats, type StatsRequest, type StatsRow } from '../modules/rollup/rollup.read';
import { runSql } from '../database/sql';
import { MetricService } from '../modules/metric/metric.service';
import { AuditService } from '../modules/audit/audit.service';
import { CUSTOM_DASHBOARD_QUERY, DASHBOARD_QUERY, gql, SERIES_QUERY } from './documents';
import { latencies, summarize, type Summary } from './measure';
import type { Figure } from './report';

const RUNS = 30;
const BASELINE_RUNS = 10;
const DRILL_DOWN = { key: 'sales.win_rate', preset: 'LAST_90_DAYS' as RangePreset, groupBy: 'region' };
const CUSTOM_SLUG = 'bench-custom-30';
/** The custom dashboard's widgets with their own week (the rest use the dashboard's 30 days). */
const OWN_PERIOD: RangePreset = 'LAST_7_DAYS';

/**
 * A 30-widget custom dashboard over the catalog, as people build them: 20 KPI cards (5 of them over their own
 * week), 4 scorecards of 5 metrics, 3 charts of 3 and 2 breakdowns, plus a note; metrics repeat across widgets.
 */
function customWidgets(keys: readonly string[]): DashboardWidget[] {
  const at = (i: number) => keys[i % keys.length];
  const widget = (id: string, type: DashboardWidget['type'], metricKeys: string[], n: number, extra: Partial<DashboardWidget> = {}): DashboardWidget => ({
    id, type, title: '', metricKeys, dimension: null, text: null, goalId: null, range: null, compare: null, x: (n % 4) * 3, y: Math.floor(n / 4) * 4, w: 3, h: 4, ...extra,
  });
  return [
    ...Array.from({ length: 20 }, (_, i) => widget(`kpi-${i}`, 'KPI', [at(i)], i, i < 5 ? { range: { preset: OWN_PERIOD } } : {})),
    ...Array.from({ length: 4 }, (_, i) => widget(`scorecard-${i}`, 'SCORECARD', Array.from({ length: 5 }, (_, j) => at(20 + i * 5 + j)), 20 + i)),
    ...Array.from({ length: 3 }, (_, i) => widget(`chart-${i}`, 'TIME_SERIES', [at(i), at(i + 7), at(i + 14)], 24 + i)),
    ...Array.from({ length: 2 }, (_, i) => widget(`breakdown-${i}`, 'BREAKDOWN', [at(i * 3)], 27 + i, { dimension: 'region' })),
    widget('note', 'TEXT', [], 29, { text: 'Bench dashboard' }),
  ];
}

/** Rows as comparable text, sums to 9 significant digits: the rollups add in another order than a GROUP BY. */
function canonical(rows: StatsRow[]): string[] {
  const n = (x: number) => Number(x.toPrecision(9));
  return rows
    .map((r) => JSON.stringify([r.metricKey, r.series, r.bucket?.toISOString(), r.group, n(r.sum), r.count, r.min, r.max, r.last, r.lastAt.toISOString()]))
    .sort();
}

export interface ReadFigures {
  dashboard: Summary;
  figures: Figure[];
}

/**
 * The executive dashboard and a drill-down over HTTP (the full GraphQL request, as the web app sends it)
 * against the raw-table GROUP BY behind the same answer, timed on its own (SQL only, no GraphQL: the
 * baseline is flattered). Checks first that the rollups answer exactly what the raw rows do.
 */
export async function dashboardReadBench(db: DataSource, graphqlUrl: string, timeZone: string, size: string): Promise<ReadFigures> {
  const catalog = await new MetricService(db, new AuditService(db)).loadCatalog();
  const [dashboard] = await runSql(db, sql<{ keys: string[] }>`
    SELECT array_agg(DISTINCT k ORDER BY k) AS keys FROM dashboard, jsonb_array_elements(widgets) w, jsonb_array_elements_text(w.value->'metricKeys') AS k WHERE slug = ${COMPANY_DASHBOARD}`);
  const leavesOf = (keys: string[]) => [...new Set(keys.flatMap((key) => catalog.leaves(key)))];
  const now = new Date();
  const range = resolveRange(null, now, timeZone);
  const drillRange = resolveRange({ preset: DRILL_DOWN.preset }, now, timeZone);
  const dashboardRequests: StatsRequest[] = [
    { metricKeys: leavesOf(dashboard.keys), range, timeZone, granularity: defaultGranularity(range) },
    { metricKeys: leavesOf(dashboard.keys), range: comparisonRange(range, 'PREVIOUS_PERIOD', timeZone, 'LAST_30_DAYS'), timeZone },
  ];
  const drillRequest: StatsRequest = { metricKeys: leavesOf([DRILL_DOWN.key]), range: drillRange, timeZone, granularity: 'DAY', groupBy: DRILL_DOWN.groupBy };
  for (const request of [...dashboardRequests, drillRequest]) {
    const [rollup, raw] = await Promise.all([queryStats(db, request), queryRawStats(db, request)]);
    if (JSON.stringify(canonical(rollup)) !== JSON.stringify(canonical(raw))) throw new Error(`rollups and raw rows disagree at ${size}`);
  }

  const dashboardVariables = { slug: COMPANY_DASHBOARD, compare: 'PREVIOUS_PERIOD', range: null, locale: null };
  const answer = await gql(graphqlUrl, DASHBOARD_QUERY, dashboardVariables);
  const kpiCount = answer.dashboard.sections.flatMap((section: { kpis: unknown[] }) => section.kpis).length;
  const ours = summarize(await latencies(() => gql(graphqlUrl, DASHBOARD_QUERY, dashboardVariables), RUNS));
  const raw = summarize(await latencies(() => Promise.all(dashboardRequests.map((request) => queryRawStats(db, request))), BASELINE_RUNS, 1));
  const drillVariables = { key: DRILL_DOWN.key, range: { preset: DRILL_DOWN.preset }, granularity: 'DAY', groupBy: DRILL_DOWN.groupBy };
  const drill = summarize(await latencies(() => gql(graphqlUrl, SERIES_QUERY, drillVariables), RUNS));
  const drillRaw = summarize(await latencies(() => queryRawStats(db, drillRequest), BASELINE_RUNS, 1));

  // The custom dashboard: inserted once (department EXECUTIVE, which the bench key reads), read as the web app reads it.
  const keys = catalog.all().map((metric) => metric.key).sort();
  const widgets = customWidgets(keys);
  await db.query(`INSERT INTO dashboard (slug, title, department, widgets, position) VALUES ($1, '30 widgets', 'EXECUTIVE', $2, 99) ON CONFLICT (slug) DO NOTHING`, [CUSTOM_SLUG, JSON.stringify(widgets)]);
  const customKeys = [...new Set(widgets.flatMap((w) => w.metricKeys))];
  const ownKeys = [...new Set(widgets.filter((w) => w.range).flatMap((w) => w.metricKeys))];
  const ownRange = resolveRange({ preset: OWN_PERIOD }, now, timeZone);
  const customRequests: StatsRequest[] = [
    { metricKeys: leavesOf(customKeys), range, timeZone, granularity: defaultGranularity(range) },
    { metricKeys: leavesOf(customKeys), range: comparisonRange(range, 'PREVIOUS_PERIOD', timeZone, 'LAST_30_DAYS'), timeZone },
    { metricKeys: leavesOf(ownKeys), range: ownRange, timeZone, granularity: defaultGranularity(ownRange) },
    { metricKeys: leavesOf(ownKeys), range: comparisonRange(ownRange, 'PREVIOUS_PERIOD', timeZone, OWN_PERIOD), timeZone },
  ];
  const customVariables = { slug: CUSTOM_SLUG, compare: 'PREVIOUS_PERIOD', range: null, locale: null };
  const customAnswer = await gql(graphqlUrl, CUSTOM_DASHBOARD_QUERY, customVariables);
  const ownAnswered = customAnswer.dashboard.widgets.filter((w: { kpis: unknown[] | null }) => w.kpis).length;
  const custom = summarize(await latencies(() => gql(graphqlUrl, CUSTOM_DASHBOARD_QUERY, customVariables), RUNS));
  const customRaw = summarize(await latencies(() => Promise.all(customRequests.map((request) => queryRawStats(db, request))), BASELINE_RUNS, 1));

  const large = size.startsWith('10M');
  return {
    dashboard: ours,
    figures: [
      {
        case: 'Dashboard read', figure: `executive dashboard (${kpiCount} KPIs: comparison, target, status, 30-day sparkline)`, size, unit: 'ms', value: ours,
        baseline: { name: 'raw GROUP BY', value: raw }, ratio: { label: 'faster', value: raw.median / ours.median },
        goal: large ? { text: 'p95 ≤ 50 ms, ≥ 20× faster', met: ours.p95 <= 50 && raw.median / ours.median >= 20 } : undefined,
      },
      {
        case: 'Dashboard read',
        figure: `custom dashboard, 30 widgets (${customAnswer.dashboard.kpis.length} KPIs; ${ownAnswered} widgets over their own ${OWN_PERIOD})`,
        size, unit: 'ms', value: custom,
        baseline: { name: 'raw GROUP BY', value: customRaw }, ratio: { label: 'faster', value: customRaw.median / custom.median },
        note: `p95 ${custom.p95.toFixed(1)} ms vs raw p95 ${customRaw.p95.toFixed(1)} ms (p95 ratio ${(customRaw.p95 / custom.p95).toFixed(1)}×); executive p95 ${ours.p95.toFixed(1)} ms`,
      },
      {
        case: 'Dashboard read', figure: `drill-down series ${DRILL_DOWN.key} by ${DRILL_DOWN.groupBy}, ${DRILL_DOWN.preset} daily`, size, unit: 'ms', value: drill,
        baseline: { name: 'raw GROUP BY', value: drillRaw }, ratio: { label: 'faster', value: drillRaw.median / drill.median },
      },
    ],
  };
}
