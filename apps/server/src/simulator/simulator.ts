import { LeaderLock, LOCKS } from '../database/advisory-lock';
import { logBackgroundFailure } from '../common/periodic-task';
import { generateLiveTick } from '../seed/demo-history';
import { advanceLeadFlow } from './lead-flow';
import { advanceWorkflowFlow } from './workflow-flow';
import type { Services } from '../services';

/**
 * Writes a few fresh demo points every interval, through the public ingest path, so dashboards move.
 * Every instance runs this loop but only the leader writes: one simulator per cluster, and another instance
 * takes over within an interval when the leader dies.
 */
export function startSimulator(services: Services, intervalMs: number): () => Promise<void> {
  const { logger, telemetry } = services;
  const leader = new LeaderLock(services.db, LOCKS.simulator);
  let tick = 0;
  let pending: Promise<void> | null = null;

  const step = async () => {
    try {
      const wasLeader = leader.isLeader;
      const leading = await leader.acquire();
      telemetry.simulatorLeader.set(leading ? 1 : 0);
      if (!leading) return;
      if (!wasLeader) logger.info('simulator: this instance now leads');
      const catalog = await services.metrics.loadCatalog();
      await services.observations.record(catalog, generateLiveTick({ now: new Date(), tick: tick++ }), { via: 'simulator' });
      await advanceLeadFlow(services, new Date(), tick);
      await advanceWorkflowFlow(services, new Date(), tick, intervalMs);
    } catch (error) {
      telemetry.simulatorLeader.set(leader.isLeader ? 1 : 0);
      logBackgroundFailure(logger, 'simulator tick', error);
    }
  };

  const timer = setInterval(() => {
    pending ??= step().finally(() => (pending = null));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await pending;
    await leader.release();
    telemetry.simulatorLeader.set(0);
  };
}
