import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DIMENSION_LIMITS, DIMENSION_NAME_PATTERN, eventFacts, hoursBetween, isOpen, LEAD_FACT_METRICS, leadDimensions, MAX_BATCH_SIZE, OPEN_STATUSES, routeLead, scoreLead, transitionProblem, type FactSource, type RoutableRep } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, batchRejected, notFound, type RejectedItem } from '../../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/pagination';
import { checkTime, MAX_TEXT, optionalText, requiredText, type Problem } from '../../common/record-input';
import { sql, type Expression, type SqlBool } from 'kysely';
import { readRoute } from '../../database/read-replicas';
import { qb, run, runOne } from '../../database/sql';
import type { KpiService } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import { PageInfo } from '../observation/observation.type';
import type { SlaService } from './sla.service';
import type { EventDraft, LeadJournal } from './lead-journal.service';
import { eventsInPeriod } from './lead-metrics.query';
import { LeadScoringEntity, ScoringRuleEntity } from './lead-scoring.entity';
import { LEAD_DIMENSION_COLUMNS, LeadEntity } from './lead.entity';
import type { AssignLeadInput, LeadContactInput, LeadFilterInput, LeadInput, TransitionLeadInput } from './lead.input';
import { idsByExternalId, insertLeadRows, leadSelect, listsByKey, toLead, toLeadEvent, toSalesRep } from './lead.query';
import {
  ImportedLead, ImportLeadsResult, Lead, LeadConnection, LeadEdge, LeadScoring, RejectedLead, SalesRepWorkload, ScoringRule,
  type LeadEvent,
} from './lead.type';

export const MAX_LEAD_PAGE = 200;
const MAX_NOTE = 2000;
const MAX_SIGNALS = 50;

/** A validated LeadInput. */
interface NewLead {
  externalId: string | null;
  name: string | null;
  email: string | null;
  company: string | null;
  channel: string;
  campaign: string | null;
  region: string;
  segment: string;
  companySize: number | null;
  signals: Record<string, number>;
  createdAt: Date;
  ownerKey: string | null;
  actor: string;
}

/** The input as a new lead, or its first problem (field relative to the item). */
function validateLead(input: LeadInput, now: Date): NewLead | Problem {
  const problems: Problem[] = [];
  const lead: NewLead = {
    externalId: optionalText(input.externalId, 'externalId', problems),
    name: optionalText(input.name, 'name', problems),
    email: optionalText(input.email, 'email', problems),
    company: optionalText(input.company, 'company', problems),
    channel: requiredText(input.channel, 'channel', problems),
    campaign: optionalText(input.campaign, 'campaign', problems),
    region: requiredText(input.region, 'region', problems),
    segment: requiredText(input.segment, 'segment', problems),
    companySize: input.companySize ?? null,
    signals: {},
    createdAt: input.createdAt ?? now,
    ownerKey: input.ownerKey ?? null,
    actor: optionalText(input.actor, 'actor', problems) ?? 'api',
  };
  if (lead.companySize !== null && lead.companySize < 0) problems.push({ field: 'companySize', reason: 'must not be negative' });
  const signals = Object.entries(input.signals ?? {});
  if (signals.length > MAX_SIGNALS) problems.push({ field: 'signals', reason: `at most ${MAX_SIGNALS} signals are allowed` });
  for (const [name, count] of signals) {
    if (!DIMENSION_NAME_PATTERN.test(name) || name.length > DIMENSION_LIMITS.maxNameLength) {
      problems.push({ field: `signals.${name}`, reason: 'name must match ^[a-z][a-z0-9_]*$' });
    } else if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
      problems.push({ field: `signals.${name}`, reason: 'must be a count (a finite number ≥ 0)' });
    } else {
      lead.signals[name] = count;
    }
  }
  const time = checkTime(lead.createdAt, now, 'createdAt');
  if (time) problems.push(time);
  return problems[0] ?? lead;
}

function isProblem(value: NewLead | Problem): value is Problem {
  return 'reason' in value;
}

/**
 * Leads and their lifecycle. Every change runs through the journal: the lead row, its events, its SLA
 * clocks and the observations of the funnel metrics commit in one transaction.
 */
export class LeadService {
  constructor(
    private readonly db: DataSource,
    private readonly journal: LeadJournal,
    private readonly sla: SlaService,
    private readonly kpis: KpiService,
    private readonly currency: () => string,
  ) {}

  async get(id: string): Promise<Lead | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const row = await runOne(this.db, leadSelect().where('l.id', '=', id));
    return row ? toLead(row) : null;
  }

  /** Every event of each lead, in order: one statement for a whole page of leads (the `journey` loader's batch). */
  async journeys(leadIds: readonly string[]): Promise<LeadEvent[][]> {
    // Reps are named by key in the journal (the actor, the rep assigned to): their display names come with the events.
    const rows = await run(this.db, qb.selectFrom('lead_event as e')
      .leftJoin('sales_rep as actor_rep', 'actor_rep.key', 'e.actor')
      .leftJoin('sales_rep as assignee', (join) => join.on('assignee.key', '=', sql<string>`e.details->>'to'`))
      .selectAll('e').select(['actor_rep.name as actor_name', 'assignee.name as assignee_name'])
      .where('e.lead_id', 'in', [...leadIds]).orderBy('e.at').orderBy('e.id'));
    return listsByKey(leadIds, rows, (row) => row.lead_id).map((events) => events.map(toLeadEvent));
  }

  /** The lead's id, and whether it is new (false: its externalId was already imported, and it was left as it was). */
  async createLead(input: LeadInput): Promise<{ id: string; created: boolean }> {
    const { leads: [{ id, created }] } = await this.create([input], { allowPartial: false, single: true });
    return { id, created };
  }

  /**
   * Bulk import, idempotent on externalId, with recordObservations' batch limit and per-item errors. `within`
   * runs in the import's transaction (a file import commits its checkpoint with the leads).
   */
  importLeads(inputs: readonly LeadInput[], allowPartial: boolean, within?: (tx: EntityManager, result: ImportLeadsResult) => Promise<void>): Promise<ImportLeadsResult> {
    if (inputs.length > MAX_BATCH_SIZE) {
      throw badUserInput(`A batch holds at most ${MAX_BATCH_SIZE} leads, got ${inputs.length}; split it`, { field: 'input' });
    }
    return this.create(inputs, { allowPartial, single: false, within });
  }

  private create(
    inputs: readonly LeadInput[], options: { allowPartial: boolean; single: boolean; within?: (tx: EntityManager, result: ImportLeadsResult) => Promise<void> },
  ): Promise<ImportLeadsResult> {
    const now = new Date();
    return this.journal.run(async (tx, journal) => {
      const rejected: RejectedItem[] = [];
      const valid: Array<{ index: number; lead: NewLead }> = [];
      inputs.forEach((input, index) => {
        const checked = validateLead(input, now);
        if (isProblem(checked)) rejected.push({ index, ...checked });
        else valid.push({ index, lead: checked });
      });
      const externalIds = valid.map((v) => v.lead.externalId).filter((id): id is string => id !== null);
      const existing = await idsByExternalId(tx, externalIds);
      const ownerKeys = valid.map((v) => v.lead.ownerKey).filter(Boolean);
      const owners = new Set((await run(tx, qb.selectFrom('sales_rep').select('key').where('active', '=', true).where(sql<boolean>`key = ANY(${ownerKeys})`))).map((r) => r.key));
      const seen = new Map<string, number>();
      const fresh: Array<{ index: number; lead: NewLead }> = [];
      const imported: ImportedLead[] = [];
      for (const item of valid) {
        const { externalId, ownerKey } = item.lead;
        if (externalId !== null && seen.has(externalId)) {
          rejected.push({ index: item.index, field: 'externalId', reason: `duplicates input[${seen.get(externalId)}] in this batch` });
        } else if (ownerKey !== null && !owners.has(ownerKey)) {
          rejected.push({ index: item.index, field: 'ownerKey', reason: `no active sales rep "${ownerKey}"` });
        } else if (externalId !== null && existing.has(externalId)) {
          imported.push(Object.assign(new ImportedLead(), { index: item.index, id: existing.get(externalId)!, created: false }));
        } else {
          fresh.push(item);
        }
        if (externalId !== null && !seen.has(externalId)) seen.set(externalId, item.index);
      }
      rejected.sort((a, b) => a.index - b.index);
      if (rejected.length > 0 && options.single) {
        throw badUserInput(`input.${rejected[0].field} ${rejected[0].reason}`, { field: `input.${rejected[0].field}` });
      }
      if (rejected.length > 0 && !options.allowPartial) throw batchRejected('leads', rejected, inputs.length);

      const created = await this.insertLeads(tx, journal, fresh.map((item) => item.lead));
      fresh.forEach((item, i) => {
        const row = created[i];
        imported.push(Object.assign(new ImportedLead(), { index: item.index, id: row.id, created: row.created }));
      });
      imported.sort((a, b) => a.index - b.index);
      const result = Object.assign(new ImportLeadsResult(), {
        created: imported.filter((l) => l.created).length,
        existing: imported.filter((l) => !l.created).length,
        leads: imported,
        rejected: rejected.map((r) => Object.assign(new RejectedLead(), r)),
      });
      await options.within?.(tx, result);
      return result;
    });
  }

  /**
   * Scores, routes and inserts new leads, then journals their creation: CREATED, ASSIGNED or QUEUED, the
   * clocks of the NEW policies and, at the MQL threshold, the qualification with its clocks. An externalId
   * a concurrent import inserted meanwhile is reported as existing.
   */
  private async insertLeads(tx: EntityManager, journal: EventDraft[], leads: readonly NewLead[]): Promise<Array<{ id: string; created: boolean }>> {
    if (leads.length === 0) return [];
    const { rules, threshold } = await this.scoringConfig(tx);
    const reps = await this.routableReps(tx, [...new Set(leads.filter((l) => !l.ownerKey).map((l) => l.region))]);
    const rows = leads.map((input) => {
      const { score, breakdown } = scoreLead(input, rules);
      const routing = input.ownerKey ? null : routeLead(input, reps);
      const owner = reps.find((rep) => rep.key === (input.ownerKey ?? routing!.repKey));
      if (owner) owner.openLeads++;
      const qualifies = threshold !== null && score >= threshold;
      const entity: LeadEntity = {
        id: randomUUID(), ...input, score, scoreBreakdown: breakdown, status: qualifies ? 'MQL' : 'NEW', ownerKey: input.ownerKey ?? routing!.repKey,
        statusChangedAt: input.createdAt, firstContactAt: null, lastEventAt: input.createdAt,
      };
      return { input, entity, routing, qualifies };
    });
    const inserted = await insertLeadRows(tx, rows.map((r) => r.entity));
    const created = rows.filter((r) => inserted.has(r.entity.id));
    for (const { input, entity, routing } of created) {
      const dims = leadDimensions(entity);
      journal.push({
        leadId: entity.id, at: entity.createdAt, kind: 'CREATED', toStatus: 'NEW', actor: input.actor, dims,
        details: { score: entity.score, externalId: entity.externalId }, facts: eventFacts({ kind: 'CREATED', leadAgeHours: 0 }),
      });
      journal.push({
        leadId: entity.id, at: entity.createdAt, kind: entity.ownerKey ? 'ASSIGNED' : 'QUEUED', actor: routing ? 'routing' : input.actor, dims,
        reason: routing ? routing.reason : null, details: routing ? { to: routing.repKey, ...routing.details } : { to: entity.ownerKey, manual: true },
        facts: {},
      });
    }
    await this.sla.start(tx, journal, created.map(({ entity }) => ({ lead: entity, at: entity.createdAt })), 'NEW');
    const qualified = created.filter((r) => r.qualifies);
    for (const { entity } of qualified) {
      journal.push({
        leadId: entity.id, at: entity.createdAt, kind: 'TRANSITIONED', fromStatus: 'NEW', toStatus: 'MQL', actor: 'scoring',
        reason: `Score ${entity.score} reached the MQL threshold ${threshold}`, details: { score: entity.score, threshold }, dims: leadDimensions(entity), stageHours: 0,
        facts: eventFacts({ kind: 'TRANSITIONED', toStatus: 'MQL', leadAgeHours: 0 }),
      });
    }
    await this.sla.start(tx, journal, qualified.map(({ entity }) => ({ lead: entity, at: entity.createdAt })), 'MQL');

    const raced = rows.filter((r) => !inserted.has(r.entity.id) && r.entity.externalId !== null);
    const racedIds = await idsByExternalId(tx, raced.map((r) => r.entity.externalId));
    return rows.map((r) => (inserted.has(r.entity.id) ? { id: r.entity.id, created: true } : { id: racedIds.get(r.entity.externalId!)!, created: false }));
  }

  async transitionLead(id: string, input: TransitionLeadInput): Promise<Lead> {
    await this.journal.run(async (tx, journal) => {
      const lead = await this.lock(tx, id);
      const problem = transitionProblem(lead.status, input.to);
      if (problem) throw badUserInput(problem, { field: 'input.to', from: lead.status, to: input.to });
      const at = this.eventTime(input.at, lead);
      const reason = input.reason?.trim() || null;
      if (reason && reason.length > MAX_NOTE) throw badUserInput(`reason is longer than ${MAX_NOTE} characters`, { field: 'input.reason' });
      const facts: FactSource = { kind: 'TRANSITIONED', toStatus: input.to, leadAgeHours: hoursBetween(lead.createdAt, at) };

      if (input.to === 'OPPORTUNITY') {
        const opportunity = this.checkOpportunity(input);
        if (!opportunity) throw badUserInput('Moving to OPPORTUNITY needs the opportunity: its amount and currency', { field: 'input.opportunity' });
        const { demos } = (await runOne(tx, qb.selectFrom('lead_event').select(sql<number>`count(*)::int`.as('demos'))
          .where('lead_id', '=', lead.id).where('kind', '=', 'CONTACTED').where(sql<boolean>`details ->> 'contactKind' = 'DEMO'`)))!;
        await run(tx, qb.insertInto('opportunity').values({
          lead_id: lead.id, amount: opportunity.amount, currency: opportunity.currency, stage: 'OPEN', opened_at: at,
          expected_close_at: input.opportunity?.expectedCloseAt ?? null,
        }));
        Object.assign(facts, { amount: opportunity.amount, demosBefore: demos });
      } else if (lead.status === 'OPPORTUNITY') {
        const finalAmount = input.to === 'WON' ? this.checkOpportunity(input)?.amount ?? null : null;
        const closed = (await runOne(tx, qb.updateTable('opportunity')
          .set({ stage: input.to, closed_at: at, close_reason: reason, amount: sql<number>`coalesce(${finalAmount}, amount)` })
          .where('lead_id', '=', lead.id).returning(['amount', 'opened_at'])))!;
        Object.assign(facts, { amount: closed.amount, opportunityAgeHours: hoursBetween(closed.opened_at, at) });
      }

      await run(tx, qb.updateTable('lead').set({ status: input.to, status_changed_at: at, last_event_at: at }).where('id', '=', lead.id));
      journal.push({
        leadId: lead.id, at, kind: 'TRANSITIONED', fromStatus: lead.status, toStatus: input.to, actor: this.actor(input.actor, lead), reason,
        dims: leadDimensions(lead), facts: eventFacts(facts), stageHours: hoursBetween(lead.statusChangedAt, at),
      });
      if (isOpen(input.to)) await this.sla.start(tx, journal, [{ lead, at }], input.to);
      else await this.sla.cancel(tx, journal, lead, at);
    });
    return (await this.get(id))!;
  }

  async assignLead(id: string, input: AssignLeadInput): Promise<Lead> {
    await this.journal.run(async (tx, journal) => {
      const lead = await this.lock(tx, id);
      if (!isOpen(lead.status)) throw badUserInput(`A lead in ${lead.status} is closed and cannot be assigned`, { field: 'id' });
      const at = this.eventTime(input.at, lead);
      let assignment: { repKey: string | null; reason: string | null; details: Record<string, unknown> };
      if (input.repKey) {
        const rep = await runOne(tx, qb.selectFrom('sales_rep').select('key').where('key', '=', input.repKey).where('active', '=', true));
        if (!rep) throw badUserInput(`No active sales rep "${input.repKey}"`, { field: 'input.repKey' });
        assignment = { repKey: rep.key, reason: input.reason?.trim() || null, details: { manual: true } };
      } else {
        assignment = routeLead(lead, await this.routableReps(tx, [lead.region], lead.id));
      }
      // Re-routing that lands where the lead already is (or finds nobody for it) changes nothing.
      if (assignment.repKey === lead.ownerKey || assignment.repKey === null) return;
      const assigned = { ...lead, ownerKey: assignment.repKey };
      await run(tx, qb.updateTable('lead').set({ owner_key: assignment.repKey, last_event_at: at }).where('id', '=', lead.id));
      journal.push({
        leadId: lead.id, at, kind: 'ASSIGNED', actor: input.repKey ? this.actor(input.actor, lead) : 'routing', reason: assignment.reason,
        details: { from: lead.ownerKey, to: assignment.repKey, ...assignment.details }, dims: leadDimensions(assigned), facts: {},
      });
      await this.sla.resolve(tx, journal, assigned, 'ASSIGNMENT', at);
    });
    return (await this.get(id))!;
  }

  async logLeadContact(id: string, input: LeadContactInput): Promise<Lead> {
    await this.journal.run(async (tx, journal) => {
      const lead = await this.lock(tx, id);
      if (!isOpen(lead.status)) throw badUserInput(`A lead in ${lead.status} is closed; log contacts with the customer elsewhere`, { field: 'id' });
      const at = this.eventTime(input.at, lead);
      const note = input.note?.trim() || null;
      if (note && note.length > MAX_NOTE) throw badUserInput(`note is longer than ${MAX_NOTE} characters`, { field: 'input.note' });
      const first = lead.firstContactAt === null;
      await run(tx, qb.updateTable('lead').set({ first_contact_at: sql<Date>`coalesce(first_contact_at, ${at})`, last_event_at: at }).where('id', '=', lead.id));
      journal.push({
        leadId: lead.id, at, kind: 'CONTACTED', actor: this.actor(input.actor, lead), reason: note,
        details: { contactKind: input.kind, first }, dims: leadDimensions(lead),
        facts: eventFacts({ kind: 'CONTACTED', contactKind: input.kind, firstContact: first, leadAgeHours: hoursBetween(lead.createdAt, at) }),
      });
      await this.sla.resolve(tx, journal, lead, 'CONTACT', at);
    });
    return (await this.get(id))!;
  }

  async list(catalog: Catalog, filter: LeadFilterInput, first: number, after?: string | null): Promise<LeadConnection> {
    checkPageSize(first, MAX_LEAD_PAGE);
    const where: Array<Expression<SqlBool>> = [];
    const anyOf = (column: 'status' | 'channel' | 'campaign' | 'region' | 'segment' | 'owner_key', values: readonly string[] | null | undefined) => {
      if (values?.length) where.push(sql<boolean>`${sql.ref(`l.${column}`)} = ANY(${values})`);
    };
    anyOf('status', filter.status);
    anyOf('channel', filter.channel);
    anyOf('campaign', filter.campaign);
    anyOf('region', filter.region);
    anyOf('segment', filter.segment);
    anyOf('owner_key', filter.rep);
    if (filter.unassigned != null) where.push(sql<boolean>`l.owner_key IS ${sql.raw(filter.unassigned ? '' : 'NOT ')}NULL`);
    if (filter.created) {
      const range = this.kpis.resolve(filter.created);
      where.push(sql<boolean>`l.created_at >= ${range.from} AND l.created_at < ${range.to}`);
    }
    if (filter.metric) where.push(sql<boolean>`l.id IN (${this.eventsBehind(catalog, filter.metric)})`);
    const matching = where.length > 0 ? sql.join(where, sql` AND `) : sql`true`;
    let page = leadSelect().where(sql<boolean>`${matching}`);
    if (after) {
      const cursor = decodeCursor(after, UUID_PATTERN);
      page = page.where(sql<boolean>`(l.created_at, l.id) < (${cursor.at}, ${cursor.id})`);
    }
    const [rows, count] = await readRoute(this.db, null, (db) => Promise.all([
      run(db, page.orderBy('l.created_at', 'desc').orderBy('l.id', 'desc').limit(first + 1)),
      runOne(db, qb.selectFrom('lead as l').select(sql<number>`count(*)::int`.as('n')).where(sql<boolean>`${matching}`)),
    ]));
    const edges = rows.slice(0, first).map((row) => Object.assign(new LeadEdge(), {
      cursor: encodeCursor(row.created_at, row.id), node: toLead(row),
    }));
    return Object.assign(new LeadConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
      totalCount: count!.n,
    });
  }

  /**
   * Lead ids whose events produced the observations of a KPI slice: events carrying a fact of one of the
   * metric's record-computed inputs, inside the period, with the slice's dimensions.
   */
  private eventsBehind(catalog: Catalog, slice: NonNullable<LeadFilterInput['metric']>) {
    if (!catalog.find(slice.key)) throw notFound('Metric', slice.key);
    const leaves = catalog.leaves(slice.key).filter((key) => (LEAD_FACT_METRICS as readonly string[]).includes(key));
    if (leaves.length === 0) throw badUserInput(`"${slice.key}" is not computed from lead records`, { field: 'filter.metric.key' });
    const range = this.kpis.resolve(slice.range);
    let events = qb.selectFrom('lead_event as e').select('e.lead_id')
      .where(sql<boolean>`e.facts ?| ${leaves}::text[]`).where(eventsInPeriod(range.from, range.to));
    for (const f of slice.filter ?? []) {
      const column = LEAD_DIMENSION_COLUMNS[f.dimension];
      events = events.where(column ? sql<boolean>`${sql.ref(`e.${column}`)} = ANY(${f.values})` : sql<boolean>`false`);
    }
    return events;
  }

  async salesReps(): Promise<SalesRepWorkload[]> {
    const rows = await run(this.db, qb.selectFrom('sales_rep as r').selectAll('r')
      .select((eb) => eb.selectFrom('lead as l').select(sql<number>`count(*)::int`.as('n'))
        .whereRef('l.owner_key', '=', 'r.key').where('l.status', 'in', OPEN_STATUSES).as('open_leads'))
      .orderBy('r.key'));
    return rows.map((row) => Object.assign(new SalesRepWorkload(), toSalesRep(row), { openLeads: row.open_leads }));
  }

  async scoring(): Promise<LeadScoring> {
    const { rules, threshold } = await this.scoringConfig(this.db.manager);
    return Object.assign(new LeadScoring(), {
      mqlThreshold: threshold,
      rules: rules.map((rule) => Object.assign(new ScoringRule(), { ...rule, entity: rule })),
    });
  }

  private async scoringConfig(tx: EntityManager): Promise<{ rules: ScoringRuleEntity[]; threshold: number | null }> {
    const [rules, settings] = await Promise.all([
      tx.getRepository(ScoringRuleEntity).find({ order: { key: 'ASC' } }),
      tx.getRepository(LeadScoringEntity).findOneBy({ singleton: true }),
    ]);
    return { rules, threshold: settings?.mqlThreshold ?? null };
  }

  /**
   * The active reps covering any of the regions, with their open workload (`exceptLead` not counted: it is
   * the one being routed). Locked until commit, so concurrent routing cannot push a rep over capacity.
   */
  private async routableReps(tx: EntityManager, regions: readonly string[], exceptLead?: string): Promise<RoutableRep[]> {
    if (regions.length === 0) return [];
    const rows = await run(tx, qb.selectFrom('sales_rep as r').select(['r.key', 'r.territories', 'r.specialisations', 'r.capacity'])
      .where('r.active', '=', true).where(sql<boolean>`r.territories && ${regions}::text[]`).orderBy('r.key').forNoKeyUpdate());
    const loads = await run(tx, qb.selectFrom('lead').select(['owner_key', sql<number>`count(*)::int`.as('n')])
      .where(sql<boolean>`owner_key = ANY(${rows.map((r) => r.key)})`).where('status', 'in', OPEN_STATUSES)
      .where(sql<boolean>`id IS DISTINCT FROM ${exceptLead ?? null}`).groupBy('owner_key'));
    const load = new Map(loads.map((l) => [l.owner_key, l.n]));
    return rows.map((r) => ({ ...r, openLeads: load.get(r.key) ?? 0 }));
  }

  /** The first lock of every lead change: the lead row before its SLA clocks (the one lock order, see SlaService.breachDue). */
  private async lock(tx: EntityManager, id: string): Promise<LeadEntity> {
    const lead = UUID_PATTERN.test(id) ? await tx.getRepository(LeadEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!lead) throw notFound('Lead', id);
    return lead;
  }

  /** When an event happens: now by default; never before the lead's latest event (its journey stays in order), never in the future. */
  private eventTime(at: Date | null | undefined, lead: LeadEntity): Date {
    const now = new Date();
    if (at == null) return new Date(Math.max(now.getTime(), lead.lastEventAt.getTime()));
    const problem = checkTime(at, now, 'input.at');
    if (problem) throw badUserInput(`at ${problem.reason}`, { field: problem.field });
    if (at < lead.lastEventAt) {
      throw badUserInput(`at lies before the lead's latest event (${lead.lastEventAt.toISOString()})`, { field: 'input.at' });
    }
    return at;
  }

  private actor(actor: string | null | undefined, lead: LeadEntity): string {
    const trimmed = actor?.trim();
    if (trimmed && trimmed.length > MAX_TEXT) throw badUserInput(`actor is longer than ${MAX_TEXT} characters`, { field: 'input.actor' });
    return trimmed || lead.ownerKey || 'api';
  }

  /** The opportunity of the input, checked; null when the input has none. */
  private checkOpportunity(input: TransitionLeadInput): { amount: number; currency: string } | null {
    const opportunity = input.opportunity;
    if (!opportunity) return null;
    if (!Number.isFinite(opportunity.amount) || opportunity.amount < 0) {
      throw badUserInput('amount must be a finite number ≥ 0', { field: 'input.opportunity.amount' });
    }
    const currency = opportunity.currency ?? this.currency();
    if (currency !== this.currency()) {
      throw badUserInput(`Amounts are kept in the organisation's currency, ${this.currency()}; convert ${currency} first`, { field: 'input.opportunity.currency' });
    }
    if (opportunity.expectedCloseAt && Number.isNaN(opportunity.expectedCloseAt.getTime())) {
      throw badUserInput('expectedCloseAt must be an ISO-8601 timestamp', { field: 'input.opportunity.expectedCloseAt' });
    }
    return { amount: opportunity.amount, currency };
  }
}

