import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log of hours whose rollups are behind their raw rows: a write appends one row per (series, UTC hour) it
 * touched, in its own transaction, and a fold (the elected refresher, or a read that needs those metrics)
 * deletes the rows it recomputed. Append-only with a serial key, never upserted: a writer never meets a row a
 * folder is about to delete. metric_key is the series' own, kept here so a read finds its metrics' pending
 * changes in one index probe. No foreign key: a deleted series' changes recompute nothing.
 */
export class RollupChanges1796641200000 implements MigrationInterface {
  name = 'RollupChanges1796641200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rollup_change (
      id bigserial PRIMARY KEY,
      series_id bigint NOT NULL,
      metric_key text NOT NULL,
      hour_start timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX rollup_change_metric ON rollup_change (metric_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rollup_change');
  }
}
