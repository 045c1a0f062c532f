import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type { Logger } from './common/logger';
import type { Principal } from './modules/auth/principal';
import type { Catalog } from './modules/metric/catalog';
import type { Services } from './services';

/** What the HTTP transport lets a resolver do to its response (absent over WebSocket). */
export interface HttpResponse {
  setCookie(cookie: string): void;
  /** The caller's address, for sign-in rate limits. */
  address: string;
}

export interface AppContext {
  services: Services;
  /** Who is asking; null before sign-in (only public operations get through then: see auth-gate.plugin.ts). */
  principal: Principal | null;
  /** Why credentials that were sent did not hold (an expired session): the error anonymous requests get. */
  authError: GraphQLError | null;
  http: HttpResponse | null;
  /** Carries the request id, so resolver logs can be matched to the request's. */
  logger: Logger;
  /** The catalog, loaded at most once per request or subscription event. */
  catalog(): Promise<Catalog>;
  /** A metric's dimension names; the calls of one request are answered by one query. */
  dimensionNames(key: string): Promise<string[]>;
  /** When a metric last received data; the calls of one request are answered by one query. */
  lastDataAt(key: string): Promise<Date | null>;
  /** When the metric's data became overdue; null while fresh (see Catalog.freshness). */
  staleSince(key: string): Promise<Date | null>;
}

/**
 * Requests that need the catalog while a load is in flight share the next load, which starts after they all
 * asked: a burst of requests (5,000 dashboards subscribing at once) costs a few loads instead of one each, and
 * no request gets a catalog read before it arrived.
 */
function coalesced<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = () => {
    const current = load();
    running = current;
    const settle = () => {
      if (running === current) running = null;
    };
    current.then(settle, settle);
    return current;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(() => undefined, () => undefined).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}

const catalogLoaders = new WeakMap<Services, () => Promise<Catalog>>();

function sharedCatalog(services: Services): () => Promise<Catalog> {
  let loader = catalogLoaders.get(services);
  // Loaded from the primary: a new fingerprint tells the replica router that definitions changed.
  if (!loader) catalogLoaders.set(services, (loader = coalesced(async () => {
    const catalog = await services.metrics.loadCatalog();
    services.reads.noteCatalog(catalog.fingerprint());
    return catalog;
  })));
  return loader;
}

export function createContext(
  services: Services,
  logger: Logger,
  auth: { principal: Principal | null; authError?: GraphQLError | null; http?: HttpResponse | null },
): AppContext {
  let catalog: Promise<Catalog> | null = null;
  const shared = sharedCatalog(services);
  const loadCatalog = () => (catalog ??= shared());
  // Not cached: a subscription's context lives across events, and each event must read fresh names. Made on first
  // use: most operations (every idle live subscription among them) never ask, and each loader costs memory while it lives.
  let dimensionNames: DataLoader<string, string[]> | null = null;
  let lastDataAt: DataLoader<string, Date | null> | null = null;
  const namesOf = (key: string) => (dimensionNames ??= new DataLoader(async (keys) => services.metrics.dimensionNames(await loadCatalog(), keys), { cache: false })).load(key);
  const lastDataAtOf = (key: string) => (lastDataAt ??= new DataLoader(async (keys) => services.metrics.lastDataAt(await loadCatalog(), keys), { cache: false })).load(key);
  return {
    services,
    logger,
    principal: auth.principal,
    authError: auth.authError ?? null,
    http: auth.http ?? null,
    catalog: loadCatalog,
    dimensionNames: namesOf,
    lastDataAt: lastDataAtOf,
    staleSince: async (key) => (await loadCatalog()).freshness(key, await lastDataAtOf(key), new Date()).staleSince,
  };
}
