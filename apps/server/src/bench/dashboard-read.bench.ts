import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { COMPANY_DASHBOARD, comparisonRange, defaultGranularity, resolveRange, type RangePreset } from '@opshub/metrics';
import { queryRawStats, queryStats, type StatsRequest, type StatsRow } from '../modules/rollup/rollup.read';
import { runSql } from '../database/sql';
import { MetricService } from '../modules/metric/metric.service';
import { AuditService } from '../modules/audit/audit.service';
import { DASHBOARD_QUERY, gql, SERIES_QUERY } from './documents';
import { latencies, summarize, type Summary } from './measure';
import type { Figure } from './report';

const RUNS = 30;
const BASELINE_RUNS = 10;
const DRILL_DOWN = { key: 'sales.win_rate', preset: 'LAST_90_DAYS' as RangePreset, groupBy: 'region' };

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
        case: 'Dashboard read', figure: `drill-down series ${DRILL_DOWN.key} by ${DRILL_DOWN.groupBy}, ${DRILL_DOWN.preset} daily`, size, unit: 'ms', value: drill,
        baseline: { name: 'raw GROUP BY', value: drillRaw }, ratio: { label: 'faster', value: drillRaw.median / drill.median },
      },
    ],
  };
}
