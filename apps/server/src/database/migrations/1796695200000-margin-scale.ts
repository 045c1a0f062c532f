import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gross and operating margin are shares of revenue: never over 100 %. With the bound in their unit, forecasts, goal
 * projections and chart axes stop at it (a run rate had projected an operating margin of 556 %). Catalogs seeded
 * before get it here, unless someone already set a scale.
 */
export class MarginScale1796695200000 implements MigrationInterface {
  name = 'MarginScale1796695200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE metric SET unit_scale_max = 1
       WHERE key IN ('finance.gross_margin', 'finance.operating_margin') AND unit_kind = 'PERCENT' AND unit_scale_max IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE metric SET unit_scale_max = NULL WHERE key IN ('finance.gross_margin', 'finance.operating_margin') AND unit_scale_max = 1`);
  }
}
