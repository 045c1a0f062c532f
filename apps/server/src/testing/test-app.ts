import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient, type Client as WsClient, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../app';
import { createLogger } from '../common/logger';
import { loadConfig, type Config } from '../config';
import { createDataSource } from '../database/data-source';
import { prepareRollups } from '../modules/rollup/rollup.rebuild';
import { seedCatalog } from '../seed/seed.service';
import { SESSION_COOKIE, SHARE_TOKEN_HEADER } from '../modules/auth/auth.service';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';
import type { ApiKeyScope, Department, Role } from '@opshub/metrics';

/** Every test user's password. */
export const TEST_PASSWORD = 'correct horse battery staple';
import { createServices, type Services } from '../services';
import { httpWorker, serverWorkers } from '../workers';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

/** How a test request proves who it is: a session cookie's token, an API key, or a dashboard share link's token. */
export interface Credentials {
  sessionToken?: string;
  apiKey?: string;
  shareToken?: string;
}

export interface TestApp {
  url: string;
  /** An ADMIN's session: what `gql` and `wsClient` use unless told otherwise. */
  admin: Credentials;
  wsUrl: string;
  config: Config;
  db: DataSource;
  databaseUrl: string;
  services: Services;
  app: App;
  /** A GraphQL request over real HTTP, as the ADMIN unless `as` says otherwise (`{}`: anonymous). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: Credentials): Promise<GqlResponse<T>>;
  /** A real graphql-ws client, as the ADMIN unless `as` says otherwise; closed with the app. */
  wsClient(as?: Credentials, options?: Partial<ClientOptions>): WsClient;
  /** A new user of that role, signed in. */
  signIn(role: Role, departments?: Department[]): Promise<Credentials & { userId: string }>;
  /** A new integrator key. */
  apiKey(scopes: ApiKeyScope[], department?: Department | null, expiresAt?: Date | null): Promise<Credentials & { keyId: string }>;
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

/** An empty database of its own on the test PostgreSQL; `drop` disconnects whoever is still on it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `opshub_t_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${database}`);
  return { url: withDatabase(adminUrl(), database), drop: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`) };
}

/** The HTTP headers that carry credentials. */
export function credentialHeaders(as: Credentials = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  if (as.sessionToken) headers.cookie = `${SESSION_COOKIE}=${as.sessionToken}`;
  if (as.apiKey) headers.authorization = `Bearer ${as.apiKey}`;
  if (as.shareToken) headers[SHARE_TOKEN_HEADER] = as.shareToken;
  return headers;
}

/** A GraphQL request over real HTTP. */
export async function gqlRequest<T = any>(url: string, query: string, variables?: Record<string, unknown>, as?: Credentials): Promise<GqlResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentialHeaders(as) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GqlResponse<T>;
  return { status: response.status, data: body.data ?? undefined, errors: body.errors };
}

/**
 * A real server on a fresh database of its own (migrated, catalog seeded unless told otherwise), so each
 * test file isolates its data.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>; seedCatalog?: boolean; now?: Date; /** Another replica on this app's database (dropped by that app). */ replicaOf?: TestApp;
    /** Runs before the workers start (say, to define job kinds on `services.jobs`). */ beforeStart?: (services: Services) => void;
    /** An empty database of the caller's own (say, on a server with a streaming replica), migrated here and never dropped. */ databaseUrl?: string;
  } = {},
): Promise<TestApp> {
  const given = options.replicaOf?.databaseUrl ?? options.databaseUrl;
  const database = given ? { url: given, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', SIMULATOR: 'off', SEED_DEMO: 'off', LIVE_TICK_MS: '50', ...options.env });
  const db = createDataSource(database.url, { poolSize: 5, statementTimeoutMs: config.databaseStatementTimeoutMs });
  await db.initialize();
  if (!options.replicaOf) await db.runMigrations();
  const services = createServices(config, db, createLogger(config.logLevel));
  const { timeZone } = await services.organization.load();
  await prepareRollups(db, timeZone);
  if (options.seedCatalog !== false && !options.replicaOf) await seedCatalog(db, options.now ?? new Date(), timeZone);
  const app = await createApp(services);
  options.beforeStart?.(services);
  const http = httpWorker(app, 0, '127.0.0.1');
  const workers = serverWorkers(services, http);
  await workers.start();
  const port = http.port;
  const url = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: WsClient[] = [];
  let users = 0;
  const signIn = async (role: Role, departments: Department[] = []) => {
    // Replicas of one database sign users in too: the e-mail must not collide with another instance's.
    const email = `${role.toLowerCase()}-${++users}-${randomBytes(3).toString('hex')}@test.opshub`;
    const user = await services.auth.createUser({ email, name: `${role} ${users}`, password: TEST_PASSWORD, role, departments }, SYSTEM_ACTOR);
    const { token } = await services.auth.login(email, TEST_PASSWORD, '127.0.0.1');
    return { sessionToken: token, userId: user.id };
  };
  const admin = await signIn('ADMIN');

  return {
    url,
    wsUrl,
    admin,
    config,
    db,
    databaseUrl: database.url,
    services,
    app,
    gql: (query, variables, as = admin) => gqlRequest(url, query, variables, as),
    wsClient(as = admin, options = {}) {
      const client = wsClient({ url: wsUrl, ...credentialOptions(as), ...options });
      clients.push(client);
      return client;
    },
    signIn,
    async apiKey(scopes, department = null, expiresAt = null) {
      const { key, token } = await services.auth.createApiKey({ name: `test key ${++users}`, scopes, department, expiresAt }, SYSTEM_ACTOR);
      return { apiKey: token, keyId: key.id };
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await workers.stop();
      await db.destroy();
      await database.drop();
    },
  };
}

/** graphql-ws options that authenticate as `as`: a key in connection_init, a session as the upgrade request's cookie (as browsers send it). */
export function credentialOptions(as: Credentials): Partial<ClientOptions> {
  const options: Partial<ClientOptions> = {};
  if (as.apiKey) options.connectionParams = { authorization: `Bearer ${as.apiKey}` };
  if (as.shareToken) options.connectionParams = { shareToken: as.shareToken };
  if (as.sessionToken) {
    const headers = credentialHeaders({ sessionToken: as.sessionToken });
    options.webSocketImpl = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    };
  }
  return options;
}

/** A real graphql-ws client (no retries unless asked); errors reach the subscriptions, not the console. */
export function wsClient(options: Partial<ClientOptions> & Pick<ClientOptions, 'url'>): WsClient {
  return createClient({ webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, ...options });
}

/** A long-lived subscription whose results are read one at a time. */
export function subscription<T = any>(client: WsClient, query: string, variables: Record<string, unknown>) {
  const received: T[] = [];
  const waiters: Array<() => void> = [];
  let failure: unknown = null;
  const dispose = client.subscribe<T>({ query, variables }, {
    next: (value) => {
      if (value.errors) failure = new Error(JSON.stringify(value.errors));
      else received.push(value.data as T);
      waiters.splice(0).forEach((wake) => wake());
    },
    error: (error) => {
      failure = error instanceof Error ? error : new Error(JSON.stringify(error));
      waiters.splice(0).forEach((wake) => wake());
    },
    complete: () => undefined,
  });
  return {
    /** The next result that satisfies `match`, skipping others (pushes for other writes). */
    async next(match: (value: T) => boolean = () => true, timeoutMs = 20_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (failure) throw failure;
        const index = received.findIndex(match);
        if (index >= 0) return received.splice(0, index + 1)[index];
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching subscription result within ${timeoutMs} ms (got ${JSON.stringify(received)})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => { clearTimeout(timer); resolve(); });
        });
      }
    },
    dispose,
  };
}

/** Collects the next `count` results of a subscription; rejects on an error or after `timeoutMs`. */
export async function nextResults<T = any>(client: WsClient, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 20_000): Promise<T[]> {
  const results = subscription<T>(client, query, variables);
  const deadline = Date.now() + timeoutMs;
  try {
    const received: T[] = [];
    while (received.length < count) received.push(await results.next(() => true, deadline - Date.now()));
    return received;
  } finally {
    results.dispose();
  }
}

/** Polls until the condition holds (e.g. the server has registered a subscriber). */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `promise`, or `fallback` if it has not settled within `ms`: a hang guard (a request that would never be answered fails the test), never a measured duration. */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}
