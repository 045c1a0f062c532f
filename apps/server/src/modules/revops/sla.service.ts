import type { DataSource, EntityManager } from 'typeorm';
import { SCAN_BATCH, scanInBatches } from '../../common/batch-scan';
import { eventFacts, hoursBetween, leadDimensions, type LeadStatus, type TimeRange } from '@opshub/metrics';
import { badUserInput, notFound } from '../../common/errors';
import { sql, type Selectable } from 'kysely';
import type { SlaPolicy as SlaPolicyRow } from '../../database/schema';
import { qb, run, runOne, runSql } from '../../database/sql';
import { checkPageSize } from '../../common/pagination';
import type { EventDraft, LeadJournal } from './lead-journal.service';
import type { LeadEntity } from './lead.entity';
import { leadSelect, listsByKey, toLead, type Jsonb } from './lead.query';
import { SlaPolicyEntity, type SlaMetBy } from './sla.entity';
import type { SlaPolicyUpdateInput } from './sla.input';
import { SlaBreach, SlaClock, toSlaPolicy, type SlaPolicy } from './sla.type';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';

const MAX_DURATION_SECONDS = 366 * 24 * 3600;
export const MAX_BREACH_PAGE = 200;

type LeadState = Pick<LeadEntity, 'id' | 'channel' | 'campaign' | 'region' | 'segment' | 'ownerKey' | 'createdAt'>;

interface ResolvedClock {
  id: string;
  lead_id: string;
  policy_key: string;
  started_at: Date;
  due_at: Date;
  state: string;
  met_at: Date | null;
  name: string;
}

/** What a resolved clock's UPDATE … RETURNING gives back. */
const RESOLVED_CLOCK = ['c.id', 'c.lead_id', 'c.policy_key', 'c.started_at', 'c.due_at', 'c.state', 'c.met_at', 'p.name'] as const;

type PolicyJson = Jsonb<Selectable<SlaPolicyRow>>;

function clockDraft(clock: ResolvedClock, lead: LeadState, actor: string): EventDraft | null {
  if (clock.state === 'CANCELLED') return null;
  const breached = clock.state === 'BREACHED';
  const at = breached ? clock.due_at : clock.met_at!;
  const kind = breached ? 'SLA_BREACHED' : 'SLA_MET';
  return {
    leadId: lead.id,
    at,
    kind,
    actor,
    reason: breached ? `${clock.name}: deadline passed` : null,
    details: { clockId: String(clock.id), policy: clock.policy_key, policyName: clock.name, startedAt: clock.started_at, dueAt: clock.due_at },
    dims: leadDimensions(lead),
    facts: eventFacts({ kind, leadAgeHours: hoursBetween(lead.createdAt, at) }),
  };
}

/**
 * SLA clocks: started when a lead enters a policy's status, met by the agreed action before the deadline,
 * breached when the deadline passes first — detected by `breachDue`, which the monitor runs on a timer
 * whether or not anyone is looking. The lead paths call the in-transaction methods, holding the lead's row
 * lock, so a clock and the event that starts or stops it commit together.
 */
export class SlaService {
  constructor(private readonly db: DataSource, private readonly journal: LeadJournal, private readonly audit: AuditService) {}

  /** Starts the clocks of the active policies for leads entering `status`; an action already taken (a rep assigned) meets them at once. */
  async start(tx: EntityManager, journal: EventDraft[], entries: ReadonlyArray<{ lead: LeadState; at: Date }>, status: LeadStatus): Promise<void> {
    if (entries.length === 0) return;
    const policies = await tx.getRepository(SlaPolicyEntity).find({ where: { active: true, startsOn: status }, order: { key: 'ASC' } });
    const rows = entries.flatMap(({ lead, at }) => policies.map((policy) => {
      const metNow = policy.metBy === 'ASSIGNMENT' && lead.ownerKey !== null;
      return { lead, policy, at, due: new Date(at.getTime() + policy.durationSeconds * 1000), metNow };
    }));
    const inserted = await runSql(tx, sql<{ id: string; lead_id: string; policy_key: string }>`
      INSERT INTO sla_clock (lead_id, policy_key, started_at, due_at, state, met_at)
      SELECT * FROM unnest(${rows.map((r) => r.lead.id)}::uuid[], ${rows.map((r) => r.policy.key)}::text[], ${rows.map((r) => r.at)}::timestamptz[],
                           ${rows.map((r) => r.due)}::timestamptz[], ${rows.map((r) => (r.metNow ? 'MET' : 'OPEN'))}::text[],
                           ${rows.map((r) => (r.metNow ? r.at : null))}::timestamptz[])
      ON CONFLICT (lead_id, policy_key) DO NOTHING
      RETURNING id, lead_id, policy_key`);
    const idOf = new Map(inserted.map((row) => [`${row.lead_id}|${row.policy_key}`, row.id]));
    for (const row of rows) {
      const id = idOf.get(`${row.lead.id}|${row.policy.key}`);
      if (!row.metNow || !id) continue;
      const clock: ResolvedClock = { id, lead_id: row.lead.id, policy_key: row.policy.key, started_at: row.at, due_at: row.due, state: 'MET', met_at: row.at, name: row.policy.name };
      journal.push(clockDraft(clock, row.lead, 'sla')!);
    }
  }

  /** The agreed action happened at `at`: the lead's open clocks it stops are met, or breached if their deadline had passed. */
  async resolve(tx: EntityManager, journal: EventDraft[], lead: LeadState, metBy: SlaMetBy, at: Date): Promise<void> {
    await this.close(tx, journal, lead, at, 'MET', metBy);
  }

  /** The lead closed at `at`: its open clocks no longer apply, unless their deadline had already passed. */
  async cancel(tx: EntityManager, journal: EventDraft[], lead: LeadState, at: Date): Promise<void> {
    await this.close(tx, journal, lead, at, 'CANCELLED', null);
  }

  private async close(tx: EntityManager, journal: EventDraft[], lead: LeadState, at: Date, inTime: 'MET' | 'CANCELLED', metBy: SlaMetBy | null): Promise<void> {
    const clocks = await run(tx, qb.updateTable('sla_clock as c').from('sla_policy as p')
      .set({
        state: sql<string>`CASE WHEN ${at} <= c.due_at THEN ${inTime} ELSE 'BREACHED' END`,
        met_at: sql<Date | null>`CASE WHEN ${inTime} = 'MET' THEN ${at}::timestamptz END`,
      })
      .whereRef('p.key', '=', 'c.policy_key').where('c.lead_id', '=', lead.id).where('c.state', '=', 'OPEN')
      .where(sql<boolean>`(${metBy}::text IS NULL OR p.met_by = ${metBy})`)
      .returning(RESOLVED_CLOCK));
    for (const clock of clocks) {
      const draft = clockDraft(clock, lead, 'sla');
      if (draft) journal.push(draft);
    }
  }

  /**
   * Breaches every open clock whose deadline is at or before `now`, each exactly once even with several
   * instances scanning. The breach is dated at the deadline, not at the scan. Returns how many it breached.
   *
   * Lock order, the same on every path that touches clocks: the lead row first, then its clocks. The lead
   * paths lock the lead (LeadService.lock) before they start, meet or cancel its clocks; the scan claims
   * leads with due clocks, in id order, FOR UPDATE SKIP LOCKED (a lead being changed is left to the next
   * scan), and only then breaches their due clocks. A clock is thus only ever locked by whoever holds its
   * lead, and no path holds a clock while it waits for a lead.
   */
  async breachDue(now: Date = new Date()): Promise<number> {
    return scanInBatches(() => this.journal.run(async (tx, journal) => {
      const due = qb.selectFrom('sla_clock').select('lead_id')
        .where('state', '=', 'OPEN').where('due_at', '<=', now)
        .groupBy('lead_id').orderBy(sql`min(due_at)`).limit(SCAN_BATCH);
      const claimed = (await run(tx, qb.selectFrom('lead').select('id').where('id', 'in', due).orderBy('id').forUpdate().skipLocked()))
        .map((lead) => lead.id);
      if (claimed.length === 0) return { claimed: 0, done: 0 };
      const rows = await run(tx, qb.updateTable('sla_clock as c').from(['lead as l', 'sla_policy as p'])
        .set({ state: 'BREACHED' })
        .where('c.lead_id', 'in', claimed).where('c.state', '=', 'OPEN').where('c.due_at', '<=', now)
        .whereRef('l.id', '=', 'c.lead_id').whereRef('p.key', '=', 'c.policy_key')
        .returning([...RESOLVED_CLOCK, 'l.channel', 'l.campaign', 'l.region', 'l.segment', 'l.owner_key', 'l.created_at']));
      for (const row of rows) {
        const lead: LeadState = {
          id: row.lead_id, channel: row.channel, campaign: row.campaign, region: row.region, segment: row.segment, ownerKey: row.owner_key, createdAt: row.created_at,
        };
        journal.push(clockDraft(row, lead, 'sla')!);
      }
      return { claimed: claimed.length, done: rows.length };
    }));
  }

  /** Whether an open clock's deadline is at or before `now` (what `breachDue` would breach, lead locks aside). */
  async anyDue(now: Date = new Date()): Promise<boolean> {
    return (await runOne(this.db, qb.selectFrom('sla_clock').select('id').where('state', '=', 'OPEN').where('due_at', '<=', now).limit(1))) !== null;
  }

  async policies(): Promise<SlaPolicy[]> {
    return (await this.db.getRepository(SlaPolicyEntity).find({ order: { key: 'ASC' } })).map(toSlaPolicy);
  }

  async updatePolicy(key: string, input: SlaPolicyUpdateInput, actor: AuditActor): Promise<SlaPolicy> {
    const policy = await this.db.getRepository(SlaPolicyEntity).findOneBy({ key });
    if (!policy) throw notFound('SlaPolicy', key);
    const before = auditSnapshot(policy);
    if (input.durationSeconds != null) {
      if (!Number.isInteger(input.durationSeconds) || input.durationSeconds < 1 || input.durationSeconds > MAX_DURATION_SECONDS) {
        throw badUserInput(`durationSeconds must be between 1 and ${MAX_DURATION_SECONDS}`, { field: 'input.durationSeconds' });
      }
      policy.durationSeconds = input.durationSeconds;
    }
    if (input.active != null) policy.active = input.active;
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(SlaPolicyEntity).save(policy);
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'SLA_POLICY', objectId: saved.key, objectLabel: saved.name, department: null, before, after: auditSnapshot(saved),
      });
      return toSlaPolicy(saved);
    });
  }

  /** The SLA clocks of each lead, oldest first: one statement for a whole page of leads (the `slaClocks` loader's batch). */
  async clocksOfLeads(leadIds: readonly string[]): Promise<SlaClock[][]> {
    const rows = await run(this.db, qb.selectFrom('sla_clock as c')
      .innerJoin('sla_policy as p', 'p.key', 'c.policy_key')
      .selectAll('c')
      .select(sql<PolicyJson>`to_jsonb(p.*)`.as('policy'))
      .where('c.lead_id', 'in', [...leadIds])
      .orderBy('c.started_at').orderBy('c.id'));
    return listsByKey(leadIds, rows, (row) => row.lead_id).map((clocks) => clocks.map((row) => Object.assign(new SlaClock(), clockFields(row))));
  }

  /** Breaches whose deadline falls in the range, latest first. */
  async breaches(range: TimeRange, first: number, clockIds?: readonly string[]): Promise<SlaBreach[]> {
    checkPageSize(first, MAX_BREACH_PAGE);
    const rows = await run(this.db, qb.selectFrom('sla_clock as c')
      .innerJoin('sla_policy as p', 'p.key', 'c.policy_key')
      .innerJoin(leadSelect().as('q'), 'q.id', 'c.lead_id')
      .select(['c.id as clock_id', 'c.started_at as clock_started_at', 'c.due_at as clock_due_at', 'c.state as clock_state', 'c.met_at as clock_met_at'])
      .select(sql<PolicyJson>`to_jsonb(p.*)`.as('policy'))
      .selectAll('q')
      .where('c.state', '=', 'BREACHED').where('c.due_at', '>=', range.from).where('c.due_at', '<', range.to)
      .where(sql<boolean>`(${clockIds ?? null}::bigint[] IS NULL OR c.id = ANY(${clockIds ?? null}))`)
      .orderBy('c.due_at', 'desc').orderBy('c.id', 'desc').limit(first));
    return rows.map((row) => Object.assign(new SlaBreach(), {
      ...clockFields({ id: row.clock_id, started_at: row.clock_started_at, due_at: row.clock_due_at, state: row.clock_state, met_at: row.clock_met_at, policy: row.policy }),
      lead: toLead(row),
    }));
  }
}

function clockFields(row: { id: string; started_at: Date; due_at: Date; state: string; met_at: Date | null; policy: PolicyJson }) {
  const policy = row.policy;
  const entity = Object.assign(new SlaPolicyEntity(), {
    key: policy.key, name: policy.name, description: policy.description, startsOn: policy.starts_on, metBy: policy.met_by,
    durationSeconds: policy.duration_seconds, active: policy.active, i18n: policy.i18n,
  });
  return { id: String(row.id), policy: toSlaPolicy(entity), startedAt: row.started_at, dueAt: row.due_at, state: row.state, metAt: row.met_at };
}
