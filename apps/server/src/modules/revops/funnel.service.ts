import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { FUNNEL_PATH, LEAD_STATUSES, OPEN_STATUSES, type RangeSpec } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import { runSql } from '../../database/sql';
import type { KpiService } from '../kpi/kpi.service';
import { Period } from '../kpi/kpi.type';
import type { DimensionFilter } from '../kpi/stats.query';
import { LEAD_DIMENSION_COLUMNS } from './lead.entity';
import { eventsInPeriod } from './lead-metrics.query';
import { Funnel, FunnelGroup, FunnelStage, ResponseTime } from './funnel.type';

const RESPONSE = sql.raw(`(e.facts ->> 'sales.response_hours_total')::float8`);
const CONTACTED = sql.raw(`e.facts ? 'sales.responses'`);
const entered = (status: string) => (status === 'NEW' ? `e.kind = 'CREATED'` : `e.kind = 'TRANSITIONED' AND e.to_status = '${status}'`);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const orNull = (value: unknown) => (value === null ? null : Number(value));

function column(dimension: string, field: string): string {
  const name = LEAD_DIMENSION_COLUMNS[dimension];
  if (!name) throw badUserInput(`Unknown dimension "${dimension}"; use ${Object.keys(LEAD_DIMENSION_COLUMNS).join(', ')}`, { field });
  return name;
}

/** The funnel from lead events: stage counts, conversion, time in stage and response times, in one query. */
export class FunnelService {
  constructor(private readonly db: DataSource, private readonly kpis: KpiService) {}

  async funnel(spec: RangeSpec | null | undefined, groupBy: string | null, filters: readonly DimensionFilter[]): Promise<Funnel> {
    const range = this.kpis.resolve(spec);
    const group = sql.raw(groupBy === null ? 'NULL::text' : `e.${column(groupBy, 'groupBy')}`);
    const where = [eventsInPeriod(range.from, range.to)];
    filters.forEach((f, i) => where.push(sql<boolean>`${sql.ref(`e.${column(f.dimension, `filter[${i}].dimension`)}`)} = ANY(${f.values})`));
    // Stage and status names come from the domain's fixed lists, the grouping column from LEAD_DIMENSION_COLUMNS.
    const rows = await runSql(this.db, sql<FunnelRow>`
      SELECT ${group} AS grp, GROUPING(${group}) = 1 AS is_total,
              ${sql.raw(LEAD_STATUSES.map((s) => `count(*) FILTER (WHERE ${entered(s)})::int AS "entered_${s}"`).join(', '))},
              ${sql.raw(OPEN_STATUSES.map((s) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY e.stage_hours) FILTER (WHERE e.kind = 'TRANSITIONED' AND e.from_status = '${s}') AS "median_${s}"`).join(', '))},
              count(*) FILTER (WHERE ${CONTACTED})::int AS contacted,
              avg(${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS mean_hours,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS median_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS p90_hours
         FROM lead_event e
        WHERE ${sql.join(where, sql` AND `)}
        GROUP BY GROUPING SETS ((), (${group}))`);
    const total = rows.find((row) => row.is_total);
    const groups = groupBy === null ? [] : rows.filter((row) => !row.is_total).map(toGroup)
      .sort((a, b) => b.stages[0].entered - a.stages[0].entered || String(a.key).localeCompare(String(b.key)));
    return Object.assign(new Funnel(), {
      period: Object.assign(new Period(), range),
      groupBy,
      total: total ? toGroup({ ...total, grp: null }) : toGroup({ grp: null }),
      groups,
    });
  }
}

/** A row of the funnel statement: the totals (is_total) or one group's. */
type FunnelRow = {
  grp: string | null;
  is_total: boolean;
  contacted: number;
  mean_hours: number | null;
  median_hours: number | null;
  p90_hours: number | null;
} & { [stage: `entered_${string}` | `median_${string}`]: number | null };

function toGroup(row: Partial<FunnelRow>): FunnelGroup {
  const count = (status: string) => Number(row[`entered_${status}`] ?? 0);
  const stages = LEAD_STATUSES.map((status) => {
    const position = FUNNEL_PATH.indexOf(status);
    return Object.assign(new FunnelStage(), {
      status,
      entered: count(status),
      conversion: position > 0 ? ratio(count(status), count(FUNNEL_PATH[position - 1])) : null,
      medianHoursInStage: orNull(row[`median_${status}`] ?? null),
    });
  });
  return Object.assign(new FunnelGroup(), {
    key: (row.grp as string | null) ?? null,
    stages,
    responseTime: Object.assign(new ResponseTime(), {
      contacted: Number(row.contacted ?? 0),
      meanHours: orNull(row.mean_hours ?? null),
      medianHours: orNull(row.median_hours ?? null),
      p90Hours: orNull(row.p90_hours ?? null),
    }),
    winRate: ratio(count('WON'), count('WON') + count('LOST')),
  });
}
