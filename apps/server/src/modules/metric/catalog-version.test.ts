import { Client } from 'pg';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';

// The catalog kept in memory between requests: reread exactly when a committed change moved catalog_version,
// whoever wrote it (this instance, another instance, plain SQL).
let app: TestApp;
let other: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
  other = await createTestApp({ replicaOf: app });
});
afterAll(async () => {
  await other.close();
  await app.close();
});

async function sqlClient(): Promise<Client> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  return client;
}

describe('the catalog kept between requests', () => {
  it('is the same catalog while nothing changed, and reread after a change committed by another instance', async () => {
    const key = await createMetric(app);
    const first = await other.services.metrics.loadCatalog();
    expect(first.find(key)?.name).toBeDefined();
    expect(await other.services.metrics.loadCatalog()).toBe(first);

    const renamed = await app.gql(`mutation ($key: ID!) { updateMetric(key: $key, input: { name: "Renamed by the other instance" }) { key } }`, { key });
    expect(renamed.errors).toBeUndefined();
    const after = await other.services.metrics.loadCatalog();
    expect(after).not.toBe(first);
    expect(after.find(key)?.name).toBe('Renamed by the other instance');
  });

  it('sees a target and a metric written in plain SQL once committed, not before', async () => {
    const key = await createMetric(app);
    const before = await app.services.metrics.loadCatalog();
    expect(before.targets(key)).toEqual([]);
    const client = await sqlClient();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO target (metric_key, kind, value, effective_from) VALUES ($1, 'MIN', 42, '2026-01-01T00:00:00Z')`, [key]);
      await client.query(`UPDATE metric SET name = 'Typed in psql' WHERE key = $1`, [key]);
      const during = await app.services.metrics.loadCatalog();
      expect(during.targets(key)).toEqual([]);
      expect(during.find(key)?.name).not.toBe('Typed in psql');
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const after = await app.services.metrics.loadCatalog();
    expect(after.targets(key).map((target) => target.value)).toEqual([42]);
    expect(after.find(key)?.name).toBe('Typed in psql');
  });

  it('lets a writer of one catalog table commit while another holds an uncommitted change to another', async () => {
    const [key, second] = [await createMetric(app), await createMetric(app)];
    const holder = await sqlClient();
    const writer = await sqlClient();
    try {
      await holder.query('BEGIN');
      await holder.query(`UPDATE metric SET description = 'held' WHERE key = $1`, [key]);
      // Bumped at statement time, the counter's row would be locked by the holder until it ends, and this commit would wait.
      await writer.query(`SET lock_timeout = '2s'`);
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO target (metric_key, kind, value, effective_from) VALUES ($1, 'MIN', 1, '2026-01-01T00:00:00Z')`, [second]);
      await expect(writer.query('COMMIT')).resolves.toBeDefined();
      await holder.query('COMMIT');
    } finally {
      await Promise.all([holder.end(), writer.end()]);
    }
    const after = await app.services.metrics.loadCatalog();
    expect(after.find(key)?.description).toBe('held');
    expect(after.targets(second).map((target) => target.value)).toEqual([1]);
  });
});
