import { createLogger } from '../../common/logger';
import { createDataSource } from '../../database/data-source';
import { createTestApp, createTestDatabase, waitFor, type TestApp } from '../../testing/test-app';
import { JobQueue, type JobRecord } from './job-queue.service';

/** Idle workers poll often and orphaned jobs are looked for every second, so the tests wait seconds, not minutes. */
const ENV = { JOB_POLL_MS: '500', JOB_SUPERVISE_SECONDS: '1' };

const jobOf = async (app: TestApp, id: string): Promise<JobRecord> => (await app.services.jobs.list({ limit: 200 })).find((job) => job.id === id)!;

describe('job queue', () => {
  let app: TestApp;
  let replica: TestApp;
  /** Runs per key in flight right now across both instances, the most seen at once, and the runs in order. */
  const inFlight = new Map<string, number>();
  const mostAtOnce = new Map<string, number>();
  const runs: string[] = [];
  let flakyFailuresLeft = 2;
  let release: () => void = () => undefined;

  // Both instances define the same kinds, as every replica of the server does.
  const define = (app: 'a' | 'b') => (services: TestApp['services']) => {
    services.jobs.define<{ key: string; n: number }>({
      name: 'test.serial',
      concurrency: 4,
      run: async ({ key, n }) => {
        const now = (inFlight.get(key) ?? 0) + 1;
        inFlight.set(key, now);
        mostAtOnce.set(key, Math.max(mostAtOnce.get(key) ?? 0, now));
        runs.push(`${key}${n}@${app}`);
        await new Promise((resolve) => setTimeout(resolve, 150));
        inFlight.set(key, now - 1);
      },
    });
    services.jobs.define<object>({
      name: 'test.flaky',
      retryLimit: 3,
      retryDelaySeconds: 1,
      run: async () => {
        if (flakyFailuresLeft > 0) {
          flakyFailuresLeft -= 1;
          throw new Error(`receiver unavailable (${flakyFailuresLeft} more failures)`);
        }
      },
    });
    services.jobs.define<object>({ name: 'test.doomed', retryLimit: 1, retryDelaySeconds: 1, run: async () => { throw new Error('always fails'); } });
    services.jobs.define<object>({
      name: 'test.hang',
      heartbeatSeconds: 10,
      retryDelaySeconds: 1,
      // The first attempt never ends (its instance "dies" under it); the retry completes.
      run: (_data, job) => (job.attempt === 0 ? new Promise<void>(() => undefined) : new Promise<void>((resolve) => (release = resolve))),
    });
  };

  beforeAll(async () => {
    app = await createTestApp({ env: ENV, seedCatalog: false, beforeStart: define('a') });
    replica = await createTestApp({ env: ENV, replicaOf: app, beforeStart: define('b') });
  });
  afterAll(async () => {
    await replica?.close();
    await app?.close();
  });

  it('accepts a kind only once some instance has made its queue: not on a new database before the first start', async () => {
    const database = await createTestDatabase();
    const fresh = createDataSource(database.url, { poolSize: 2, statementTimeoutMs: 10_000 });
    const started = createDataSource(app.databaseUrl, { poolSize: 2, statementTimeoutMs: 10_000 });
    try {
      await fresh.initialize();
      await fresh.runMigrations();
      expect(await new JobQueue(fresh, app.config.jobs, createLogger('error')).accepting('test.serial')).toBe(false);
      // A third instance, not started, on the database the two instances started.
      await started.initialize();
      const unstarted = new JobQueue(started, app.config.jobs, createLogger('error'));
      expect(await unstarted.accepting('test.serial')).toBe(true);
      expect(await unstarted.accepting('test.never-defined')).toBe(false);
    } finally {
      await Promise.all([fresh.isInitialized && fresh.destroy(), started.isInitialized && started.destroy()]);
      await database.drop();
    }
  });

  it('runs the jobs of one key one at a time across instances, and different keys side by side', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 4; n += 1) {
      ids.push(await app.services.jobs.send('test.serial', { key: 'x', n }, { key: 'x' }));
      ids.push(await replica.services.jobs.send('test.serial', { key: 'y', n }, { key: 'y' }));
    }
    await waitFor(async () => (await Promise.all(ids.map((id) => jobOf(app, id)))).every((job) => job.state === 'completed'), 60_000);
    expect(runs.filter((run) => run.startsWith('x'))).toHaveLength(4);
    expect(runs.filter((run) => run.startsWith('y'))).toHaveLength(4);
    expect(mostAtOnce.get('x')).toBe(1);
    expect(mostAtOnce.get('y')).toBe(1);
  });

  it('retries a failing job with its error visible, until it succeeds', async () => {
    const id = await app.services.jobs.send('test.flaky', {});
    await waitFor(async () => (await jobOf(app, id)).state === 'retry', 30_000);
    const retrying = await jobOf(app, id);
    expect(retrying.error).toMatch(/^receiver unavailable/);
    expect(retrying.maxAttempts).toBe(4);
    await waitFor(async () => (await jobOf(app, id)).state === 'completed', 60_000);
    expect((await jobOf(app, id)).attempts).toBe(3);
  });

  it('shows the ADMIN a job that failed every attempt, with its error', async () => {
    const id = await app.services.jobs.send('test.doomed', {});
    await waitFor(async () => (await jobOf(app, id)).state === 'failed', 60_000);
    const { data, errors } = await app.gql('{ backgroundJobs(states: [FAILED], first: 10) { id name state attempts maxAttempts error } }');
    expect(errors).toBeUndefined();
    expect(data.backgroundJobs).toEqual([{ id, name: 'test.doomed', state: 'FAILED', attempts: 2, maxAttempts: 2, error: 'always fails' }]);
    const viewer = await app.signIn('VIEWER', ['SALES']);
    const refused = await app.gql('{ backgroundJobs { id } }', {}, viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hands the job of an instance that stopped mid-run to another instance', async () => {
    const dying = await createTestApp({ env: ENV, replicaOf: app, beforeStart: define('a') });
    // Only the dying instance takes this one: the others are not polling its kind yet.
    await app.services.jobs.stop();
    await replica.services.jobs.stop();
    const id = await dying.services.jobs.send('test.hang', {});
    await waitFor(async () => (await jobOf(dying, id)).state === 'active', 30_000);
    // Its workers stop without the job finishing: no more heartbeats, as when the process is killed.
    await dying.services.jobs.stop(1000);
    await dying.close();
    await replica.services.jobs.start();
    await waitFor(async () => (await jobOf(replica, id)).state === 'active' && (await jobOf(replica, id)).attempts === 2, 60_000);
    release();
    await waitFor(async () => (await jobOf(replica, id)).state === 'completed', 30_000);
  });
});
