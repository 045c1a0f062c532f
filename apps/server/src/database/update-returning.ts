import type { EntityManager } from 'typeorm';

/** The rows an UPDATE … RETURNING gave back (TypeORM answers UPDATE and DELETE with [rows, affected count]). */
export async function updateReturning<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await tx.query(sql, params)) as [T[], number];
  return rows;
}
