import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app';
import { createLogger, type Logger } from './common/logger';
import { loadConfig } from './config';
import { LOCKS, withAdvisoryLock } from './database/advisory-lock';
import { createDataSource } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';
import { prepareRollups } from './modules/rollup/rollup.rebuild';
import { observeAddedWorkflowMetrics, planStart, rebaseDemoGoals, seedCatalog, seedDemoHistory, seedDemoUsers } from './seed/seed.service';
import { seedDemoReviews } from './seed/reviews.seed';
import { seedInitiatives } from './seed/initiatives.seed';
import { seedPlan } from './seed/plan.seed';
import { createServices } from './services';
import { httpWorker, serverWorkers } from './workers';

async function main(logger: Logger): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../../..');
  const config = loadConfig(process.env, {
    webDistDir: path.join(repoRoot, 'apps/web/dist'),
    dataDir: path.join(repoRoot, '.data/postgres'),
  });
  logger.level = config.logLevel;

  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info(`no DATABASE_URL: starting embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${config.embeddedPostgres.dataDir})`);
    embedded = await startEmbeddedPostgres({ ...config.embeddedPostgres, log: (line) => logger.warn(line) });
    databaseUrl = embedded.url;
  }
  const db = createDataSource(databaseUrl, { poolSize: config.databasePoolSize, statementTimeoutMs: config.databaseStatementTimeoutMs });
  await db.initialize();
  const services = createServices(config, db, logger);

  // Replicas starting together take turns: one migrates and seeds, the others then find it done.
  await withAdvisoryLock(db, LOCKS.migrations, async () => {
    const migrations = await db.runMigrations({ transaction: 'each' });
    logger.info(`database ready (${migrations.length} migration(s) applied)`);
    // The zone an ADMIN chose in the app, else ORG_TIMEZONE.
    const { timeZone } = await services.organization.load();
    const now = new Date();
    const added = await seedCatalog(db, now, timeZone);
    const backfilled = await observeAddedWorkflowMetrics(services, added);
    if (backfilled > 0) logger.info(`new workflow KPIs: ${backfilled.toLocaleString('en')} observations written from the journaled events`);
    if (config.auth.demoUsers) {
      const created = await seedDemoUsers(db);
      if (created.length > 0) {
        const lines = created.map(({ email, password, role, departments }) => `${email} / ${password} (${[role, ...departments].join(', ')})`);
        logger.info({ users: lines }, `demo users created (DEMO_USERS=on; the sign-in page offers them); sign in with: ${lines.join('; ')}`);
      }
    }
    // After the users: the seeded initiatives are owned by demo users when there are any.
    await seedInitiatives(db, planStart(now, timeZone), timeZone);
    await seedPlan(db, planStart(now, timeZone), timeZone, now);
    if (config.auth.bootstrapAdmin && await services.auth.ensureAdmin(config.auth.bootstrapAdmin)) {
      logger.info({ email: config.auth.bootstrapAdmin.email }, 'ADMIN user created from ADMIN_EMAIL / ADMIN_PASSWORD');
    }
    if (config.seed.demoHistory) {
      const written = await seedDemoHistory(services, { now, days: config.seed.demoDays, log: (message) => logger.info(message) });
      if (written > 0) logger.info(`demo history seeded: ${written.toLocaleString('en')} observations over ${config.seed.demoDays} days`);
      // Plan goals added since the demo history was loaded start from its values too.
      await rebaseDemoGoals(services, now);
    }
    // Cut the daily rollups in the organisation's zone now (a fresh database, or a changed ORG_TIMEZONE),
    // rather than in the first reader's request: seconds on the demo history.
    const started = Date.now();
    if (await prepareRollups(db, timeZone)) {
      logger.info(`rollups rebuilt with days cut in ${timeZone} (${Date.now() - started} ms)`);
    }
    // After the history and the rollups (the scorecards are frozen from them) and the users (they own the reviews).
    if (config.seed.demoHistory) await seedDemoReviews(services, now);
  });

  const app = await createApp(services);
  const http = httpWorker(app, config.port, config.host);
  const workers = serverWorkers(services, http);
  await workers.start();
  const port = http.port;

  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({
    app: `${base}/`,
    graphql: `${base}/graphql`,
    probes: [`${base}/healthz`, `${base}/readyz`, `${base}/metrics`],
    bus: services.bus.kind,
    simulator: config.simulator.enabled ? `every ${config.simulator.intervalMs} ms on the elected instance` : 'off',
    timeZone: services.organization.current().timeZone,
  }, `OpsHub is up on ${base}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining connections');
    setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms: exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    try {
      await workers.stop();
      await db.destroy();
      await embedded?.stop();
      logger.info('shut down cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

// Created before the configuration is read, so a configuration error is logged like everything else.
const logger = createLogger('info');
main(logger).catch((error) => {
  logger.fatal({ err: error }, 'OpsHub failed to start');
  process.exit(1);
});
