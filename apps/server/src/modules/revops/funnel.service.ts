import type { DataSource } from 'typeorm';
import { FUNNEL_PATH, LEAD_STATUSES, OPEN_STATUSES, type RangeSpec } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import type { KpiService } from '../kpi/kpi.service';
import { Period } from '../kpi/kpi.type';
import type { DimensionFilter } from '../kpi/stats.query';
import { LEAD_DIMENSION_COLUMNS } from './lead.entity';
import { eventsInPeriod } from './lead-metrics.query';
import { Funnel, FunnelGroup, FunnelStage, ResponseTime } from './funnel.type';

const RESPONSE = `(e.facts ->> 'sales.response_hours_total')::float8`;
const CONTACTED = `e.facts ? 'sales.responses'`;
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
    const group = groupBy === null ? 'NULL::text' : `e.${column(groupBy, 'groupBy')}`;
    const params: unknown[] = [range.from, range.to];
    const where = [eventsInPeriod('$1', '$2')];
    filters.forEach((f, i) => where.push(`e.${column(f.dimension, `filter[${i}].dimension`)} = ANY($${params.push(f.values)})`));
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT ${group} AS grp, GROUPING(${group}) = 1 AS is_total,
              ${LEAD_STATUSES.map((s) => `count(*) FILTER (WHERE ${entered(s)})::int AS "entered_${s}"`).join(', ')},
              ${OPEN_STATUSES.map((s) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY e.stage_hours) FILTER (WHERE e.kind = 'TRANSITIONED' AND e.from_status = '${s}') AS "median_${s}"`).join(', ')},
              count(*) FILTER (WHERE ${CONTACTED})::int AS contacted,
              avg(${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS mean_hours,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS median_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${RESPONSE}) FILTER (WHERE ${CONTACTED}) AS p90_hours
         FROM lead_event e
        WHERE ${where.join(' AND ')}
        GROUP BY GROUPING SETS ((), (${group}))`,
      params,
    );
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

function toGroup(row: Record<string, unknown>): FunnelGroup {
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
