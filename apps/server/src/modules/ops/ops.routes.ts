import { Router, type RequestHandler } from 'express';
import { requestIdFrom } from '../../common/logger';
import { canAdminister } from '@opshub/metrics';
import type { Services } from '../../services';
import { bearerTokenFrom, sessionTokenFrom } from '../auth/auth.service';

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** A bounded label set: the API, the probes, and everything else (the web app's files). */
function routeOf(path: string): string {
  return path === '/graphql' || PROBES.has(path) ? path : 'web';
}

/**
 * Gives each request an id (the caller's `x-request-id`, else a new one), echoes it back, and puts a
 * logger carrying it on `res.locals.logger` for the GraphQL context; logs and times the response.
 */
export function requestLogging(services: Services): RequestHandler {
  return (req, res, next) => {
    // Read now: once mounted routers have run, req.path is relative to their mount point.
    const { path } = req;
    const route = routeOf(path);
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const log = services.logger.child({ requestId });
    res.locals.logger = log;
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      services.telemetry.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      // Probes come every few seconds from every load balancer: keep them out of the info log.
      log[PROBES.has(route) ? 'debug' : 'info']({ method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  };
}

/** Liveness, readiness (database answering within PROBE_TIMEOUT_MS, bus connected, not draining) and the Prometheus scrape. */
export function opsRoutes(services: Services, isDraining: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const database = await services.databaseProbe.check();
    const bus = services.bus.connected;
    const draining = isDraining();
    const ready = database && bus && !draining;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database, bus, busKind: services.bus.kind, draining });
  });
  // Request rates, pool sizes and error counts are not for anonymous eyes: scrape with an API key (Prometheus' `authorization`) or as an ADMIN.
  router.get('/metrics', async (req, res) => {
    const principal = await services.auth.authenticate({ apiKey: bearerTokenFrom(req.headers.authorization), sessionToken: sessionTokenFrom(req.headers.cookie) })
      .catch(() => null);
    if (!principal || !(principal.kind === 'API_KEY' || canAdminister(principal.grant))) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'Send an API key as "Authorization: Bearer <key>", or sign in as an ADMIN' });
      return;
    }
    res.type(services.telemetry.registry.contentType).send(await services.telemetry.registry.metrics());
  });
  return router;
}
