import {
  DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type Compilable, type InferResult, type RawBuilder,
} from 'kysely';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { DB } from './schema';

/**
 * The typed query builder for dynamic and set-based SQL. It only compiles: statements run through TypeORM
 * (`run`), so there is one pool and one way to open a transaction, and a builder query joins the caller's
 * transaction by being run on its EntityManager.
 */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** A DataSource, or a transaction's EntityManager. */
export type Executor = Pick<DataSource | EntityManager, 'query'>;

/** Runs a builder query; the rows come back typed by the schema (UPDATE and DELETE … RETURNING included). */
export async function run<Q extends Compilable<unknown>>(executor: Executor, query: Q): Promise<InferResult<Q>> {
  const { sql, parameters, query: node } = query.compile();
  const result = await executor.query(sql, parameters as unknown[]);
  // TypeORM answers UPDATE and DELETE with [rows, affected count].
  const rows = node.kind === 'UpdateQueryNode' || node.kind === 'DeleteQueryNode' ? (result as [unknown, number])[0] : result;
  return rows as InferResult<Q>;
}

/** The first row, or null. */
export async function runOne<Q extends Compilable<unknown>>(executor: Executor, query: Q): Promise<InferResult<Q>[number] | null> {
  const rows = (await run(executor, query)) as unknown[];
  return (rows[0] ?? null) as InferResult<Q>[number] | null;
}

/**
 * Runs a `sql` template, typed by its type argument: for set-based statements the builder cannot express
 * (unnest of parameter arrays, LATERAL joins, ON CONFLICT with computed columns). Values interpolated with
 * `${value}` are bound as parameters; `sql.raw` splices trusted SQL text. INSERT and SELECT only: TypeORM
 * answers UPDATE and DELETE with [rows, count], which `run` unwraps for builder queries.
 */
export async function runSql<R>(executor: Executor, query: RawBuilder<R>): Promise<R[]> {
  const { sql, parameters } = query.compile(qb);
  return (await executor.query(sql, parameters as unknown[])) as R[];
}

/** The pg pool TypeORM opened (for pool gauges and dedicated connections); `master` is the driver's public pool. */
export function poolOf(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}
