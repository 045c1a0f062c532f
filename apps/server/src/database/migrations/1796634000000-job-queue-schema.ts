import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue's schema, made here (migrations run one replica at a time) rather than by pg-boss's first start:
 * its CREATE SCHEMA IF NOT EXISTS fails with a unique violation when two replicas start together. pg-boss then
 * creates its tables inside it under its own lock.
 */
export class JobQueueSchema1796634000000 implements MigrationInterface {
  name = 'JobQueueSchema1796634000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS pgboss');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}
