import { generateLiveTick } from '../seed/demo-history';
import type { Services } from '../services';

/** Writes a few fresh demo points every interval, through the public ingest path, so dashboards move. */
export function startSimulator(services: Services, intervalMs: number, log: (message: string, error?: unknown) => void): () => Promise<void> {
  let tick = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    pending = (async () => {
      try {
        const catalog = await services.metrics.loadCatalog();
        await services.observations.record(catalog, generateLiveTick({ now: new Date(), tick: tick++ }));
      } catch (error) {
        log('simulator tick failed', error);
      }
    })();
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await pending;
  };
}
