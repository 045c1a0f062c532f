import { batched, type AppContext } from '../../context';
import type { GoalEntity } from './goal.entity';

export interface GoalLoaders {
  ofMetric(metricKey: string): Promise<GoalEntity[]>;
  byId(id: string): Promise<GoalEntity | null>;
  childrenOf(id: string): Promise<GoalEntity[]>;
}

const loaders = new WeakMap<AppContext, GoalLoaders>();

/**
 * Per-request batching of goal reads: the pacing of every KPI on a dashboard, or the parents and children of a
 * list of goals, are one query each rather than one per item. Batches are not cached, so a subscription context
 * reused across events still reads fresh goals.
 */
export function goalLoaders(ctx: AppContext): GoalLoaders {
  let found = loaders.get(ctx);
  if (!found) {
    const { goals } = ctx.services;
    found = {
      ofMetric: batched((keys: string[]) => goals.goalsOfMetrics(keys)),
      byId: batched((ids: string[]) => goals.goalsById(ids)),
      childrenOf: batched((ids: string[]) => goals.childrenOf(ids)),
    };
    loaders.set(ctx, found);
  }
  return found;
}
