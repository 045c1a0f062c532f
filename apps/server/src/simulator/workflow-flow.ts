import { sql } from 'kysely';
import { isClosedState, LIFECYCLES, MAX_BATCH_SIZE, WORKFLOW_FACT_METRICS, WORKFLOWS, type Workflow } from '@opshub/metrics';
import { runSql } from '../database/sql';
import { DEFAULT_SEED, money, Random, type Segment } from '../seed/demo-history';
import { allBucketObservations } from '../modules/revops/lead-metrics.query';
import { WORKFLOW_EVENTS, WorkflowJournal } from '../modules/workflow/workflow-journal.service';
import { WorkflowSlaService } from '../modules/workflow/workflow-sla.service';
import { WorkflowService } from '../modules/workflow/workflow.service';
import type { Services } from '../services';
import { hash } from './lead-flow';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** New records per hour: a support desk of a dozen tickets a day, two or three go-lives and renewals a day. */
export const ARRIVALS_PER_HOUR: Readonly<Record<Workflow, number>> = { TICKET: 0.6, ONBOARDING: 0.1, RENEWAL: 0.15 };
const PRIORITIES = { LOW: 0.2, NORMAL: 0.5, HIGH: 0.22, URGENT: 0.08 };
const CATEGORIES = { billing: 0.25, access: 0.2, bug: 0.25, how_to: 0.2, integration: 0.1 };
const SEGMENTS: Record<Segment, number> = { SMB: 0.55, MID_MARKET: 0.3, ENTERPRISE: 0.15 };
/** Urgent tickets are worked faster, low ones slower. */
const URGENCY: Record<string, number> = { URGENT: 0.5, HIGH: 0.8, NORMAL: 1, LOW: 1.4 };
const EXPANSION: Record<Segment, number> = { SMB: 2_000, MID_MARKET: 8_000, ENTERPRISE: 30_000 };
/** Open records the flow looks at per call, oldest move first. */
const MAX_OPEN = 500;
/** What a demo ticket is about, by the category it is later given (customers write in English in the demo). */
const TICKET_SUBJECTS: Readonly<Record<keyof typeof CATEGORIES, readonly string[]>> = {
  billing: ['Invoice shows the wrong VAT number', 'Charged twice this month', 'Need a copy of last quarter\'s invoices', 'Card declined on renewal'],
  access: ['Cannot log in after password reset', 'SSO login loops back to the sign-in page', 'Add a new admin to our workspace', 'Locked out after too many attempts'],
  bug: ['Export to CSV times out', 'Dashboard blank on mobile Safari', 'Report totals do not match the raw data', 'Notifications arrive twice'],
  how_to: ['How do I share a dashboard with a client?', 'Setting up a weekly digest', 'Where do I change the fiscal year start?', 'How do targets work per region?'],
  integration: ['Salesforce sync stopped on Monday', 'Webhook deliveries failing with 401', 'HubSpot contacts not importing', 'API key rejected by the Zapier step'],
};
const ACCOUNTS_BY_SEGMENT: Readonly<Record<Segment, readonly string[]>> = {
  SMB: ['Brightside Bakery', 'Nordvik Design', 'Casa Olivo', 'Pixel & Pine', 'Tidewater Dental', 'Rojo Cycles'],
  MID_MARKET: ['Helix Logistics', 'Marlow Insurance', 'Quantum Retail Group', 'Alder Health', 'Solvera Energy'],
  ENTERPRISE: ['Atlas Manufacturing', 'Meridian Bank', 'Orion Telecom', 'Vanguard Airlines'],
};

/** A demo ticket's category and subject, drawn from its external id, so the subject it arrives with fits the category it is given later. */
function ticketTopic(externalId: string): { category: keyof typeof CATEGORIES; title: string } {
  const rng = new Random(hash(`${externalId}|topic`));
  const category = rng.pick(CATEGORIES);
  const subjects = TICKET_SUBJECTS[category];
  return { category, title: subjects[Math.floor(rng.uniform() * subjects.length)] };
}

const demoAccount = (externalId: string, segment: Segment) => {
  const names = ACCOUNTS_BY_SEGMENT[segment];
  return names[hash(`${externalId}|account`) % names.length];
};
const ACTORS: Readonly<Record<Workflow, string>> = { TICKET: 'support-team', ONBOARDING: 'onboarding-team', RENEWAL: 'account-manager' };

interface OpenRecord {
  id: string;
  external_id: string;
  workflow: Workflow;
  state: string;
  priority: string | null;
  segment: string | null;
  last_event_at: Date;
}

/** The record's next move: after how long (from its last event), to which state, with what. */
interface NextMove {
  afterMs: number;
  to: string;
  extra?: { category?: string; owner?: string; amount?: number; reason?: string };
}

const between = (rng: Random, min: number, max: number) => min + (max - min) * rng.uniform();

/**
 * How a record moves on, drawn from its id and state: tickets answered within the hour most of the time (a slow
 * answer now and then breaches the 1-hour SLA), accounts live within a day bar a few that slip, renewal steps
 * within a week bar a few; most renewals renew, some with an expansion.
 */
function nextMove(record: OpenRecord, rng: Random): NextMove | null {
  const urgency = URGENCY[record.priority ?? 'NORMAL'] ?? 1;
  switch (`${record.workflow}:${record.state}`) {
    case 'TICKET:NEW':
      return { afterMs: between(rng, 1, 8) * MINUTE * urgency, to: 'CATEGORISED', extra: { category: ticketTopic(record.external_id).category } };
    case 'TICKET:CATEGORISED':
      return { afterMs: between(rng, 2, 12) * MINUTE * urgency, to: 'ASSIGNED', extra: { owner: rng.pick({ ana: 1, ben: 1, chen: 1, dara: 1 }) } };
    case 'TICKET:ASSIGNED':
      return { afterMs: (rng.uniform() < 0.1 ? between(rng, 60, 150) : between(rng, 5, 40)) * MINUTE * urgency, to: 'ANSWERED' };
    case 'TICKET:ANSWERED':
      return rng.uniform() < 0.12
        ? { afterMs: between(rng, 1, 4) * HOUR, to: 'ASSIGNED', extra: { reason: 'Customer replied: not solved' } }
        : { afterMs: between(rng, 0.5, 8) * HOUR * urgency, to: 'RESOLVED' };
    case 'ONBOARDING:CONTRACT_SIGNED':
      if (rng.uniform() < 0.02) return { afterMs: between(rng, 2, 20) * HOUR, to: 'CANCELLED', extra: { reason: 'Contract withdrawn' } };
      return { afterMs: (rng.uniform() < 0.08 ? between(rng, 25, 60) : between(rng, 6, 22)) * HOUR, to: 'ACCOUNT_LIVE' };
    case 'RENEWAL:OPENED':
      return { afterMs: (rng.uniform() < 0.1 ? between(rng, 7.5, 12) : between(rng, 1, 6)) * DAY, to: 'HEALTH_CHECKED' };
    case 'RENEWAL:HEALTH_CHECKED':
      return { afterMs: (rng.uniform() < 0.08 ? between(rng, 7.5, 10) : between(rng, 1, 6)) * DAY, to: 'EXPANSION_REVIEWED' };
    case 'RENEWAL:EXPANSION_REVIEWED': {
      const afterMs = (rng.uniform() < 0.08 ? between(rng, 7.5, 10) : between(rng, 1, 6)) * DAY;
      if (rng.uniform() < 0.12) return { afterMs, to: 'CHURNED', extra: { reason: 'Budget cut' } };
      const expansion = rng.uniform() < 0.4 ? money(EXPANSION[(record.segment ?? 'SMB') as Segment] * between(rng, 0.3, 1.5)) : 0;
      return { afterMs, to: 'RENEWED', extra: { amount: expansion } };
    }
    default:
      return null;
  }
}

/**
 * The demo's onboarding cases, support tickets and renewals, one step per call: records arriving in the span
 * (now − spanMs, now], and every open record moved on while its next move is due, each move dated when it
 * happened. Every step goes through the workflow service, as a person's would; the decisions of a record are
 * drawn from its external id and state (records it did not bring in are left to people), so any instance tells the same story. The demo history replays it hour by hour;
 * the live simulator calls it each tick.
 */
export async function advanceWorkflowFlow(services: Services, now: Date, tick: number, spanMs: number): Promise<void> {
  const rng = new Random((DEFAULT_SEED ^ 0x0f10f10) ^ Math.imul(tick + 1, 0x9e3779b1));
  const arrivals = WORKFLOWS.flatMap((workflow) => Array.from({ length: rng.poisson(ARRIVALS_PER_HOUR[workflow] * spanMs / HOUR) }, (_, i) => {
    const at = new Date(now.getTime() - spanMs * rng.uniform());
    const segment = rng.pick(SEGMENTS);
    // Named by when it arrived: the same story for the same instant, and never one already imported.
    const externalId = `demo-${workflow.toLowerCase()}-${at.getTime()}-${i}`;
    switch (workflow) {
      case 'TICKET':
        return { workflow, externalId, segment, title: ticketTopic(externalId).title, priority: rng.pick(PRIORITIES), openedAt: at, actor: 'support-portal' };
      case 'ONBOARDING':
        return { workflow, externalId, segment, account: demoAccount(externalId, segment), openedAt: at, actor: 'crm' };
      default:
        // Renewals open 90 days before the renewal date.
        return { workflow, externalId, segment, account: demoAccount(externalId, segment), renewalDate: new Date(at.getTime() + 90 * DAY), actor: 'crm' };
    }
  })).sort((a, b) => (a.openedAt ?? a.renewalDate!).getTime() - (b.openedAt ?? b.renewalDate!).getTime());
  if (arrivals.length > 0) await services.workflows.importRecords(arrivals, false);

  const open = await runSql(services.db, sql<OpenRecord>`
    SELECT id, external_id, workflow, state, priority, segment, last_event_at FROM workflow_record
     WHERE external_id LIKE 'demo-%' AND NOT (state = ANY(${WORKFLOWS.flatMap((w) => Object.keys(LIFECYCLES[w].next).filter((s) => isClosedState(w, s)))}))
     ORDER BY last_event_at LIMIT ${MAX_OPEN}`);
  for (let record of open) {
    for (;;) {
      const move = nextMove(record, new Random(hash(`${record.external_id}|${record.state}|${record.last_event_at.getTime()}`)));
      const at = move && new Date(record.last_event_at.getTime() + move.afterMs);
      if (!move || at! > now) break;
      const moved = await services.workflows.moveRecord(record.id, { to: move.to, at, actor: move.extra?.owner ?? ACTORS[record.workflow], ...move.extra });
      record = { ...record, state: moved.state, last_event_at: moved.lastEventAt };
    }
  }
}

/**
 * Days of workflow records the demo history replays: two weeks, so renewals reach their decisions, and short
 * because every move goes through the service (a minute or so on first start).
 */
export const WORKFLOW_HISTORY_DAYS = 14;
const REPLAY_STEP = 3 * HOUR;

/**
 * Replays the flow over the last `days`, three hours per step, so every workflow KPI has history after the first
 * start: every move through the workflow service's rules, with the metrics' observations computed once at the end
 * from all the events (as the demo leads' are), while nothing else writes workflow records. Returns the points written.
 */
export async function replayWorkflowHistory(services: Services, now: Date, days = WORKFLOW_HISTORY_DAYS): Promise<number> {
  const { db, observations, bus, kpis, organization } = services;
  const journal = new WorkflowJournal(db, observations, bus, false);
  const sla = new WorkflowSlaService(db, journal);
  const bulk = { ...services, workflows: new WorkflowService(db, journal, sla, kpis, () => organization.current().currency) };
  const steps = (days * DAY) / REPLAY_STEP;
  for (let i = steps - 1; i >= 0; i--) await advanceWorkflowFlow(bulk, new Date(now.getTime() - i * REPLAY_STEP), -1 - i, REPLAY_STEP);
  let written = 0;
  const points = await allBucketObservations(db.manager, WORKFLOW_EVENTS);
  for (let i = 0; i < points.length; i += MAX_BATCH_SIZE) {
    written += await db.transaction((tx) => observations.writeComputed(tx, points.slice(i, i + MAX_BATCH_SIZE)));
  }
  bus.publish('observationsRecorded', { metricKeys: [...WORKFLOW_FACT_METRICS] });
  return written;
}
