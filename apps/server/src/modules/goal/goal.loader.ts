import DataLoader from 'dataloader';
import type { AppContext } from '../../context';
import type { GoalEntity } from './goal.entity';

export interface GoalLoaders {
  ofMetric(metricKey: string): Promise<GoalEntity[]>;
  byId(id: string): Promise<GoalEntity | null>;
  childrenOf(id: string): Promise<GoalEntity[]>;
}

const loaders = new WeakMap<AppContext, GoalLoaders>();

function loadWith<V>(batch: (keys: readonly string[]) => Promise<V[]>): (key: string) => Promise<V> {
  const loader = new DataLoader(batch, { cache: false });
  return (key) => loader.load(key);
}

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
      ofMetric: loadWith((keys) => goals.goalsOfMetrics(keys)),
      byId: loadWith((ids) => goals.goalsById(ids)),
      childrenOf: loadWith((ids) => goals.childrenOf(ids)),
    };
    loaders.set(ctx, found);
  }
  return found;
}
