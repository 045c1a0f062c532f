import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each person has been told about reviews and action items: one row per notice (a review opened for its owner,
 * the review overdue, an action item assigned, the item overdue) and person. The key decides who sends: of two
 * instances (or a retry) only the insert that wins queues the e-mail and channel deliveries, in the same transaction.
 */
export class ReviewNotices1796680800000 implements MigrationInterface {
  name = 'ReviewNotices1796680800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_notice (
        kind text NOT NULL CHECK (kind IN ('REVIEW_OPENED', 'REVIEW_OVERDUE', 'ACTION_ASSIGNED', 'ACTION_OVERDUE')),
        object_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, object_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE review_notice');
  }
}
