import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import {
  hoursBetween, isClosedState, type TimeRange, LIFECYCLES, MAX_BATCH_SIZE, RENEWAL_LEAD_DAYS, TICKET_PRIORITIES, WORKFLOW_FACT_METRICS, workflowEventFacts, workflowTransitionProblem,
  type Workflow,
} from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, batchRejected, notFound, type RejectedItem } from '../../common/errors';
import { checkPageSize } from '../../common/pagination';
import { checkTime, FUTURE_SKEW_MS, MAX_TEXT, optionalText, type Problem } from '../../common/record-input';
import { readRoute } from '../../database/read-replicas';
import { qb, run, runOne, runSql } from '../../database/sql';
import type { KpiService } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import { eventsInPeriod } from '../revops/lead-metrics.query';
import { listsByKey } from '../revops/lead.query';
import type { MetricSliceInput } from '../revops/lead.input';
import { RejectedLead } from '../revops/lead.type';
import type { WorkflowEventDraft, WorkflowJournal } from './workflow-journal.service';
import type { ClockedRecord, WorkflowSlaService } from './workflow-sla.service';
import { WorkflowRecordEntity } from './workflow.entity';
import type { MoveWorkflowRecordInput, WorkflowRecordInput } from './workflow.input';
import { toWorkflowEvent, toWorkflowRecord, workflowRecordSelect } from './workflow.query';
import { ImportedWorkflowRecord, ImportWorkflowRecordsResult, WorkflowDurations, type WorkflowEvent, type WorkflowRecord } from './workflow.type';

export const MAX_RECORD_PAGE = 200;
const MAX_REASON = 2000;
const DAY_MS = 24 * 3600_000;

/** The hours facts whose distribution `durations` reads, and the workflow whose events carry each. */
export const DURATION_FACTS: Readonly<Record<string, Workflow>> = {
  'cs.onboarding_hours_total': 'ONBOARDING',
  'cs.ticket_response_hours_total': 'TICKET',
  'cs.ticket_resolution_hours_total': 'TICKET',
};

/** A validated WorkflowRecordInput. */
interface NewRecord {
  workflow: Workflow;
  externalId: string | null;
  title: string | null;
  account: string | null;
  segment: string | null;
  priority: string | null;
  category: string | null;
  owner: string | null;
  renewalDate: Date | null;
  openedAt: Date;
  actor: string;
}

/** The fields that make two items with one externalId the same record (the actor is who sent it, not what it is). */
const CONTENT_FIELDS = ['title', 'account', 'segment', 'priority', 'category', 'owner', 'renewalDate', 'openedAt'] as const;

function validateRecord(input: WorkflowRecordInput, now: Date): NewRecord | Problem {
  const problems: Problem[] = [];
  const workflow = input.workflow;
  const ticket = workflow === 'TICKET';
  const record: NewRecord = {
    workflow,
    externalId: optionalText(input.externalId, 'externalId', problems),
    title: optionalText(input.title, 'title', problems),
    account: optionalText(input.account, 'account', problems),
    segment: optionalText(input.segment, 'segment', problems),
    priority: optionalText(input.priority, 'priority', problems) ?? (ticket ? 'NORMAL' : null),
    category: optionalText(input.category, 'category', problems),
    owner: optionalText(input.owner, 'owner', problems),
    renewalDate: input.renewalDate ?? null,
    openedAt: now,
    actor: optionalText(input.actor, 'actor', problems) ?? 'api',
  };
  if (!ticket && record.priority !== null) problems.push({ field: 'priority', reason: `applies to tickets only, not to ${workflow}` });
  if (!ticket && record.category !== null) problems.push({ field: 'category', reason: `applies to tickets only, not to ${workflow}` });
  if (ticket && record.priority !== null && !(TICKET_PRIORITIES as readonly string[]).includes(record.priority)) {
    problems.push({ field: 'priority', reason: `must be one of ${TICKET_PRIORITIES.join(', ')}` });
  }
  if (workflow !== 'RENEWAL' && record.renewalDate !== null) problems.push({ field: 'renewalDate', reason: `applies to renewals only, not to ${workflow}` });
  if (input.openedAt != null) {
    record.openedAt = input.openedAt;
    const time = checkTime(input.openedAt, now, 'openedAt');
    if (time) problems.push(time);
  }
  if (workflow === 'RENEWAL') {
    const renewal = record.renewalDate;
    if (renewal === null) problems.push({ field: 'renewalDate', reason: 'is required for a renewal' });
    else if (Number.isNaN(renewal.getTime())) problems.push({ field: 'renewalDate', reason: 'must be an ISO-8601 timestamp' });
    else if (input.openedAt == null) {
      // A renewal opens 90 days before its date: a date further away is not a renewal to work on yet.
      record.openedAt = new Date(renewal.getTime() - RENEWAL_LEAD_DAYS * DAY_MS);
      const time = checkTime(record.openedAt, now, 'renewalDate');
      if (record.openedAt.getTime() > now.getTime() + FUTURE_SKEW_MS) {
        problems.push({ field: 'renewalDate', reason: `is more than ${RENEWAL_LEAD_DAYS} days away: its renewal opens on ${record.openedAt.toISOString()}` });
      } else if (time) problems.push(time);
    }
  }
  return problems[0] ?? record;
}

function isProblem(value: NewRecord | Problem): value is Problem {
  return 'reason' in value;
}

/** The first field in which two items with one externalId differ, or null when they are the same record. */
function differingField(a: NewRecord, b: NewRecord): string | null {
  for (const field of CONTENT_FIELDS) {
    const [x, y] = [a[field], b[field]];
    const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
    if (!same) return field;
  }
  return null;
}

function clocked(row: Pick<WorkflowRecordEntity, 'id' | 'workflow' | 'openedAt' | 'segment' | 'priority' | 'category'>): ClockedRecord {
  return { id: row.id, workflow: row.workflow, openedAt: row.openedAt, segment: row.segment, priority: row.priority, category: row.category };
}

/**
 * Onboarding cases, support tickets and renewals: records moving along their workflow's lifecycle. Every change
 * runs through the workflow journal, so the record row, its events, its SLA clocks and the observations of the
 * metrics computed from it commit in one transaction — as lead changes do.
 */
export class WorkflowService {
  constructor(
    private readonly db: DataSource,
    private readonly journal: WorkflowJournal,
    private readonly sla: WorkflowSlaService,
    private readonly kpis: KpiService,
    private readonly currency: () => string,
  ) {}

  async get(id: string): Promise<WorkflowRecord | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const row = await runOne(this.db, workflowRecordSelect().where('w.id', '=', id));
    return row ? toWorkflowRecord(row) : null;
  }

  /** Every event of each record, in order: one statement for a page of records. */
  async journeys(recordIds: readonly string[]): Promise<WorkflowEvent[][]> {
    const rows = await run(this.db, qb.selectFrom('workflow_event as e').selectAll('e')
      .where('e.record_id', 'in', [...recordIds]).orderBy('e.at').orderBy('e.id'));
    return listsByKey(recordIds, rows, (row) => row.record_id).map((events) => events.map(toWorkflowEvent));
  }

  /** The record's id, and whether it is new (false: its externalId was already imported, and it was left as it was). */
  async createRecord(input: WorkflowRecordInput): Promise<{ id: string; created: boolean }> {
    const { records: [{ id, created }] } = await this.create([input], { allowPartial: false, single: true });
    return { id, created };
  }

  /** Bulk import, idempotent on (workflow, externalId), with recordObservations' batch limit and per-item errors. */
  importRecords(inputs: readonly WorkflowRecordInput[], allowPartial: boolean): Promise<ImportWorkflowRecordsResult> {
    if (inputs.length > MAX_BATCH_SIZE) {
      throw badUserInput(`A batch holds at most ${MAX_BATCH_SIZE} records, got ${inputs.length}; split it`, { field: 'input' });
    }
    return this.create(inputs, { allowPartial, single: false });
  }

  private create(inputs: readonly WorkflowRecordInput[], options: { allowPartial: boolean; single: boolean }): Promise<ImportWorkflowRecordsResult> {
    const now = new Date();
    return this.journal.run(async (tx, journal) => {
      const rejected: RejectedItem[] = [];
      const valid: Array<{ index: number; record: NewRecord }> = [];
      inputs.forEach((input, index) => {
        const checked = validateRecord(input, now);
        if (isProblem(checked)) rejected.push({ index, ...checked });
        else valid.push({ index, record: checked });
      });
      const keyOf = (r: NewRecord) => (r.externalId === null ? null : `${r.workflow}|${r.externalId}`);
      const first = new Map<string, { index: number; record: NewRecord }>();
      const fresh: Array<{ index: number; record: NewRecord }> = [];
      /** Items repeating an earlier item of the batch: they get its id. */
      const repeats: Array<{ index: number; of: number }> = [];
      for (const item of valid) {
        const key = keyOf(item.record);
        const earlier = key === null ? undefined : first.get(key);
        if (earlier) {
          const field = differingField(earlier.record, item.record);
          if (field) rejected.push({ index: item.index, field, reason: `differs from input[${earlier.index}], which has the same workflow and externalId` });
          else repeats.push({ index: item.index, of: earlier.index });
          continue;
        }
        if (key !== null) first.set(key, item);
        fresh.push(item);
      }
      rejected.sort((a, b) => a.index - b.index);
      if (rejected.length > 0 && options.single) {
        throw badUserInput(`input.${rejected[0].field} ${rejected[0].reason}`, { field: `input.${rejected[0].field}` });
      }
      if (rejected.length > 0 && !options.allowPartial) throw batchRejected('records', rejected, inputs.length);

      const idOf = await this.insertRecords(tx, journal, fresh);
      const imported = [
        ...fresh.map((item) => ({ index: item.index, ...idOf.get(item.index)! })),
        ...repeats.map((r) => ({ index: r.index, id: idOf.get(r.of)!.id, created: false })),
      ].sort((a, b) => a.index - b.index).map((item) => Object.assign(new ImportedWorkflowRecord(), item));
      return Object.assign(new ImportWorkflowRecordsResult(), {
        created: imported.filter((r) => r.created).length,
        existing: imported.filter((r) => !r.created).length,
        records: imported,
        rejected: rejected.map((r) => Object.assign(new RejectedLead(), r)),
      });
    });
  }

  /**
   * Inserts the records (an externalId already imported, or imported concurrently, keeps the record it names),
   * journals each new one's opening and starts its clocks. Returns each item's id and whether it was created.
   */
  private async insertRecords(
    tx: EntityManager, journal: WorkflowEventDraft[], items: ReadonlyArray<{ index: number; record: NewRecord }>,
  ): Promise<Map<number, { id: string; created: boolean }>> {
    const result = new Map<number, { id: string; created: boolean }>();
    if (items.length === 0) return result;
    const rows = items.map(({ record }) => ({ ...record, id: randomUUID(), state: LIFECYCLES[record.workflow].initial }));
    const column = <V>(pick: (r: (typeof rows)[number]) => V) => rows.map(pick);
    const inserted = new Set((await runSql(tx, sql<{ id: string }>`
      INSERT INTO workflow_record (id, workflow, external_id, title, account, segment, priority, category, state, owner, renewal_date,
                                   opened_at, state_changed_at, last_event_at)
      SELECT id, workflow, external_id, title, account, segment, priority, category, state, owner, renewal_date, opened_at, opened_at, opened_at
        FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.workflow)}::text[], ${column((r) => r.externalId)}::text[],
                    ${column((r) => r.title)}::text[], ${column((r) => r.account)}::text[], ${column((r) => r.segment)}::text[],
                    ${column((r) => r.priority)}::text[], ${column((r) => r.category)}::text[], ${column((r) => r.state)}::text[],
                    ${column((r) => r.owner)}::text[], ${column((r) => r.renewalDate)}::timestamptz[], ${column((r) => r.openedAt)}::timestamptz[])
             AS t(id, workflow, external_id, title, account, segment, priority, category, state, owner, renewal_date, opened_at)
      ON CONFLICT (workflow, external_id) DO NOTHING
      RETURNING id`)).map((row) => row.id));
    const skipped = rows.filter((r) => !inserted.has(r.id));
    const existing = skipped.length === 0 ? [] : await run(tx, qb.selectFrom('workflow_record').select(['id', 'workflow', 'external_id'])
      .where(sql<boolean>`(workflow, external_id) IN (SELECT * FROM unnest(${skipped.map((r) => r.workflow)}::text[], ${skipped.map((r) => r.externalId)}::text[]))`));
    const existingId = new Map(existing.map((row) => [`${row.workflow}|${row.external_id}`, row.id]));
    rows.forEach((row, i) => {
      const created = inserted.has(row.id);
      result.set(items[i].index, { id: created ? row.id : existingId.get(`${row.workflow}|${row.externalId}`)!, created });
    });
    const opened = rows.filter((row) => inserted.has(row.id));
    for (const row of opened) {
      journal.push({
        recordId: row.id, workflow: row.workflow, at: row.openedAt, kind: 'CREATED', toState: row.state, actor: row.actor,
        dims: { segment: row.segment, priority: row.priority, category: row.category },
        facts: workflowEventFacts({ workflow: row.workflow, kind: 'CREATED', ageHours: 0 }),
      });
    }
    for (const state of new Set(opened.map((row) => row.state))) {
      await this.sla.start(tx, opened.filter((row) => row.state === state).map((row) => ({ record: clocked(row), at: row.openedAt })), state);
    }
    return result;
  }

  /** The record's workflow, or NOT_FOUND: what a caller's access to a record is decided by. */
  async workflowOf(id: string): Promise<Workflow> {
    const row = UUID_PATTERN.test(id) ? await runOne(this.db, qb.selectFrom('workflow_record').select('workflow').where('id', '=', id)) : null;
    if (!row) throw notFound('WorkflowRecord', id);
    return row.workflow as Workflow;
  }

  /** Moves the record along its lifecycle; an illegal move is BAD_USER_INPUT naming both states. */
  async moveRecord(id: string, input: MoveWorkflowRecordInput): Promise<WorkflowRecord> {
    await this.journal.run(async (tx, journal) => {
      const record = await this.lock(tx, id);
      const to = input.to?.trim() ?? '';
      const problem = workflowTransitionProblem(record.workflow, record.state, to);
      if (problem) throw badUserInput(problem, { field: 'input.to' });
      const at = this.eventTime(input.at, record);
      const reason = input.reason?.trim() || null;
      if (reason && reason.length > MAX_REASON) throw badUserInput(`reason is longer than ${MAX_REASON} characters`, { field: 'input.reason' });
      const actor = this.text(input.actor, 'input.actor') ?? record.owner ?? 'api';
      const category = this.text(input.category, 'input.category');
      const owner = this.text(input.owner, 'input.owner');
      if (category !== null && to !== 'CATEGORISED') throw badUserInput('category is set when a ticket moves to CATEGORISED', { field: 'input.category' });
      if (owner !== null && to !== 'ASSIGNED') throw badUserInput('owner is set when a ticket moves to ASSIGNED', { field: 'input.owner' });
      if (to === 'CATEGORISED' && category === null && record.category === null) throw badUserInput('category is required to categorise a ticket', { field: 'input.category' });
      if (to === 'ASSIGNED' && owner === null && record.owner === null) throw badUserInput('owner is required to assign a ticket', { field: 'input.owner' });
      const amount = this.amount(input, to);
      const firstTime = (await runOne(tx, qb.selectFrom('workflow_event').select('id')
        .where('record_id', '=', record.id).where('to_state', '=', to).limit(1))) === null;

      const moved: WorkflowRecordEntity = {
        ...record, state: to, stateChangedAt: at, lastEventAt: at, category: category ?? record.category, owner: owner ?? record.owner, amount: amount ?? record.amount,
      };
      await run(tx, qb.updateTable('workflow_record').set({
        state: to, state_changed_at: at, last_event_at: at, category: moved.category, owner: moved.owner, amount: moved.amount,
      }).where('id', '=', record.id));
      journal.push({
        recordId: record.id, workflow: record.workflow, at, kind: 'TRANSITIONED', fromState: record.state, toState: to, actor, reason,
        details: amount === null ? {} : { amount, currency: this.currency() },
        dims: { segment: moved.segment, priority: moved.priority, category: moved.category },
        facts: workflowEventFacts({ workflow: record.workflow, kind: 'TRANSITIONED', toState: to, ageHours: hoursBetween(record.openedAt, at), firstTime, amount }),
      });
      await this.sla.reached(tx, journal, clocked(moved), to, at, isClosedState(record.workflow, to));
      await this.sla.start(tx, [{ record: clocked(moved), at }], to);
    });
    return (await this.get(id))!;
  }

  /** Records of a workflow, newest first: by state, or the records behind a KPI (their events produced its observations in the slice). */
  async list(catalog: Catalog, workflow: Workflow, states: readonly string[] | null, metric: MetricSliceInput | null, first: number): Promise<WorkflowRecord[]> {
    checkPageSize(first, MAX_RECORD_PAGE);
    let query = workflowRecordSelect().where('w.workflow', '=', workflow);
    if (states?.length) query = query.where('w.state', 'in', [...states]);
    if (metric) query = query.where('w.id', 'in', this.eventsBehind(catalog, workflow, metric));
    const rows = await readRoute(this.db, null, (db) => run(db, query.orderBy('w.opened_at', 'desc').orderBy('w.id', 'desc').limit(first)));
    return rows.map(toWorkflowRecord);
  }

  /** Record ids whose events carry a fact of one of the metric's record-computed inputs, inside the period, with the slice's dimensions. */
  private eventsBehind(catalog: Catalog, workflow: Workflow, slice: MetricSliceInput) {
    if (!catalog.find(slice.key)) throw notFound('Metric', slice.key);
    const leaves = catalog.leaves(slice.key).filter((key) => (WORKFLOW_FACT_METRICS as readonly string[]).includes(key));
    if (leaves.length === 0) throw badUserInput(`"${slice.key}" is not computed from workflow records`, { field: 'metric.key' });
    const range = this.kpis.resolve(slice.range);
    let events = qb.selectFrom('workflow_event as e').select('e.record_id')
      .where('e.workflow', '=', workflow).where(sql<boolean>`e.facts ?| ${leaves}::text[]`).where(eventsInPeriod(range.from, range.to));
    for (const f of slice.filter ?? []) {
      const column = ['segment', 'priority', 'category'].includes(f.dimension) ? f.dimension : null;
      events = events.where(column ? sql<boolean>`${sql.ref(`e.${column}`)} = ANY(${f.values})` : sql<boolean>`false`);
    }
    return events;
  }

  /**
   * The distribution of an hours fact over the events in the period (each event one record's time): exactly the
   * events behind the mean-time KPI of the same period, so its mean equals the KPI and its median and p90 sit beside it.
   */
  async durations(metricKey: string, range: TimeRange): Promise<WorkflowDurations> {
    const workflow = DURATION_FACTS[metricKey];
    if (!workflow) throw badUserInput(`metricKey must be one of ${Object.keys(DURATION_FACTS).join(', ')}`, { field: 'metricKey' });
    const hours = sql<number>`(e.facts ->> ${metricKey})::float8`;
    const row = await runOne(this.db, qb.selectFrom('workflow_event as e')
      .select([
        sql<number>`count(*)::int`.as('count'),
        sql<number | null>`avg(${hours})`.as('mean'),
        sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours})`.as('median'),
        sql<number | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours})`.as('p90'),
      ])
      .where('e.workflow', '=', workflow).where(sql<boolean>`e.facts ? ${metricKey}`).where(eventsInPeriod(range.from, range.to)));
    return Object.assign(new WorkflowDurations(), { metricKey, count: row!.count, meanHours: row!.mean, medianHours: row!.median, p90Hours: row!.p90 });
  }

  /** The first lock of every record change: the record row before its SLA clocks (the breach scan's lock order). */
  private async lock(tx: EntityManager, id: string): Promise<WorkflowRecordEntity> {
    const record = UUID_PATTERN.test(id) ? await tx.getRepository(WorkflowRecordEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!record) throw notFound('WorkflowRecord', id);
    return record;
  }

  /** When a move happens: now by default; never before the record's latest event, never in the future. */
  private eventTime(at: Date | null | undefined, record: WorkflowRecordEntity): Date {
    const now = new Date();
    if (at == null) return new Date(Math.max(now.getTime(), record.lastEventAt.getTime()));
    const problem = checkTime(at, now, 'input.at');
    if (problem) throw badUserInput(`at ${problem.reason}`, { field: problem.field });
    if (at < record.lastEventAt) {
      throw badUserInput(`at lies before the record's latest event (${record.lastEventAt.toISOString()})`, { field: 'input.at' });
    }
    return at;
  }

  private text(value: string | null | undefined, field: string): string | null {
    const problems: Problem[] = [];
    const text = optionalText(value, field, problems);
    if (problems.length > 0) throw badUserInput(`${field.replace('input.', '')} is longer than ${MAX_TEXT} characters`, { field });
    return text;
  }

  /** The expansion of a renewal moving to RENEWED (0 when not given); null for every other move. */
  private amount(input: MoveWorkflowRecordInput, to: string): number | null {
    if (to !== 'RENEWED') {
      if (input.amount != null) throw badUserInput('amount is the expansion found when a renewal moves to RENEWED', { field: 'input.amount' });
      return null;
    }
    const amount = input.amount ?? 0;
    if (!Number.isFinite(amount) || amount < 0) throw badUserInput('amount must be a finite number ≥ 0', { field: 'input.amount' });
    return amount;
  }
}
