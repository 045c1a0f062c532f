import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * File imports: the upload is kept in the database in chunks (any instance can run or resume the import), with a
 * checkpoint (rows_done) committed with each batch, and every rejected row with its reason.
 */
export class FileImports1796623200000 implements MigrationInterface {
  name = 'FileImports1796623200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE import_run (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_name text NOT NULL,
      file_bytes bigint NOT NULL DEFAULT 0,
      mapping jsonb NOT NULL,
      grant_json jsonb NOT NULL,
      state text NOT NULL DEFAULT 'UPLOADING' CHECK (state IN ('UPLOADING', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
      rows_total integer,
      rows_done integer NOT NULL DEFAULT 0,
      rows_written integer NOT NULL DEFAULT 0,
      rows_rejected integer NOT NULL DEFAULT 0,
      error text,
      created_by_kind text NOT NULL,
      created_by_id text NOT NULL,
      created_by_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    )`);
    await q.query('CREATE INDEX import_run_created_at ON import_run (created_at DESC)');
    await q.query(`CREATE TABLE import_chunk (
      import_id uuid NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (import_id, seq)
    )`);
    await q.query(`CREATE TABLE import_rejection (
      import_id uuid NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
      row_number integer NOT NULL,
      column_name text,
      reason text NOT NULL,
      cells jsonb NOT NULL,
      PRIMARY KEY (import_id, row_number)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE import_rejection');
    await q.query('DROP TABLE import_chunk');
    await q.query('DROP TABLE import_run');
  }
}
