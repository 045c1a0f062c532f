import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDataSource } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';
import { seedCatalog, seedDemoHistory } from './seed/seed.service';
import { createServices } from './services';
import { startSimulator } from './simulator/simulator';

function log(message: string, error?: unknown): void {
  const line = `${new Date().toISOString()} ${message}`;
  if (error) console.error(line, error instanceof Error ? error.stack ?? error.message : error);
  else console.log(line);
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../../..');
  const config = loadConfig(process.env, {
    webDistDir: path.join(repoRoot, 'apps/web/dist'),
    dataDir: path.join(repoRoot, '.data/postgres'),
  });

  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log(`no DATABASE_URL: starting embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${config.embeddedPostgres.dataDir})`);
    embedded = await startEmbeddedPostgres({ ...config.embeddedPostgres, log });
    databaseUrl = embedded.url;
  }
  const db = createDataSource(databaseUrl);
  await db.initialize();
  const migrations = await db.runMigrations({ transaction: 'each' });
  log(`database ready (${migrations.length} migration(s) applied)`);

  const services = createServices(config, db, log);
  const now = new Date();
  await seedCatalog(db, now, config.organization.timeZone);
  if (config.seed.demoHistory) {
    const written = await seedDemoHistory(services, { now, days: config.seed.demoDays, log });
    if (written > 0) log(`demo history seeded: ${written.toLocaleString('en')} observations over ${config.seed.demoDays} days`);
  }

  const app = await createApp(services, log);
  services.live.start();
  const port = await app.listen(config.port, config.host);
  const stopSimulator = config.simulator.enabled ? startSimulator(services, config.simulator.intervalMs, log) : null;

  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  log(`OpsHub is up
  app:        ${base}/
  GraphQL:    ${base}/graphql (subscriptions: ${base.replace('http', 'ws')}/graphql)
  health:     ${base}/healthz  ${base}/readyz
  simulator:  ${stopSimulator ? `on, every ${config.simulator.intervalMs} ms (SIMULATOR=off to stop it)` : 'off'}
  time zone:  ${config.organization.timeZone}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000);
    await stopSimulator?.();
    await services.live.stop();
    await app.stop();
    await db.destroy();
    await embedded?.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  log('OpsHub failed to start', error);
  process.exit(1);
});
