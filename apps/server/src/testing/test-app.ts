import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../app';
import { loadConfig, type Config } from '../config';
import { createDataSource } from '../database/data-source';
import { seedCatalog } from '../seed/seed.service';
import { createServices, type Services } from '../services';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

export interface TestApp {
  url: string;
  wsUrl: string;
  config: Config;
  db: DataSource;
  services: Services;
  app: App;
  /** A GraphQL request over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** A real graphql-ws client; closed with the app. */
  wsClient(): WsClient;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.OPSHUB_TEST_ADMIN_URL;
  if (!url) throw new Error('OPSHUB_TEST_ADMIN_URL is not set: run the tests through jest (its globalSetup starts PostgreSQL)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A real server on a fresh database of its own (migrated, catalog seeded unless told otherwise), so each
 * test file isolates its data.
 */
export async function createTestApp(options: { env?: Record<string, string>; seedCatalog?: boolean; now?: Date } = {}): Promise<TestApp> {
  const database = `opshub_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();

  const config = loadConfig({ NODE_ENV: 'test', SIMULATOR: 'off', SEED_DEMO: 'off', LIVE_TICK_MS: '50', ...options.env });
  const db = createDataSource(withDatabase(adminUrl(), database), { poolSize: 5 });
  await db.initialize();
  await db.runMigrations();
  const errors: unknown[] = [];
  const services = createServices(config, db, (_message, error) => errors.push(error));
  if (options.seedCatalog !== false) await seedCatalog(db, options.now ?? new Date(), config.organization.timeZone);
  const app = await createApp(services, (_message, error) => errors.push(error));
  services.live.start();
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: WsClient[] = [];

  return {
    url,
    wsUrl,
    config,
    db,
    services,
    app,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResponse;
      return { status: response.status, data: body.data ?? undefined, errors: body.errors };
    },
    wsClient() {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await services.live.stop();
      await app.stop();
      await db.destroy();
      const cleanup = new Client({ connectionString: adminUrl() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Collects the next `count` results of a subscription; rejects on an error or after `timeoutMs`. */
export function nextResults<T = any>(client: WsClient, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 5000): Promise<T[]> {
  const received: T[] = [];
  return new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => { dispose(); reject(new Error(`timed out after ${timeoutMs} ms with ${received.length}/${count} results`)); }, timeoutMs);
    const dispose = client.subscribe<T>({ query, variables }, {
      next: (value) => {
        if (value.errors) { clearTimeout(timer); dispose(); reject(new Error(JSON.stringify(value.errors))); return; }
        received.push(value.data as T);
        if (received.length >= count) { clearTimeout(timer); dispose(); resolve(received); }
      },
      error: (error) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(JSON.stringify(error))); },
      complete: () => undefined,
    });
  });
}

/** Polls until the condition holds (e.g. the server has registered a subscriber). */
export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
