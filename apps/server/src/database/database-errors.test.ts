import { Client } from 'pg';
import { QueryRunnerProviderAlreadyReleasedError, type DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { databaseFailureOf } from './database-errors';
import { createTestDatabase, waitFor } from '../testing/test-app';

// Each failure is provoked on a real PostgreSQL: the errors are the driver's and TypeORM's own, not built by hand.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url, { statementTimeoutMs: 10_000 });
  await db.initialize();
  await db.query('CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)');
  await db.query('INSERT INTO account VALUES (1, 0), (2, 0)');
  admin = new Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await db?.destroy();
  await database?.drop();
});

/** The error `work` fails with. */
async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the work to fail');
}

describe('databaseFailureOf', () => {
  it('calls a transaction whose connection the server ended between two statements unavailable', async () => {
    // TypeORM releases the query runner when its connection reports the loss; the transaction's next statement
    // then fails with a "released" error instead of the socket's (what kill -9 of PostgreSQL produced, #20).
    const error = await failureOf(() => db.transaction(async (tx) => {
      const [{ pid }] = await tx.query('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await waitFor(() => tx.queryRunner!.isReleased);
      await tx.query('SELECT 1');
    }));
    expect(error).toBeInstanceOf(QueryRunnerProviderAlreadyReleasedError);
    expect(databaseFailureOf(error)).toBe('unavailable');
  });

  it('calls a statement cut by an administrator unavailable', async () => {
    const error = await failureOf(() => db.transaction(async (tx) => {
      const [{ pid }] = await tx.query('SELECT pg_backend_pid() AS pid');
      await tx.query('SELECT pg_terminate_backend($1), pg_sleep(5)', [pid]);
    }));
    expect(databaseFailureOf(error)).toBe('unavailable');
  });

  it('calls a serialization failure and a deadlock a conflict', async () => {
    // Two serializable transactions that each read what the other writes: one of them cannot commit.
    const [first, second] = [db.createQueryRunner(), db.createQueryRunner()];
    try {
      for (const runner of [first, second]) await runner.startTransaction('SERIALIZABLE');
      await first.query('SELECT sum(balance) FROM account');
      await second.query('SELECT sum(balance) FROM account');
      await first.query('UPDATE account SET balance = balance + 1 WHERE id = 1');
      await second.query('UPDATE account SET balance = balance + 1 WHERE id = 2');
      await first.commitTransaction();
      expect(databaseFailureOf(await failureOf(() => second.commitTransaction()))).toBe('conflict');
    } finally {
      await Promise.all([first, second].map((runner) => runner.release()));
    }

    // Rows locked in opposite orders: PostgreSQL aborts one of the two.
    const [left, right] = [db.createQueryRunner(), db.createQueryRunner()];
    try {
      for (const runner of [left, right]) await runner.startTransaction();
      await left.query('UPDATE account SET balance = 0 WHERE id = 1');
      await right.query('UPDATE account SET balance = 0 WHERE id = 2');
      const outcomes = await Promise.allSettled([
        left.query('UPDATE account SET balance = 0 WHERE id = 2'),
        right.query('UPDATE account SET balance = 0 WHERE id = 1'),
      ]);
      const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(failed.map((outcome) => databaseFailureOf(outcome.reason))).toEqual(['conflict']);
    } finally {
      for (const runner of [left, right]) await runner.rollbackTransaction().catch(() => undefined);
      await Promise.all([left, right].map((runner) => runner.release()));
    }
  });

  it('calls a statement past the pool\'s statement_timeout a timeout', async () => {
    const bounded = createDataSource(database.url, { statementTimeoutMs: 200 });
    await bounded.initialize();
    try {
      expect(databaseFailureOf(await failureOf(() => bounded.query('SELECT pg_sleep(30)')))).toBe('timeout');
    } finally {
      await bounded.destroy();
    }
  });

  it('leaves a failing query, and anything that is not a database failure, to be answered as an error', async () => {
    expect(databaseFailureOf(await failureOf(() => db.query('SELECT * FROM no_such_table')))).toBeNull();
    expect(databaseFailureOf(await failureOf(() => db.query('INSERT INTO account VALUES (1, 0)')))).toBeNull();
    expect(databaseFailureOf(new Error('something else'))).toBeNull();
    expect(databaseFailureOf('not an error')).toBeNull();
  });
});
