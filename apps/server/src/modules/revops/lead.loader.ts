import DataLoader from 'dataloader';
import type { AppContext } from '../../context';
import type { LeadEvent } from './lead.type';
import type { SlaClock } from './sla.type';

export interface LeadLoaders {
  journey: DataLoader<string, LeadEvent[]>;
  slaClocks: DataLoader<string, SlaClock[]>;
}

const loaders = new WeakMap<AppContext, LeadLoaders>();

/**
 * Per-request batching of a lead list's nested lists (issue 14: twenty aliased `leads(first: 200)` with
 * `journey` and `slaClocks` ran one query per lead per field): each field is one statement per list level.
 * Not cached, so a subscription context reused across events still reads the lead's latest events.
 */
export function leadLoaders(ctx: AppContext): LeadLoaders {
  let found = loaders.get(ctx);
  if (!found) {
    const { leads, sla } = ctx.services;
    found = {
      journey: new DataLoader((ids: readonly string[]) => leads.journeys(ids), { cache: false }),
      slaClocks: new DataLoader((ids: readonly string[]) => sla.clocksOfLeads(ids), { cache: false }),
    };
    loaders.set(ctx, found);
  }
  return found;
}
