/** A sales rep as routing sees it: coverage, specialisation and the open leads they already carry. */
export interface RoutableRep {
  key: string;
  territories: readonly string[];
  specialisations: readonly string[];
  capacity: number;
  openLeads: number;
}

export interface Routing {
  repKey: string | null;
  reason: string;
  details: { territory: string; specialised: boolean; openLeads?: number; capacity?: number; candidates: number };
}

/**
 * Routes a lead by territory (the rep covers its region), then specialisation (the rep covers its segment,
 * when any rep with spare capacity does), then workload: the fewest open leads below capacity, most spare
 * capacity next, key last so the choice is deterministic. No eligible rep sends the lead to the unassigned queue.
 */
export function routeLead(lead: { region: string; segment: string }, reps: readonly RoutableRep[]): Routing {
  const covering = reps.filter((rep) => rep.territories.includes(lead.region));
  if (covering.length === 0) {
    return { repKey: null, reason: `No sales rep covers region ${lead.region}`, details: { territory: lead.region, specialised: false, candidates: 0 } };
  }
  const free = covering.filter((rep) => rep.openLeads < rep.capacity);
  if (free.length === 0) {
    return {
      repKey: null,
      reason: `All ${covering.length} sales reps covering ${lead.region} are at capacity`,
      details: { territory: lead.region, specialised: false, candidates: covering.length },
    };
  }
  const specialists = free.filter((rep) => rep.specialisations.includes(lead.segment));
  const pool = specialists.length > 0 ? specialists : free;
  const [chosen] = [...pool].sort((a, b) => a.openLeads - b.openLeads || (b.capacity - b.openLeads) - (a.capacity - a.openLeads) || a.key.localeCompare(b.key));
  const specialised = specialists.length > 0;
  return {
    repKey: chosen.key,
    reason: `Territory ${lead.region}${specialised ? `, specialised in ${lead.segment}` : ''}, ${chosen.openLeads} of ${chosen.capacity} open leads`,
    details: { territory: lead.region, specialised, openLeads: chosen.openLeads, capacity: chosen.capacity, candidates: pool.length },
  };
}
