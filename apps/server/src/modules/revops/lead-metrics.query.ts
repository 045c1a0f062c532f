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

/**
 * A journal whose events carry `facts` (lead events, workflow events): its table, the dimension columns its
 * observations are bucketed by, and how a bucket's columns become observation dimensions.
 */
export interface FactJournal {
  table: 'lead_event' | 'workflow_event';
  columns: readonly string[];
  dimensions(row: Readonly<Record<string, string | null>>): Record<string, string>;
}

export const LEAD_EVENTS: FactJournal = {
  table: 'lead_event',
  columns: ['channel', 'campaign', 'region', 'segment', 'rep_key'],
  dimensions: (row) => observationDimensions({ channel: row.channel!, campaign: row.campaign, region: row.region!, segment: row.segment!, repKey: row.rep_key }),
};

/** A row of `factSums`: one observation, with the journal's dimension columns. */
interface FactSumRow {
  at: Date;
  metric_key: string;
  value: number;
  [column: string]: unknown;
}

/** The journal's dimension columns of `e` (trusted text: the FactJournal constants name them). */
function columnsOf(journal: FactJournal, alias: string): string {
  return journal.columns.map((column) => `${alias}.${column}`).join(', ');
}

/** The observation of every (metric, instant, dimension set) of the events `events` as `e`: the sum of their facts. */
function factSums(journal: FactJournal, events: RawBuilder<unknown>): RawBuilder<FactSumRow> {
  const groups = journal.columns.map((_, i) => i + 2).join(', ');
  return sql<FactSumRow>`
    SELECT ${sql.raw(INSTANT)} AS at, ${sql.raw(columnsOf(journal, 'e'))}, f.key AS metric_key, sum(f.value::float8) AS value
      FROM ${events}
      CROSS JOIN LATERAL jsonb_each_text(e.facts) AS f(key, value)
     GROUP BY 1, ${sql.raw(groups)}, ${sql.raw(String(journal.columns.length + 2))}`;
}

function toPoints(journal: FactJournal, rows: FactSumRow[]): ComputedPoint[] {
  return rows.map((row) => ({
    metricKey: row.metric_key,
    at: row.at,
    value: Number(row.value),
    dimensions: journal.dimensions(Object.fromEntries(journal.columns.map((column) => [column, (row[column] as string | null) ?? null]))),
  }));
}

/**
 * Recomputes, from all their events, the exact observations of the buckets the given events fall in: only
 * those buckets, never all records, and idempotent (the natural key makes a retry overwrite). Buckets are
 * locked until commit, so two transactions adding events to one bucket recompute one after the other and
 * the second sees the first's events.
 */
export async function bucketObservations(tx: EntityManager, journal: FactJournal, eventIds: readonly string[]): Promise<ComputedPoint[]> {
  const table = sql.table(journal.table);
  const touched = sql`${table} e WHERE e.id = ANY(${eventIds}::bigint[]) AND e.facts <> '{}'::jsonb`;
  const bucketKey = `hashtext(concat_ws('|', '${journal.table}', ${INSTANT}, ${columnsOf(journal, 'e')}))`;
  // Sorted, so concurrent writers take their bucket locks in one order and cannot deadlock.
  await runSql(tx, sql`
    SELECT pg_advisory_xact_lock(${sql.lit(BUCKET_LOCK_CLASS)}, b.k) FROM (SELECT DISTINCT ${sql.raw(bucketKey)} AS k FROM ${touched} ORDER BY k) AS b`);
  const sameBucket = journal.columns.map((column) => `e.${column} IS NOT DISTINCT FROM t.${column}`).join(' AND ');
  const rows = await runSql(tx, factSums(journal, sql`
    (SELECT DISTINCT ${sql.raw(INSTANT)} AS at, ${sql.raw(columnsOf(journal, 'e'))} FROM ${touched}) AS t
      JOIN ${table} e ON e.at >= t.at AND e.at < t.at + interval '1 millisecond' AND ${sql.raw(sameBucket)}`));
  return toPoints(journal, rows);
}

/** Every bucket's observations from every event: for a bulk load that runs while nothing else writes the journal. */
export async function allBucketObservations(tx: EntityManager, journal: FactJournal): Promise<ComputedPoint[]> {
  return toPoints(journal, await runSql(tx, sql<FactSumRow>`${factSums(journal, sql`${sql.table(journal.table)} e`)} ORDER BY 1`));
}

/**
 * Events `e` in [from, to): exactly the events behind the funnel observations of that period, since each
 * observation sits at its events' instant and the bounds are whole milliseconds.
 */
export function eventsInPeriod(from: Date, to: Date): RawBuilder<boolean> {
  return sql<boolean>`e.at >= ${from} AND e.at < ${to}`;
}
