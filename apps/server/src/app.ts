import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createContext, type AppContext } from './context';
import { createSchema } from './schema';
import type { Services } from './services';

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  apollo: ApolloServer<AppContext>;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Client errors pass through; anything unexpected becomes INTERNAL_SERVER_ERROR without internals outside development. */
function formatError(development: boolean, log: (message: string, error?: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      if (development) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log('unexpected error', original);
    return development
      ? formatted
      : { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export async function createApp(services: Services, log: (message: string, error?: unknown) => void): Promise<App> {
  const { config } = services;
  const development = config.env === 'development';
  const schema = await createSchema(services.bus);
  const app = express();
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer({ schema, context: () => createContext(services) }, wsServer);

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: formatError(development, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use('/graphql', express.json({ limit: '8mb' }), expressMiddleware(apollo, { context: async () => createContext(services) }));

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
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
