import path from 'node:path';
import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Services } from '../../services';
import { bearerTokenFrom, sessionTokenFrom } from '../auth/auth.service';

export const EXPLORER_PATH = '/explorer';
export const SCHEMA_PATH = '/graphql/schema.graphql';

/**
 * The integrators' explorer (GraphiQL, built into the web app as its own page, no CDN) and the committed
 * contract it documents the API from, so its docs work with introspection off. Mounted before the GraphQL
 * endpoint: `/graphql/schema.graphql` would otherwise reach Apollo as a GET operation.
 */
export function explorerRoutes(services: Services, schemaFile: string): Router {
  const router = Router();
  // A browser opening the API gets the explorer; GET operations (`?query=`) and non-browser clients get GraphQL.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') res.redirect(303, EXPLORER_PATH);
    else next();
  });
  // The contract, for any signed-in user or API key: like the API it describes, nothing for anonymous callers.
  router.get(SCHEMA_PATH, async (req, res, next) => {
    try {
      const principal = await services.auth.authenticate({ apiKey: bearerTokenFrom(req.headers.authorization), sessionToken: sessionTokenFrom(req.headers.cookie) });
      if (!principal) {
        res.status(401).type('text/plain').send('Sign in, or send an API key as "Authorization: Bearer <key>"');
        return;
      }
      res.type('text/plain; charset=utf-8').set('cache-control', 'private, no-cache').sendFile(schemaFile);
    } catch (error) {
      if (error instanceof GraphQLError) res.status(401).type('text/plain').send(error.message);
      else next(error);
    }
  });
  const webDist = services.config.webDistDir;
  if (webDist) {
    router.get(EXPLORER_PATH, (_req, res) => {
      res.sendFile(path.join(webDist, 'explorer.html'));
    });
  }
  return router;
}
