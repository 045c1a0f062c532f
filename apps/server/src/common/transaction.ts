import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in the caller's transaction when given, else in a new one: services' changes compose into one commit. */
export function inTransaction<T>(db: DataSource, tx: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db.transaction(work);
}
