import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observations computed from lead records used to sit at their events' minute, so a period bound inside a minute
 * took or dropped whole minutes of events. They now sit at each event's own instant: recompute the stored ones
 * from the events (the sum of their facts per metric, millisecond and dimension set, as the app writes them), and
 * clear the rollups' zone so that start-up rebuilds every rollup from the rewritten rows.
 */
export class RecordObservationsAtEventInstants1796515200000 implements MigrationInterface {
  name = 'RecordObservationsAtEventInstants1796515200000';

  async up(q: QueryRunner): Promise<void> {
    // The dimensions as observationDimensions (packages/metrics) builds them: no campaign or rep when empty.
    await q.query(`
      CREATE TEMP TABLE record_point AS
      SELECT s.id AS series_id, date_trunc('milliseconds', e.at) AS at, sum(f.value::float8) AS value
        FROM lead_event e
       CROSS JOIN LATERAL jsonb_each_text(e.facts) AS f(key, value)
        JOIN metric m ON m.key = f.key AND m.source = 'RECORDS'
        JOIN series s ON s.metric_key = f.key AND s.dimensions = jsonb_strip_nulls(jsonb_build_object(
             'channel', e.channel, 'region', e.region, 'segment', e.segment, 'campaign', NULLIF(e.campaign, ''), 'rep', NULLIF(e.rep_key, '')))
       GROUP BY 1, 2`);
    await q.query(`
      DELETE FROM observation o USING series s, metric m
       WHERE s.id = o.series_id AND m.key = s.metric_key AND m.source = 'RECORDS'`);
    await q.query(`INSERT INTO observation (series_id, at, value, source) SELECT series_id, at, value, 'records' FROM record_point`);
    await q.query('DROP TABLE record_point');
    await q.query('UPDATE rollup_state SET time_zone = NULL');
  }

  async down(): Promise<void> {
    // Instants are finer than minutes: the earlier layout is recomputed by the earlier code, nothing to undo here.
  }
}
