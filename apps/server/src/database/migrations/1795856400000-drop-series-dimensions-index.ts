import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * series_dimensions_idx (GIN, jsonb_path_ops) serves only containment (@>, @?, @@); every dimension filter and
 * grouping reads `dimensions ->> name`, which it cannot serve, so EXPLAIN never shows it and each new series
 * paid for its upkeep for nothing.
 */
export class DropSeriesDimensionsIndex1795856400000 implements MigrationInterface {
  name = 'DropSeriesDimensionsIndex1795856400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS series_dimensions_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX IF NOT EXISTS series_dimensions_idx ON series USING gin (dimensions jsonb_path_ops)');
  }
}
