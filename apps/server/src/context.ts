import type { Catalog } from './modules/metric/catalog';
import type { Services } from './services';

export interface AppContext {
  services: Services;
  /** The catalog, loaded at most once per request or subscription event. */
  catalog(): Promise<Catalog>;
}

export function createContext(services: Services): AppContext {
  let catalog: Promise<Catalog> | null = null;
  return {
    services,
    catalog: () => (catalog ??= services.metrics.loadCatalog()),
  };
}
