import DataLoader from 'dataloader';
import type { AppContext } from '../../context';
import type { WorkflowEvent, WorkflowSlaClock } from './workflow.type';

export interface WorkflowLoaders {
  journey: DataLoader<string, WorkflowEvent[]>;
  slaClocks: DataLoader<string, WorkflowSlaClock[]>;
}

const loaders = new WeakMap<AppContext, WorkflowLoaders>();

/** Per-request batching of a record list's nested lists, as for leads: one statement per field per list level. */
export function workflowLoaders(ctx: AppContext): WorkflowLoaders {
  let found = loaders.get(ctx);
  if (!found) {
    const { workflows, workflowSla } = ctx.services;
    found = {
      journey: new DataLoader((ids: readonly string[]) => workflows.journeys(ids), { cache: false }),
      slaClocks: new DataLoader((ids: readonly string[]) => workflowSla.clocksOf(ids), { cache: false }),
    };
    loaders.set(ctx, found);
  }
  return found;
}
