import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who created an annotation, by id: people edit and delete their own, and names are neither unique nor stable.
 * Existing rows have no author id (seeded or made before), so only an ADMIN may change them.
 */
export class AnnotationAuthor1796612400000 implements MigrationInterface {
  name = 'AnnotationAuthor1796612400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE annotation ADD COLUMN created_by_id text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE annotation DROP COLUMN created_by_id');
  }
}
