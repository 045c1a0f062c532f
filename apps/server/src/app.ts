import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { unwrapResolverError } from '@apollo/server/errors';
import { execute, getOperationAST, GraphQLError, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { requestIdFrom, type Logger } from './common/logger';
import { createContext, type AppContext } from './context';
import { authGatePlugin, readScopeError } from './modules/auth/auth-gate.plugin';
import { importRoutes } from './modules/import/import.routes';
import { SHARE_TOKEN_HEADER, bearerTokenFrom, sessionTokenFrom, tooManyRequests } from './modules/auth/auth.service';
import type { Principal } from './modules/auth/principal';
import { SocketGuard } from './modules/auth/socket-guard';
import { DATABASE_FAILURE_ANSWERS, databaseFailureOf, type DatabaseFailure } from './database/database-errors';
import { poolOf } from './database/sql';
import { subscriptionCache } from './modules/live/subscription-cache';
import { explorerRoutes } from './modules/explorer/explorer.routes';
import { graphqlOpsPlugin } from './modules/ops/graphql-ops.plugin';
import { opsRoutes, requestLogging } from './modules/ops/ops.routes';
import { registerStateGauges } from './modules/ops/telemetry';
import { rollupLagSeconds } from './modules/rollup/rollup.fold';
import { bodyErrors } from './modules/security/body-errors';
import { clientError } from './modules/security/client-errors';
import { badVariable } from './modules/security/finite-numbers';
import { securityHeaders } from './modules/security/security-headers';
import { securityPlugin } from './modules/security/security.plugin';
import { OperationSlots } from './modules/security/operation-slots';
import { operationSlotsPlugin } from './modules/security/operation-slots.plugin';
import { variableCostError } from './modules/security/query-limits.rule';
import { badTextVariable } from './modules/security/storable-text';
import { socketValidationRules, validationRules } from './modules/security/validation-rules';
import { createSchema } from './schema';
import { SCHEMA_FILE } from './schema-file';
import type { Services } from './services';
import type { Config } from './config';

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  apollo: ApolloServer<AppContext>;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Graceful stop: readiness turns false, no new connections, WebSockets closed with 1012 (service
   * restart) so clients reconnect to another instance, in-flight requests finished.
   */
  stop(): Promise<void>;
}

/** A WebSocket that does not answer our close frame within this is cut. */
const WS_CLOSE_GRACE_MS = 1000;

/**
 * Client errors pass through (in production without field suggestions); a retryable database failure
 * (unreachable, conflict, timeout: see databaseFailureOf) becomes SERVICE_UNAVAILABLE (HTTP 503, set by the ops plugin); anything else unexpected becomes INTERNAL_SERVER_ERROR
 * without internals outside development. The same on HTTP and on WebSockets.
 */
function formatError(env: Config['env']) {
  const development = env === 'development';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      const client = clientError(formatted, original, env === 'production');
      if (development) return client;
      const { stacktrace: _stack, ...extensions } = client.extensions ?? {};
      return { ...client, extensions };
    }
    const failure = databaseFailureOf(original);
    if (failure) {
      const { message, retryAfterSeconds } = DATABASE_FAILURE_ANSWERS[failure];
      return { message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds } };
    }
    return development
      ? formatted
      : { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Checking credentials needs the database too: while it fails, requests fail as retryable 503s like any read. */
function databaseFailure(failure: DatabaseFailure): GraphQLError {
  const { message, retryAfterSeconds } = DATABASE_FAILURE_ANSWERS[failure];
  return new GraphQLError(message, {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

const isErrors = (value: ExecutionArgs | readonly GraphQLError[]): value is readonly GraphQLError[] => Array.isArray(value);

function closeWebSockets(wsServer: WebSocketServer): Promise<void> {
  return Promise.all([...wsServer.clients].map((socket: WebSocket) => new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.close(1012, 'Service restart');
    setTimeout(() => socket.terminate(), WS_CLOSE_GRACE_MS).unref();
  }))).then(() => undefined);
}

export async function createApp(services: Services): Promise<App> {
  const { config, logger, telemetry } = services;
  const development = config.env === 'development';
  const format = formatError(config.env);
  // As on HTTP, where Apollo also drops the `http` extension (the status) from the answer.
  const socketError = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = format(error.toJSON(), error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
  const schema = await createSchema(services.bus, { readReplicas: services.reads.configured });
  const app = express();
  // Behind a proxy every request comes from the proxy's address: req.ip (and the per-address limits) must read the client's.
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  let draining = false;

  // One id per WebSocket connection (the upgrade request's x-request-id, else new), shared by its operations.
  const wsLoggers = new WeakMap<IncomingMessage, Logger>();
  const wsLogger = (request: IncomingMessage): Logger => {
    let log = wsLoggers.get(request);
    if (!log) wsLoggers.set(request, (log = logger.child({ requestId: requestIdFrom(request.headers['x-request-id']) })));
    return log;
  };
  /** Takes one request from the principal's budget; the error to answer when it is spent. */
  const overLimit = async (principal: Principal): Promise<GraphQLError | null> => {
    const retryAfterMs = await services.requestLimiter.take(principal.id);
    return retryAfterMs > 0 ? tooManyRequests(`Rate limit of ${config.auth.rateLimitPerMinute} requests a minute reached`, retryAfterMs) : null;
  };
  // Shared by HTTP and WebSockets: one principal's operations on either count against one cap.
  const slots = new OperationSlots(config.limits.maxConcurrentOperations);
  const guard = new SocketGuard(services, logger);
  // Refused before the upgrade (HTTP 403): a page on another site must not open a socket riding on our cookie.
  // A message over maxPayload closes the socket with 1009 (message too big).
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    verifyClient: ({ req }: { req: IncomingMessage }, done: (allowed: boolean, code?: number, message?: string) => void) => {
      done(guard.originAllowed(req), 403, 'Origin not allowed');
    },
  });
  const principals = new WeakMap<IncomingMessage, Principal>();
  const cache = subscriptionCache(schema, { maxTokens: config.limits.maxTokens, rules: socketValidationRules(config) });
  const wsCleanup = useServer({
    schema,
    // false closes the socket with 4403 Forbidden, before any operation.
    async onConnect({ extra, connectionParams }) {
      const principal = await guard.authenticate(extra.request, connectionParams);
      if (principal instanceof GraphQLError) {
        wsLogger(extra.request).info({ reason: principal.message }, 'WebSocket refused');
        return false;
      }
      principals.set(extra.request, principal);
      guard.attach(extra.socket, principal);
      return true;
    },
    context: ({ extra }) => createContext(services, wsLogger(extra.request), { principal: principals.get(extra.request) ?? null }),
    // Every operation on the socket is checked, not only the connection; a refusal is this operation's error and the socket stays open.
    // The rate limit first, as on HTTP: operations refused by validation count too.
    async onSubscribe(ctx, id, payload) {
      const principal = principals.get(ctx.extra.request)!;
      const limited = await overLimit(principal);
      if (limited) return [limited];
      const prepared = await cache.onSubscribe!(ctx, id, payload);
      if (!prepared || isErrors(prepared)) return prepared;
      const operation = getOperationAST(prepared.document, prepared.operationName);
      const refused = operation ? readScopeError(principal, operation) : null;
      if (refused) return [refused];
      const badInput = badVariable(payload.variables)
        ?? (operation && (badTextVariable(schema, operation, payload.variables) ?? variableCostError(schema, prepared.document, operation, payload.variables ?? undefined, config.limits)));
      if (badInput) return [badInput];
      return prepared;
    },
    onError: (_ctx, _id, _payload, errors) => errors.map(socketError),
    // Only results with errors are touched: subscription events go out from the cache without passing here.
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(socketError) } : undefined),
    subscribe: cache.subscribe,
    // Queries and mutations hold a slot while they run, as on HTTP; subscriptions (cache.subscribe) do not.
    execute: async (args) => {
      const principalId = (args.contextValue as AppContext).principal!.id;
      const refused = slots.take(principalId);
      if (refused) return { errors: [refused] };
      try {
        return await execute(args);
      } finally {
        slots.release(principalId);
      }
    },
  }, wsServer);
  guard.start();

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: config.introspection,
    // The same checks as subscription-cache's on WebSockets; Apollo caches validated documents per text.
    validationRules: validationRules(config),
    parseOptions: { maxTokens: config.limits.maxTokens },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: development,
    formatError: format,
    // Shutdown is ours (main.ts): Apollo's own SIGTERM handler would drain before the WebSockets are closed cleanly.
    stopOnTerminationSignals: false,
    // Half the shutdown budget for in-flight requests; the rest is for flushing events and closing the database.
    // No landing page: Apollo's loads its explorer from a CDN; browsers get our own explorer (explorer.routes).
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs / 2 }), ApolloServerPluginLandingPageDisabled(), authGatePlugin(), securityPlugin(config.limits), operationSlotsPlugin(slots), graphqlOpsPlugin(telemetry),
    ],
  });
  await apollo.start();

  const pool = poolOf(services.db);
  registerStateGauges(telemetry, {
    subscriptions: () => services.live.subscriberCount(),
    webSockets: () => wsServer.clients.size,
    busConnected: () => services.bus.connected,
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 }),
    rollupLagSeconds: () => rollupLagSeconds(services.db),
    dashboardCache: () => services.dashboardCache.size,
    readReplicas: () => services.reads.state(),
  });

  app.use(securityHeaders(config));
  app.use(requestLogging(services));
  app.use(opsRoutes(services, () => draining));
  app.use(explorerRoutes(services, SCHEMA_FILE));
  app.use(importRoutes(services));
  app.use('/graphql', express.json({ limit: config.limits.maxBodyBytes }), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const http = { address: req.ip ?? req.socket.remoteAddress ?? 'unknown', setCookie: (cookie: string) => res.append('set-cookie', cookie) };
      const logger = res.locals.logger as Logger;
      let principal: Principal | null;
      try {
        const shareToken = req.headers[SHARE_TOKEN_HEADER];
        principal = await services.auth.authenticate({
          apiKey: bearerTokenFrom(req.headers.authorization), sessionToken: sessionTokenFrom(req.headers.cookie), shareToken: typeof shareToken === 'string' ? shareToken : null,
        });
      } catch (error) {
        // Stale credentials still let the public operations through (signing in again over an expired cookie).
        if (error instanceof GraphQLError) return createContext(services, logger, { principal: null, authError: error, http });
        const failure = databaseFailureOf(error);
        throw failure ? databaseFailure(failure) : error;
      }
      const limited = principal && await overLimit(principal);
      if (limited) throw limited;
      return createContext(services, logger, { principal, http });
    },
  }), bodyErrors(config.limits.maxBodyBytes));

  const webDist = config.webDistDir;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/metrics/…, /dashboards/…) all load the SPA shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => { res.sendFile(path.join(webDist, 'index.html')); });
  }

  return {
    httpServer,
    schema,
    apollo,
    listen: (port, host) => new Promise((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        const address = httpServer.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    }),
    async stop() {
      draining = true;
      // Stop accepting first, so a client told to reconnect cannot land here again.
      if (httpServer.listening) httpServer.close();
      await guard.stop();
      await closeWebSockets(wsServer);
      await wsCleanup.dispose();
      // Waits for in-flight requests (bounded by the grace period), then closes idle keep-alive connections.
      await apollo.stop();
      // No more probes can arrive: close the readiness probe's own connection.
      await services.databaseProbe.stop();
    },
  };
}
