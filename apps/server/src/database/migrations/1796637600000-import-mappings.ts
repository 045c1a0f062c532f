import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved import mappings: how the columns of a recurring export become observations, reused by name. */
export class ImportMappings1796637600000 implements MigrationInterface {
  name = 'ImportMappings1796637600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE import_mapping (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      mapping jsonb NOT NULL,
      created_by_id text NOT NULL,
      created_by_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE UNIQUE INDEX import_mapping_name ON import_mapping (lower(name))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE import_mapping');
  }
}
