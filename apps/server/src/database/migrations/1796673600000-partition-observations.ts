import type { MigrationInterface, QueryRunner } from 'typeorm';

const VALUE_CHECK = `CHECK (value <> 'NaN'::float8 AND value <> 'Infinity'::float8 AND value <> '-Infinity'::float8)`;

/** Whether `observation` is already a partitioned table (a second run, or a database restored after it). */
async function isPartitioned(q: QueryRunner): Promise<boolean> {
  const [row] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'observation'::regclass) AS partitioned`);
  return row.partitioned;
}

/**
 * `observation` becomes a table partitioned by UTC month of `at` (one partition per month, observation_pYYYYMM,
 * and observation_default for a month that has none yet: a write never fails for want of a partition; the
 * partition worker splits it into months). Raw history can then be dropped a month at a time (retention) while
 * the rollups keep it. Every row is copied in this one transaction, ids included; an already partitioned table
 * is left as it is.
 *
 * A unique key of a partitioned table must hold the partition key: the primary key becomes (id, at); the
 * upsert's (series_id, at) already holds it. PostgreSQL 15 has no identity column on a partitioned table, so
 * ids come from a plain sequence that continues the old one.
 */
export class PartitionObservations1796673600000 implements MigrationInterface {
  name = 'PartitionObservations1796673600000';

  async up(q: QueryRunner): Promise<void> {
    // The instant before which raw rows were dropped by retention (NULL: none were).
    await q.query(`CREATE TABLE IF NOT EXISTS observation_retention (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      raw_from timestamptz
    )`);
    await q.query(`INSERT INTO observation_retention DEFAULT VALUES ON CONFLICT DO NOTHING`);
    if (await isPartitioned(q)) return;
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`LOCK TABLE observation IN ACCESS EXCLUSIVE MODE`);
    const [{ next }] = await q.query(`
      SELECT greatest(coalesce((SELECT max(id) FROM observation), 0),
                      coalesce((SELECT last_value FROM pg_sequences WHERE schemaname = current_schema()
                                   AND sequencename = 'observation_id_seq'), 0)) + 1 AS next`);
    await q.query(`ALTER TABLE observation RENAME TO observation_unpartitioned`);
    const names = await q.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'observation_unpartitioned'::regclass`);
    for (const { conname } of names) await q.query(`ALTER TABLE observation_unpartitioned RENAME CONSTRAINT "${conname}" TO "${conname}_unpartitioned"`);
    await q.query(`ALTER INDEX IF EXISTS observation_at_idx RENAME TO observation_at_idx_unpartitioned`);
    // Drops the identity's sequence (observation_id_seq), whose name the new one takes.
    await q.query(`ALTER TABLE observation_unpartitioned ALTER COLUMN id DROP IDENTITY IF EXISTS`);
    await q.query(`CREATE SEQUENCE observation_id_seq START ${Number(next)}`);
    await q.query(`
      CREATE TABLE observation (
        id bigint NOT NULL DEFAULT nextval('observation_id_seq'),
        series_id bigint NOT NULL,
        at timestamptz NOT NULL,
        value double precision NOT NULL,
        source text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT observation_pkey PRIMARY KEY (id, at),
        CONSTRAINT observation_series_id_at_key UNIQUE (series_id, at),
        CONSTRAINT observation_series_id_fkey FOREIGN KEY (series_id) REFERENCES series(id) ON DELETE CASCADE,
        CONSTRAINT observation_value_check ${VALUE_CHECK}
      ) PARTITION BY RANGE (at)`);
    await q.query(`ALTER SEQUENCE observation_id_seq OWNED BY observation.id`);
    await q.query(`CREATE INDEX observation_at_idx ON observation (at)`);
    await q.query(`CREATE TABLE observation_default PARTITION OF observation DEFAULT`);
    // Every month that holds rows, and this one and the next three (the worker keeps months ahead from now on).
    const months: Array<{ name: string; lo: string; hi: string }> = await q.query(`
      SELECT 'observation_p' || to_char(m, 'YYYYMM') AS name, to_char(m, 'YYYY-MM-DD"T00:00:00Z"') AS lo,
             to_char(m + interval '1 month', 'YYYY-MM-DD"T00:00:00Z"') AS hi
        FROM (SELECT DISTINCT date_trunc('month', at, 'UTC') AT TIME ZONE 'UTC' AS m FROM observation_unpartitioned
              UNION SELECT date_trunc('month', now() AT TIME ZONE 'UTC') + k * interval '1 month' FROM generate_series(0, 3) AS k) AS months
       ORDER BY m`);
    for (const month of months) {
      await q.query(`CREATE TABLE ${month.name} PARTITION OF observation FOR VALUES FROM ('${month.lo}') TO ('${month.hi}')`);
    }
    await q.query(`INSERT INTO observation (id, series_id, at, value, source, updated_at)
                   SELECT id, series_id, at, value, source, updated_at FROM observation_unpartitioned`);
    await q.query(`DROP TABLE observation_unpartitioned`);
    await q.query(`ANALYZE observation`);
  }

  /** Back to one plain table, every row kept (ids too). */
  async down(q: QueryRunner): Promise<void> {
    if (await isPartitioned(q)) {
      await q.query(`SET LOCAL statement_timeout = 0`);
      await q.query(`LOCK TABLE observation IN ACCESS EXCLUSIVE MODE`);
      const [{ next }] = await q.query(`SELECT coalesce((SELECT max(id) FROM observation), 0) + 1 AS next`);
      await q.query(`ALTER TABLE observation RENAME TO observation_partitioned`);
      const names = await q.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'observation_partitioned'::regclass`);
      for (const { conname } of names) await q.query(`ALTER TABLE observation_partitioned RENAME CONSTRAINT "${conname}" TO "${conname}_partitioned"`);
      await q.query(`ALTER INDEX observation_at_idx RENAME TO observation_at_idx_partitioned`);
      await q.query(`ALTER SEQUENCE observation_id_seq RENAME TO observation_id_seq_partitioned`);
      await q.query(`
        CREATE TABLE observation (
          id bigint GENERATED ALWAYS AS IDENTITY (START ${Number(next)}) PRIMARY KEY,
          series_id bigint NOT NULL REFERENCES series(id) ON DELETE CASCADE,
          at timestamptz NOT NULL,
          value double precision NOT NULL ${VALUE_CHECK},
          source text,
          updated_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (series_id, at)
        )`);
      await q.query(`CREATE INDEX observation_at_idx ON observation (at)`);
      await q.query(`INSERT INTO observation (id, series_id, at, value, source, updated_at) OVERRIDING SYSTEM VALUE
                     SELECT id, series_id, at, value, source, updated_at FROM observation_partitioned`);
      await q.query(`DROP TABLE observation_partitioned`);
    }
    await q.query(`DROP TABLE IF EXISTS observation_retention`);
  }
}
