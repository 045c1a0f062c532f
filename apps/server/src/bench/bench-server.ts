/**
 * The server under test, in a process of its own (`fork`ed by run.ts): the real app as main.ts builds it,
 * plus, on a second port, plain graphql-js `graphql()` over node:http with the same schema and services.
 * It answers run.ts's requests over IPC: statement count, memory, subscribers, raw WebSocket broadcasts.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { graphql } from 'graphql';
import { Client } from 'pg';
import { WebSocketServer } from 'ws';
import { createApp } from '../app';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { keyGrant } from '@opshub/metrics';
import type { Principal } from '../modules/auth/principal';
import { createContext } from '../context';
import { createDataSource } from '../database/data-source';
import { prepareRollups } from '../modules/rollup/rollup.rebuild';
import { createServices } from '../services';
import { httpWorker, serverWorkers } from '../workers';

export type BenchRequest =
  | { id: number; command: 'stats' }
  | { id: number; command: 'broadcast'; frame: string }
  | { id: number; command: 'watchRss' }
  | { id: number; command: 'peakRss' }
  | { id: number; command: 'stop' };

export interface ServerStats {
  /** SQL statements this process has sent so far. */
  statements: number;
  subscribers: number;
  webSockets: number;
  /** After a full garbage collection. */
  memory: NodeJS.MemoryUsage;
}

// Every statement goes through pg's Client#query (TypeORM's pool, the bus's LISTEN connection alike).
let statements = 0;
const clientQuery = Client.prototype.query as (...args: unknown[]) => unknown;
(Client.prototype as unknown as { query: typeof clientQuery }).query = function (this: Client, ...args: unknown[]) {
  statements++;
  return clientQuery.apply(this, args);
};

// The raw-broadcast baseline sends on the very sockets graphql-ws serves, so it needs the app's WebSocketServer.
const wsServers = new Set<WebSocketServer>();
const handleUpgrade = WebSocketServer.prototype.handleUpgrade;
WebSocketServer.prototype.handleUpgrade = function (this: WebSocketServer, ...args: Parameters<typeof handleUpgrade>) {
  wsServers.add(this);
  return handleUpgrade.apply(this, args);
};

/** The plain graphql-js baseline has no HTTP layer to authenticate: it runs as a full-access key would. */
const BENCH_PRINCIPAL: Principal = {
  kind: 'API_KEY', id: 'bench', name: 'key:bench', grant: keyGrant(['READ', 'INGEST'], null), credentialId: 'bench', expiresAt: null,
};

async function main(): Promise<void> {
  const config = loadConfig({
    // The rate limiter and the per-principal concurrency cap stay in the measured path, with limits no benchmark
    // reaches: the throughput bench drives 50 connections with one key, which the default cap (8) would refuse.
    ...process.env, HOST: '127.0.0.1', PORT: '0', SIMULATOR: 'off', SEED_DEMO: 'off', WEB_DIST_DIR: '', RATE_LIMIT_PER_MINUTE: '10000000',
    MAX_CONCURRENT_OPERATIONS: '10000',
  });
  const logger = createLogger(config.logLevel);
  const db = createDataSource(config.databaseUrl!, { poolSize: config.databasePoolSize, statementTimeoutMs: config.databaseStatementTimeoutMs });
  await db.initialize();
  const services = createServices(config, db, logger);
  // As main.ts does at start-up (run.ts migrated the database).
  await prepareRollups(db, (await services.organization.load()).timeZone);
  const app = await createApp(services);
  const http = httpWorker(app, 0, '127.0.0.1');
  const workers = serverWorkers(services, http);
  await workers.start();
  const port = http.port;

  const plain = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString());
      const result = await graphql({ schema: app.schema, source: query, variableValues: variables, operationName, contextValue: createContext(services, logger, { principal: BENCH_PRINCIPAL }) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  const plainPort = await new Promise<number>((resolve) => plain.listen(0, '127.0.0.1', () => resolve((plain.address() as { port: number }).port)));

  const sockets = () => [...wsServers].flatMap((server) => [...server.clients]);
  // Resident memory sampled while a long operation runs (no forced GC: what the process really holds).
  let rss: { start: number; peak: number; timer: NodeJS.Timeout } | null = null;
  const answer = async (request: BenchRequest): Promise<unknown> => {
    switch (request.command) {
      case 'stats':
        global.gc!();
        return { statements, subscribers: services.live.subscriberCount(), webSockets: sockets().length, memory: process.memoryUsage() } satisfies ServerStats;
      case 'broadcast': {
        // The best a raw broadcast can do: encode once, send the same Buffer on every socket.
        const frame = Buffer.from(request.frame);
        const startedAt = Date.now();
        for (const socket of sockets()) socket.send(frame, { binary: false });
        return startedAt;
      }
      case 'watchRss': {
        if (rss) clearInterval(rss.timer);
        const start = process.memoryUsage().rss;
        rss = { start, peak: start, timer: setInterval(() => (rss!.peak = Math.max(rss!.peak, process.memoryUsage().rss)), 50).unref() };
        return start;
      }
      case 'peakRss':
        return { start: rss!.start, peak: Math.max(rss!.peak, process.memoryUsage().rss) };
      case 'stop':
        plain.close();
        await workers.stop();
        await db.destroy();
        setImmediate(() => process.exit(0));
        return null;
    }
  };
  process.on('message', (request: BenchRequest) => {
    answer(request).then(
      (result) => process.send!({ id: request.id, result }),
      (error: Error) => process.send!({ id: request.id, error: error.stack ?? String(error) }),
    );
  });
  const { token: apiKey } = await services.auth.createApiKey({ name: `bench ${new Date().toISOString()}`, scopes: ['READ', 'INGEST'], department: null, expiresAt: null }, SYSTEM_ACTOR);
  process.send!({ ready: { port, plainPort, apiKey } });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
