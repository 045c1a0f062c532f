/**
 * Deterministic demo leads: the records behind the funnel metrics over the demo history, and the draws the live
 * lead flow shares. Leads follow the funnel model of demo-history.ts (FUNNEL rates improving over two years),
 * channels differ in quality and reps in pace, and LATAM is understaffed, so its leads queue and breach the
 * processing SLA. Each journey is replayed with the service's rules (lifecycle, facts, SLA clocks), so the
 * seeded records look exactly as if they had gone through the API.
 */
import { eventFacts, HOUR_MS, hoursBetween, isOpen, leadDimensions, routeLead, scoreLead, transitionProblem, type ContactKind, type LeadEventKind, type LeadStatus, type RoutableRep } from '@opshub/metrics';
import type { EventDraft } from '../modules/revops/lead-journal.service';
import type { LeadEntity, OpportunityEntity } from '../modules/revops/lead.entity';
import type { SlaClockState } from '../modules/revops/sla.entity';
import {
  ANNUAL_CONTRACT, at, CHANNEL_LTV, clamp, DAY_MS, DEFAULT_SEED, funnelRates, LEAD_MIX, lastNoon, LEVELS, money, Random, REGION_RESPONSE,
  REGION_SHARE, SEGMENT_CYCLE, segmentMix, TREND_SPAN_DAYS, weekly, type Channel, type DemoPoint, type Region, type Segment,
} from './demo-history';
import { CHANNEL_QUALITY, DEMO_CAMPAIGNS, DEMO_REP_SEEDS, MQL_THRESHOLD, SCORING_RULE_SEEDS, SLA_POLICY_SEEDS } from './revops.seed';

/** Leads start this long before the history, so its first weeks already have deals closing. */
const WARM_UP_DAYS = 240;
/** A queued lead waits this long on average before a manager assigns it by hand. */
const QUEUE_PICKUP_MINUTES = 12;
const LOST_REASONS = ['Chose a competitor', 'No budget this year', 'No decision', 'Price'];
const DISQUALIFY_REASONS = ['Not a fit', 'No budget', 'Student or job seeker', 'Duplicate of an existing account'];
const FIRST_NAMES = ['Ava', 'Noah', 'Mia', 'Lucas', 'Emma', 'Leo', 'Sofia', 'Ethan', 'Chloe', 'Mateo', 'Aisha', 'Hiro', 'Nora', 'Omar', 'Ines', 'Yuki'];
const LAST_NAMES = ['Garcia', 'Smith', 'Müller', 'Tanaka', 'Rossi', 'Silva', 'Khan', 'Dubois', 'Novak', 'Park', 'Okafor', 'Larsen', 'Costa', 'Ng'];
const COMPANY_WORDS = ['North', 'Blue', 'Bright', 'Summit', 'Atlas', 'Nova', 'Peak', 'Harbor', 'Vertex', 'Pioneer', 'Cedar', 'Lumen'];
const COMPANY_KINDS = ['Logistics', 'Health', 'Retail', 'Labs', 'Foods', 'Energy', 'Finance', 'Systems', 'Media', 'Works'];
/** Leads that get a demo once qualified. */
export const DEMO_RATE = 0.6;

export interface DemoClock {
  leadId: string;
  policyKey: string;
  startedAt: Date;
  dueAt: Date;
  state: SlaClockState;
  metAt: Date | null;
}

export interface DemoLead {
  lead: LeadEntity;
  opportunity: OpportunityEntity | null;
  events: EventDraft[];
  clocks: DemoClock[];
}

/** What a new demo lead looks like, drawn from the channel mix and the channel's quality. */
export interface DrawnLead {
  name: string;
  email: string;
  company: string;
  channel: Channel;
  campaign: string;
  region: Region;
  segment: Segment;
  companySize: number;
  signals: Record<string, number>;
  /** Whether marketing will qualify it (hot signals make most such leads qualify on creation). */
  qualifies: boolean;
}

export function progressAt(instant: number, now: Date): number {
  return 1 - (lastNoon(now) - instant) / (TREND_SPAN_DAYS * DAY_MS);
}

function pickOf<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng.uniform() * items.length)];
}

export function drawLead(rng: Random, p: number): DrawnLead {
  const channel = rng.pick(LEAD_MIX);
  const quality = CHANNEL_QUALITY[channel];
  const segment = rng.pick(segmentMix(p));
  const size = { SMB: [10, 199], MID_MARKET: [200, 999], ENTERPRISE: [1000, 20000] }[segment];
  const qualifies = rng.uniform() < clamp(funnelRates(p).mql * quality.qualify, 0, 0.97);
  const e = quality.engagement;
  const signals: Record<string, number> = { site_visits: rng.poisson(2.5 * e), email_clicks: rng.poisson(0.8 * e) };
  if (qualifies && rng.uniform() < 0.65) {
    if (rng.uniform() < 0.6) signals.demo_requests = 1;
    else signals.pricing_page_views = 2 + rng.poisson(1);
    signals.content_downloads = rng.poisson(1.2 * e);
    signals.site_visits += 4;
  } else {
    signals.content_downloads = rng.poisson(0.3 * e);
    if (rng.uniform() < 0.05) signals.unsubscribes = 1;
  }
  const first = pickOf(rng, FIRST_NAMES);
  const last = pickOf(rng, LAST_NAMES);
  const company = `${pickOf(rng, COMPANY_WORDS)} ${pickOf(rng, COMPANY_KINDS)}`;
  return {
    name: `${first} ${last}`,
    // Plain ASCII in addresses: Müller writes muller.
    email: `${first}.${last}@${company.replace(' ', '')}.example`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
    company,
    channel,
    campaign: pickOf(rng, DEMO_CAMPAIGNS[channel]),
    region: rng.pick(REGION_SHARE),
    segment,
    companySize: Math.round(size[0] * Math.pow(size[1] / size[0], rng.uniform())),
    signals: Object.fromEntries(Object.entries(signals).filter(([, count]) => count > 0)),
    qualifies,
  };
}

/** The opportunity's first-year contract value. */
export function opportunityAmount(rng: Random, p: number, segment: Segment): number {
  return money(ANNUAL_CONTRACT[segment] * at(LEVELS.contractUplift, p) * rng.noise(0.25));
}

/** The predicted lifetime gross profit booked when a deal is won (the companion of sales.new_customers in LTV). */
export function wonLifetimeProfit(rng: Random, p: number, amount: number, channel: Channel): number {
  return money(((amount * at(LEVELS.grossMargin, p)) / at(LEVELS.churn, p)) * CHANNEL_LTV[channel] * rng.noise(0.2));
}

function uuid(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng.uniform() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

type Step =
  | { at: number; type: 'assign'; repKey: string; reason: string; actor: string }
  | { at: number; type: 'contact'; kind: ContactKind; actor: string }
  | { at: number; type: 'transition'; to: LeadStatus; reason: string | null; actor: string; amount?: number };

/**
 * Applies a journey to a lead the way the API would: the lifecycle rules, the facts of each event, and the SLA
 * clocks (started on entering a status, met by the agreed action, breached at the deadline, cancelled on close).
 */
class Replay {
  readonly events: EventDraft[] = [];
  readonly clocks: DemoClock[] = [];
  opportunity: OpportunityEntity | null = null;
  private demos = 0;

  constructor(readonly lead: LeadEntity) {}

  created(routing: { reason: string; details: Record<string, unknown> }, threshold: number): void {
    const { lead } = this;
    const at = lead.createdAt;
    this.push(at, 'CREATED', { toStatus: 'NEW', actor: 'crm', details: { score: lead.score, externalId: lead.externalId }, facts: eventFacts({ kind: 'CREATED', leadAgeHours: 0 }) });
    this.push(at, lead.ownerKey ? 'ASSIGNED' : 'QUEUED', { actor: 'routing', reason: routing.reason, details: { to: lead.ownerKey, ...routing.details } });
    this.start('NEW', at);
    if (lead.score >= threshold) {
      lead.status = 'MQL';
      this.push(at, 'TRANSITIONED', {
        fromStatus: 'NEW', toStatus: 'MQL', actor: 'scoring', reason: `Score ${lead.score} reached the MQL threshold ${threshold}`, details: { score: lead.score, threshold }, stageHours: 0,
        facts: eventFacts({ kind: 'TRANSITIONED', toStatus: 'MQL', leadAgeHours: 0 }),
      });
      this.start('MQL', at);
    }
  }

  apply(step: Step): void {
    const at = new Date(step.at);
    this.breachUntil(at);
    const { lead } = this;
    lead.lastEventAt = at;
    if (step.type === 'assign') {
      const from = lead.ownerKey;
      lead.ownerKey = step.repKey;
      this.push(at, 'ASSIGNED', { actor: step.actor, reason: step.reason, details: { from, to: step.repKey, manual: true } });
      this.resolve('ASSIGNMENT', at);
    } else if (step.type === 'contact') {
      const first = lead.firstContactAt === null;
      lead.firstContactAt ??= at;
      if (step.kind === 'DEMO') this.demos++;
      this.push(at, 'CONTACTED', {
        actor: step.actor, details: { contactKind: step.kind, first },
        facts: eventFacts({ kind: 'CONTACTED', contactKind: step.kind, firstContact: first, leadAgeHours: hoursBetween(lead.createdAt, at) }),
      });
      this.resolve('CONTACT', at);
    } else {
      this.transition(step, at);
    }
  }

  /** The deadlines that passed by `now` without their action are breached. */
  finish(now: Date): void {
    this.breachUntil(now);
  }

  private transition(step: Extract<Step, { type: 'transition' }>, at: Date): void {
    const { lead } = this;
    const problem = transitionProblem(lead.status, step.to);
    if (problem) throw new Error(`demo journey: ${problem}`);
    const facts = { kind: 'TRANSITIONED' as const, toStatus: step.to, leadAgeHours: hoursBetween(lead.createdAt, at) };
    if (step.to === 'OPPORTUNITY') {
      this.opportunity = {
        leadId: lead.id, amount: step.amount!, currency: 'USD', stage: 'OPEN', openedAt: at, expectedCloseAt: new Date(at.getTime() + 60 * DAY_MS), closedAt: null, closeReason: null,
      };
      Object.assign(facts, { amount: step.amount, demosBefore: this.demos });
    } else if (this.opportunity && lead.status === 'OPPORTUNITY') {
      Object.assign(this.opportunity, { stage: step.to, closedAt: at, closeReason: step.reason, amount: step.amount ?? this.opportunity.amount });
      Object.assign(facts, { amount: this.opportunity.amount, opportunityAgeHours: hoursBetween(this.opportunity.openedAt, at) });
    }
    this.push(at, 'TRANSITIONED', {
      fromStatus: lead.status, toStatus: step.to, actor: step.actor, reason: step.reason, facts: eventFacts(facts), stageHours: hoursBetween(lead.statusChangedAt, at),
    });
    lead.status = step.to;
    lead.statusChangedAt = at;
    if (isOpen(step.to)) this.start(step.to, at);
    else for (const clock of this.open()) clock.state = 'CANCELLED';
  }

  private start(status: LeadStatus, at: Date): void {
    for (const policy of SLA_POLICY_SEEDS.filter((p) => p.startsOn === status)) {
      const metNow = policy.metBy === 'ASSIGNMENT' && this.lead.ownerKey !== null;
      const clock: DemoClock = {
        leadId: this.lead.id, policyKey: policy.key, startedAt: at, dueAt: new Date(at.getTime() + policy.durationSeconds * 1000),
        state: metNow ? 'MET' : 'OPEN', metAt: metNow ? at : null,
      };
      this.clocks.push(clock);
      if (metNow) this.slaEvent(clock, 'SLA_MET', at);
    }
  }

  private resolve(metBy: 'ASSIGNMENT' | 'CONTACT', at: Date): void {
    for (const clock of this.open()) {
      if (SLA_POLICY_SEEDS.find((p) => p.key === clock.policyKey)?.metBy !== metBy) continue;
      clock.state = 'MET';
      clock.metAt = at;
      this.slaEvent(clock, 'SLA_MET', at);
    }
  }

  private breachUntil(until: Date): void {
    for (const clock of this.open().filter((c) => c.dueAt <= until)) {
      clock.state = 'BREACHED';
      this.slaEvent(clock, 'SLA_BREACHED', clock.dueAt);
    }
  }

  private open(): DemoClock[] {
    return this.clocks.filter((clock) => clock.state === 'OPEN');
  }

  private slaEvent(clock: DemoClock, kind: 'SLA_MET' | 'SLA_BREACHED', at: Date): void {
    const policy = SLA_POLICY_SEEDS.find((p) => p.key === clock.policyKey)!;
    this.push(at, kind, {
      actor: 'sla', reason: kind === 'SLA_BREACHED' ? `${policy.name}: deadline passed` : null,
      details: { policy: policy.key, policyName: policy.name, startedAt: clock.startedAt, dueAt: clock.dueAt },
      facts: eventFacts({ kind, leadAgeHours: hoursBetween(this.lead.createdAt, at) }),
    });
  }

  private push(at: Date, kind: LeadEventKind, event: Omit<EventDraft, 'leadId' | 'at' | 'kind' | 'dims' | 'facts'> & { facts?: Record<string, number> }): void {
    this.events.push({ leadId: this.lead.id, at, kind, dims: leadDimensions(this.lead), ...event, facts: event.facts ?? {} });
  }
}

/** Open leads per rep over time: a lead counts from its assignment until it closes. */
class Workloads {
  private readonly closes = new Map<string, number[]>();

  openAt(repKey: string, instant: number): number {
    const list = (this.closes.get(repKey) ?? []).filter((close) => close > instant);
    this.closes.set(repKey, list);
    return list.length;
  }

  add(repKey: string, closeAt: number): void {
    this.closes.set(repKey, [...(this.closes.get(repKey) ?? []), closeAt]);
  }
}

const REPS = DEMO_REP_SEEDS;
const pace = (repKey: string) => REPS.find((rep) => rep.key === repKey)!.pace;

/** Two years (or `days`) of leads up to `now`, after a warm-up, plus the lifetime profit booked with each win. */
export function generateDemoLeads(options: { now: Date; days: number; seed?: number }): { leads: DemoLead[]; points: DemoPoint[] } {
  const rng = new Random((options.seed ?? DEFAULT_SEED) ^ 0x5eed1ead);
  const now = options.now.getTime();
  const firstDay = lastNoon(options.now) - (options.days - 1 + WARM_UP_DAYS) * DAY_MS;
  const workloads = new Workloads();
  const leads: DemoLead[] = [];
  const points: DemoPoint[] = [];
  let serial = 0;
  for (let day = Math.floor(firstDay / DAY_MS) * DAY_MS; day <= now; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    const count = rng.poisson(funnelRates(progressAt(day, options.now)).leadsPerDay * weekly(weekday === 0 || weekday === 6, 0.45));
    // Business hours, 07:00–21:00 UTC across the regions.
    const times = Array.from({ length: count }, () => day + (7 + 14 * rng.uniform()) * HOUR_MS).sort((a, b) => a - b);
    for (const created of times) {
      if (created > now) break;
      const demo = simulateLead(rng, options.now, created, ++serial, workloads, points);
      leads.push(demo);
    }
  }
  return { leads, points };
}

function simulateLead(rng: Random, nowDate: Date, created: number, serial: number, workloads: Workloads, points: DemoPoint[]): DemoLead {
  const now = nowDate.getTime();
  const p = progressAt(created, nowDate);
  const f = funnelRates(p);
  const drawn = drawLead(rng, p);
  const quality = CHANNEL_QUALITY[drawn.channel];
  const { score, breakdown } = scoreLead(drawn, SCORING_RULE_SEEDS);
  const covering: RoutableRep[] = REPS.filter((rep) => rep.territories.includes(drawn.region))
    .map((rep) => ({ ...rep, openLeads: workloads.openAt(rep.key, created) }));
  const routing = routeLead(drawn, covering);
  const lead: LeadEntity = {
    id: uuid(rng), externalId: `demo-${serial}`, name: drawn.name, email: drawn.email, company: drawn.company, channel: drawn.channel,
    campaign: drawn.campaign, region: drawn.region, segment: drawn.segment, companySize: drawn.companySize, signals: drawn.signals,
    score, scoreBreakdown: breakdown, status: 'NEW', ownerKey: routing.repKey, createdAt: new Date(created), statusChangedAt: new Date(created),
    firstContactAt: null, lastEventAt: new Date(created),
  };
  const replay = new Replay(lead);
  replay.created(routing, MQL_THRESHOLD);

  const steps: Step[] = [];
  const days = (n: number) => n * DAY_MS;
  const hours = (n: number) => n * HOUR_MS;
  let t = created;
  let owner = routing.repKey;
  if (!owner) {
    // A manager picks the queued lead up and gives it to the least loaded rep of the territory, capacity or not.
    t += rng.exponential(QUEUE_PICKUP_MINUTES) * 60_000;
    owner = [...covering].sort((a, b) => a.openLeads - b.openLeads)[0]?.key ?? REPS[0].key;
    steps.push({ at: t, type: 'assign', repKey: owner, reason: 'Picked up from the unassigned queue', actor: 'sales-manager' });
  }
  const responseHours = at(LEVELS.responseHours, p) * pace(owner) * REGION_RESPONSE[drawn.region];
  t += hours(rng.exponential(responseHours));
  steps.push({ at: t, type: 'contact', kind: rng.uniform() < 0.7 ? 'CALL' : 'EMAIL', actor: owner });

  const close = (to: LeadStatus, when: number, reason: string, amount?: number) => steps.push({ at: when, type: 'transition', to, reason, actor: owner!, amount });
  if (lead.status === 'NEW') {
    if (!drawn.qualifies) {
      close('DISQUALIFIED', t + days(7 + 30 * rng.uniform()), pickOf(rng, DISQUALIFY_REASONS));
      return finish();
    }
    t += days(0.5 + 7.5 * rng.uniform());
    steps.push({ at: t, type: 'transition', to: 'MQL', reason: 'Nurtured to the threshold', actor: 'marketing' });
    t += hours(rng.exponential(responseHours * 1.5));
    steps.push({ at: t, type: 'contact', kind: 'CALL', actor: owner });
  }
  if (rng.uniform() < DEMO_RATE) {
    t += days(1 + 5 * rng.uniform());
    steps.push({ at: t, type: 'contact', kind: 'DEMO', actor: owner });
  }
  t += days(at(LEVELS.qualifyingDays, p) * (0.3 + 0.9 * rng.uniform()));
  if (rng.uniform() >= clamp(f.sql * quality.qualify, 0, 0.95)) {
    close('DISQUALIFIED', t, pickOf(rng, DISQUALIFY_REASONS));
    return finish();
  }
  steps.push({ at: t, type: 'transition', to: 'SQL', reason: 'Accepted by sales', actor: owner });
  t += days(2 + 8 * rng.uniform());
  if (rng.uniform() >= f.opportunity) {
    close('DISQUALIFIED', t, pickOf(rng, DISQUALIFY_REASONS));
    return finish();
  }
  const amount = opportunityAmount(rng, p, drawn.segment);
  steps.push({ at: t, type: 'transition', to: 'OPPORTUNITY', reason: 'Proposal sent', actor: owner, amount });
  const cycle = at(LEVELS.salesCycle, p) * SEGMENT_CYCLE[drawn.segment];
  const fastRep = pace(owner) < 1 ? 1.1 : 0.95;
  if (rng.uniform() < clamp(f.win * quality.win * fastRep, 0, 0.9)) {
    const wonAt = t + days(cycle * rng.noise(0.3));
    close('WON', wonAt, 'Signed', money(amount * rng.noise(0.1)));
  } else {
    close('LOST', t + days(0.7 * cycle * rng.noise(0.4)), pickOf(rng, LOST_REASONS));
  }
  return finish();

  function finish(): DemoLead {
    for (const step of steps) {
      if (step.at > now) break;
      replay.apply(step);
    }
    replay.finish(nowDate);
    const last = steps.at(-1)!;
    workloads.add(owner!, last.type === 'transition' && !isOpen(last.to) ? last.at : Number.POSITIVE_INFINITY);
    const won = replay.events.find((e) => e.toStatus === 'WON');
    if (won) {
      points.push({
        metricKey: 'finance.lifetime_gross_profit', at: won.at,
        value: wonLifetimeProfit(rng, progressAt(won.at.getTime(), nowDate), replay.opportunity!.amount, drawn.channel),
        dimensions: { channel: drawn.channel, region: drawn.region },
      });
    }
    return { lead: replay.lead, opportunity: replay.opportunity, events: replay.events, clocks: replay.clocks };
  }
}
