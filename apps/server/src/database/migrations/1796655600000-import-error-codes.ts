import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a FAILED import stopped, as a code and its params beside the English `error`, so a page words it in its reader's language. */
export class ImportErrorCodes1796655600000 implements MigrationInterface {
  name = 'ImportErrorCodes1796655600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE import_run ADD COLUMN error_code text, ADD COLUMN error_params jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE import_run DROP COLUMN error_code, DROP COLUMN error_params');
  }
}
