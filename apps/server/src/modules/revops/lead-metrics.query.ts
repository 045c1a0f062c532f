import type { EntityManager } from 'typeorm';
import type { ComputedPoint } from '../observation/observation.service';
import { observationDimensions } from '@opshub/metrics';
import { sql, type RawBuilder } from 'kysely';
import { runSql } from '../../database/sql';

/** Advisory lock class of the funnel buckets (two-key form, apart from the single-key cluster locks). */
const BUCKET_LOCK_CLASS = 7_400_100;
/**
 * An event's observation sits at the event's own instant (to the millisecond, as a JS Date holds it), so a period
 * [from, to) with millisecond bounds takes exactly the events inside it. A coarser bucket (the minute) would let
 * events just outside a bound slip in, and drop those just inside.
 */
const INSTANT = `date_trunc('milliseconds', e.at)`;
const BUCKET_KEY = `hashtext(concat_ws('|', ${INSTANT}, e.channel, e.campaign, e.region, e.segment, e.rep_key))`;

/** A row of `factSums`: one observation. */
interface FactSumRow {
  at: Date;
  channel: string;
  campaign: string | null;
  region: string;
  segment: string;
  rep_key: string | null;
  metric_key: string;
  value: number;
}

/** The observation of every (metric, instant, dimension set) of the events `events` as `e`: the sum of their facts. */
function factSums(events: RawBuilder<unknown>): RawBuilder<FactSumRow> {
  return sql<FactSumRow>`
    SELECT ${sql.raw(INSTANT)} AS at, e.channel, e.campaign, e.region, e.segment, e.rep_key, f.key AS metric_key, sum(f.value::float8) AS value
      FROM ${events}
      CROSS JOIN LATERAL jsonb_each_text(e.facts) AS f(key, value)
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

function toPoints(rows: FactSumRow[]): ComputedPoint[] {
  return rows.map((row) => ({
    metricKey: row.metric_key,
    at: row.at,
    value: Number(row.value),
    dimensions: observationDimensions({ channel: row.channel, campaign: row.campaign, region: row.region, segment: row.segment, repKey: row.rep_key }),
  }));
}

/**
 * Recomputes, from all their events, the exact observations of the buckets the given events fall in: only
 * those buckets, never all leads, and idempotent (the natural key makes a retry overwrite). Buckets are
 * locked until commit, so two transactions adding events to one bucket recompute one after the other and
 * the second sees the first's events.
 */
export async function bucketObservations(tx: EntityManager, eventIds: readonly string[]): Promise<ComputedPoint[]> {
  const touched = sql`lead_event e WHERE e.id = ANY(${eventIds}::bigint[]) AND e.facts <> '{}'::jsonb`;
  // Sorted, so concurrent writers take their bucket locks in one order and cannot deadlock.
  await runSql(tx, sql`
    SELECT pg_advisory_xact_lock(${sql.lit(BUCKET_LOCK_CLASS)}, b.k) FROM (SELECT DISTINCT ${sql.raw(BUCKET_KEY)} AS k FROM ${touched} ORDER BY k) AS b`);
  const rows = await runSql(tx, factSums(sql`
    (SELECT DISTINCT ${sql.raw(INSTANT)} AS at, e.channel, e.campaign, e.region, e.segment, e.rep_key FROM ${touched}) AS t
      JOIN lead_event e ON e.at >= t.at AND e.at < t.at + interval '1 millisecond'
       AND e.channel = t.channel AND e.region = t.region AND e.segment = t.segment
       AND e.campaign IS NOT DISTINCT FROM t.campaign AND e.rep_key IS NOT DISTINCT FROM t.rep_key`));
  return toPoints(rows);
}

/** Every bucket's observations from every event: for a bulk load that runs while nothing else writes leads. */
export async function allBucketObservations(tx: EntityManager): Promise<ComputedPoint[]> {
  return toPoints(await runSql(tx, sql<FactSumRow>`${factSums(sql`lead_event e`)} ORDER BY 1`));
}

/**
 * Events `e` in [from, to): exactly the events behind the funnel observations of that period, since each
 * observation sits at its events' instant and the bounds are whole milliseconds.
 */
export function eventsInPeriod(from: Date, to: Date): RawBuilder<boolean> {
  return sql<boolean>`e.at >= ${from} AND e.at < ${to}`;
}
