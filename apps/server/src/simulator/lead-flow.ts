import { sql } from 'kysely';
import { runSql } from '../database/sql';
import { CHANNEL_QUALITY, DEMO_REP_SEEDS, LIVE_LEADS_PER_TICK, type DemoChannel } from '../seed/revops.seed';
import { clamp, DEFAULT_SEED, funnelRates, Random, type Segment } from '../seed/demo-history';
import { DEMO_RATE, drawLead, opportunityAmount, progressAt, wonLifetimeProfit } from '../seed/demo-leads';
import { OPEN_STATUSES, type LeadStatus } from '@opshub/metrics';
import type { Services } from '../services';

/** Leads the flow moves on per tick, at most. */
const MAX_STEPS_PER_TICK = 4;
/** Leads older than this are left to people: the flow only plays out the leads it recently brought in. */
const FLOW_WINDOW_MINUTES = 120;
const SECOND = 1000;

interface FlowLead {
  id: string;
  status: LeadStatus;
  owner_key: string | null;
  region: string;
  channel: string;
  segment: string;
  status_changed_at: Date;
  first_contact_at: Date | null;
  last_event_at: Date;
  last_contact_at: Date | null;
}

/** A stable hash of a string, so every instance draws the same decisions for a lead. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const pace = (repKey: string | null) => DEMO_REP_SEEDS.find((rep) => rep.key === repKey)?.pace ?? 1;
const quality = (channel: string) => CHANNEL_QUALITY[channel as DemoChannel] ?? CHANNEL_QUALITY.organic;

/**
 * The demo's live lead flow, one step per simulator tick: now and then a new lead, and the open leads of the
 * last two hours moving through the funnel on a compressed clock (seconds, not days) — reps at their own pace,
 * channels at their own quality, leads queued in understaffed LATAM picked up by a manager after one to seven
 * minutes, so some breach the 5-minute SLA live. Every step goes through the lead service, like a person's
 * would; each lead's decisions are drawn from its id, so whichever instance leads the simulator tells the same story.
 */
export async function advanceLeadFlow(services: Services, now: Date, tick: number): Promise<void> {
  const p = progressAt(now.getTime(), now);
  const rng = new Random((DEFAULT_SEED ^ 0x1eadf10) ^ Math.imul(tick + 1, 0x9e3779b1));
  if (rng.uniform() < LIVE_LEADS_PER_TICK) {
    const { qualifies: _qualifies, ...lead } = drawLead(rng, p);
    await services.leads.createLead({ ...lead, actor: 'web-form' });
  }
  const leads = await runSql(services.db, sql<FlowLead>`
    SELECT l.id, l.status, l.owner_key, l.region, l.channel, l.segment, l.status_changed_at, l.first_contact_at, l.last_event_at,
           (SELECT max(e.at) FROM lead_event e WHERE e.lead_id = l.id AND e.kind = 'CONTACTED') AS last_contact_at
      FROM lead l
     WHERE l.status = ANY(${OPEN_STATUSES}) AND l.created_at > ${now}::timestamptz - make_interval(mins => ${FLOW_WINDOW_MINUTES})
     ORDER BY l.last_event_at LIMIT 50`);
  let steps = 0;
  for (const lead of leads) {
    if (steps >= MAX_STEPS_PER_TICK) return;
    if (await step(services, lead, now, p)) steps++;
  }
}

/** The lead's next move if its time has come; false when it is still waiting. */
async function step(services: Services, lead: FlowLead, now: Date, p: number): Promise<boolean> {
  const rng = new Random(hash(`${lead.id}|${lead.status}|${lead.owner_key}|${lead.last_contact_at?.getTime()}`));
  const waited = now.getTime() - lead.last_event_at.getTime();
  const waitFor = (seconds: number) => waited >= seconds * SECOND;
  const f = funnelRates(p);
  const channel = quality(lead.channel);
  const { leads } = services;
  const actor = lead.owner_key ?? 'sales-manager';

  if (!lead.owner_key) {
    if (!waitFor(60 + 360 * rng.uniform())) return false;
    const reps = DEMO_REP_SEEDS.filter((rep) => rep.territories.includes(lead.region));
    if (reps.length === 0) return false;
    await leads.assignLead(lead.id, { repKey: reps[Math.floor(rng.uniform() * reps.length)].key, reason: 'Picked up from the unassigned queue', actor: 'sales-manager' });
    return true;
  }
  const contactedInStage = lead.last_contact_at !== null && lead.last_contact_at >= lead.status_changed_at;
  if (lead.first_contact_at === null || (lead.status === 'MQL' && !contactedInStage)) {
    if (!waitFor(pace(lead.owner_key) * (10 + 40 * rng.uniform()))) return false;
    const kind = lead.first_contact_at !== null && rng.uniform() < DEMO_RATE ? 'DEMO' : 'CALL';
    await leads.logLeadContact(lead.id, { kind, actor });
    return true;
  }
  const decide = async (seconds: number, chance: number, to: LeadStatus, extra: Record<string, unknown> = {}) => {
    if (!waitFor(seconds)) return false;
    const next = rng.uniform() < chance ? to : 'DISQUALIFIED';
    await leads.transitionLead(lead.id, { to: next, actor, reason: next === 'DISQUALIFIED' ? 'Not a fit' : null, ...(next === to ? extra : {}) });
    return true;
  };
  switch (lead.status) {
    case 'NEW':
      return decide(20 + 40 * rng.uniform(), clamp(f.mql * channel.qualify, 0, 0.97), 'MQL');
    case 'MQL':
      return decide(30 + 60 * rng.uniform(), clamp(f.sql * channel.qualify, 0, 0.95), 'SQL');
    case 'SQL':
      return decide(30 + 60 * rng.uniform(), f.opportunity, 'OPPORTUNITY', { opportunity: { amount: opportunityAmount(rng, p, lead.segment as Segment) } });
    default: {
      // An opportunity is won or lost; a win books its lifetime profit, as finance would.
      if (!waitFor(60 + 120 * rng.uniform())) return false;
      const won = rng.uniform() < clamp(f.win * channel.win * (pace(lead.owner_key) < 1 ? 1.1 : 0.95), 0, 0.9);
      const closed = await leads.transitionLead(lead.id, { to: won ? 'WON' : 'LOST', actor, reason: won ? 'Signed' : 'Chose a competitor' });
      if (won && closed.opportunity) {
        await services.observations.record(await services.metrics.loadCatalog(), [{
          metricKey: 'finance.lifetime_gross_profit', at: closed.statusChangedAt,
          value: wonLifetimeProfit(rng, p, closed.opportunity.amount, lead.channel as DemoChannel), dimensions: { channel: lead.channel, region: lead.region },
        }], { via: 'simulator' });
      }
      return true;
    }
  }
}
