import type { EntityManager } from 'typeorm';
import type { ComputedPoint } from '../observation/observation.service';
import { observationDimensions } from '@opshub/metrics';
import type { RawRow } from '../../database/sql';

/** Advisory lock class of the funnel buckets (two-key form, apart from the single-key cluster locks). */
const BUCKET_LOCK_CLASS = 7_400_100;
const MINUTE = `date_trunc('minute', e.at, 'UTC')`;
const BUCKET_KEY = `hashtext(concat_ws('|', ${MINUTE}, e.channel, e.campaign, e.region, e.segment, e.rep_key))`;

/** The observation of every (metric, minute, dimension set) of the events `events` as `e`: the sum of their facts. */
function factSums(events: string): string {
  return `
    SELECT ${MINUTE} AS minute, e.channel, e.campaign, e.region, e.segment, e.rep_key, f.key AS metric_key, sum(f.value::float8) AS value
      FROM ${events}
      CROSS JOIN LATERAL jsonb_each_text(e.facts) AS f(key, value)
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

function toPoints(rows: Array<RawRow>): ComputedPoint[] {
  return rows.map((row) => ({
    metricKey: row.metric_key,
    at: row.minute,
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
  const touched = `lead_event e WHERE e.id = ANY($1::bigint[]) AND e.facts <> '{}'::jsonb`;
  // Sorted, so concurrent writers take their bucket locks in one order and cannot deadlock.
  await tx.query(
    `SELECT pg_advisory_xact_lock(${BUCKET_LOCK_CLASS}, b.k) FROM (SELECT DISTINCT ${BUCKET_KEY} AS k FROM ${touched} ORDER BY k) AS b`,
    [eventIds],
  );
  const rows = await tx.query(
    factSums(`(SELECT DISTINCT ${MINUTE} AS minute, e.channel, e.campaign, e.region, e.segment, e.rep_key FROM ${touched}) AS t
      JOIN lead_event e ON e.at >= t.minute AND e.at < t.minute + interval '1 minute'
       AND e.channel = t.channel AND e.region = t.region AND e.segment = t.segment
       AND e.campaign IS NOT DISTINCT FROM t.campaign AND e.rep_key IS NOT DISTINCT FROM t.rep_key`),
    [eventIds],
  );
  return toPoints(rows);
}

/** Every bucket's observations from every event: for a bulk load that runs while nothing else writes leads. */
export async function allBucketObservations(tx: EntityManager): Promise<ComputedPoint[]> {
  return toPoints(await tx.query(`${factSums('lead_event e')} ORDER BY 1`));
}

/**
 * Events `e` whose minute bucket lies in [from, to) (SQL parameters): exactly the events behind the funnel
 * observations of that period. The raw bounds let the index on `at` narrow the scan first.
 */
export function eventsInPeriod(from: string, to: string): string {
  return `e.at >= ${from}::timestamptz - interval '1 minute' AND e.at < ${to}::timestamptz + interval '1 minute'
      AND ${MINUTE} >= ${from} AND ${MINUTE} < ${to}`;
}
