import { sql } from 'kysely';
import { createDataSource } from './data-source';
import { poolOf, qb, run, runOne } from './sql';
import { createTestDatabase } from '../testing/test-app';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: ReturnType<typeof createDataSource>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url);
  await db.initialize();
  await db.runMigrations();
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('builder queries run through TypeORM', () => {
  it('inserts, selects, updates and deletes with RETURNING, typed rows each time', async () => {
    const rep = { key: 'rep-a', name: 'Rep A', capacity: 3, territories: ['EMEA'] };
    const inserted = await run(db, qb.insertInto('sales_rep').values(rep).returning(['key', 'capacity', 'territories']));
    expect(inserted).toEqual([{ key: 'rep-a', capacity: 3, territories: ['EMEA'] }]);

    const updated = await run(db, qb.updateTable('sales_rep').set({ capacity: 5 }).where('key', '=', 'rep-a').returning('capacity'));
    expect(updated).toEqual([{ capacity: 5 }]);

    expect(await runOne(db, qb.selectFrom('sales_rep').select(['name', 'active']).where('key', '=', 'rep-a'))).toEqual({ name: 'Rep A', active: true });
    expect(await runOne(db, qb.selectFrom('sales_rep').select('name').where('key', '=', 'nobody'))).toBeNull();

    const deleted = await run(db, qb.deleteFrom('sales_rep').where('key', '=', 'rep-a').returning('key'));
    expect(deleted).toEqual([{ key: 'rep-a' }]);
  });

  it('joins the transaction of the EntityManager it runs on', async () => {
    await expect(db.transaction(async (tx) => {
      await run(tx, qb.insertInto('sales_rep').values({ key: 'rep-b', name: 'Rep B', capacity: 1, territories: [] }));
      expect(await runOne(tx, qb.selectFrom('sales_rep').select('key').where('key', '=', 'rep-b'))).toEqual({ key: 'rep-b' });
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await runOne(db, qb.selectFrom('sales_rep').select('key').where('key', '=', 'rep-b'))).toBeNull();
  });

  it('takes raw fragments where the builder has no words for them', async () => {
    const row = await runOne(db, qb.selectNoFrom(sql<string>`current_setting('jit')`.as('jit')));
    expect(row).toEqual({ jit: 'off' });
  });

  it('shares the pool TypeORM opened', async () => {
    const pool = poolOf(db);
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});
