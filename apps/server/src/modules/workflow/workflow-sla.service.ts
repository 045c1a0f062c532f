import { sql, type Selectable } from 'kysely';
import { SCAN_BATCH, scanInBatches } from '../../common/batch-scan';
import type { DataSource, EntityManager } from 'typeorm';
import { hoursBetween, workflowEventFacts, type TimeRange, type Workflow, type WorkflowDimensions } from '@opshub/metrics';
import { checkPageSize } from '../../common/pagination';
import type { WorkflowSlaPolicy as PolicyRow } from '../../database/schema';
import { qb, run, runOne, runSql } from '../../database/sql';
import type { Jsonb } from '../revops/lead.query';
import { listsByKey } from '../revops/lead.query';
import { MAX_BREACH_PAGE } from '../revops/sla.service';
import type { BreachScanner } from '../revops/sla-monitor.service';
import type { WorkflowEventDraft, WorkflowJournal } from './workflow-journal.service';
import { WorkflowSlaPolicyEntity } from './workflow.entity';
import { toWorkflowRecord, workflowRecordSelect } from './workflow.query';
import { toWorkflowSlaPolicy, WorkflowAttainment, WorkflowSlaBreach, WorkflowSlaClock, type WorkflowSlaPolicy } from './workflow.type';

/** What a clock's change needs of its record: its identity, when it opened, and its dimensions now. */
export interface ClockedRecord extends WorkflowDimensions {
  id: string;
  workflow: Workflow;
  openedAt: Date;
}

interface ResolvedClock {
  id: string;
  policy_key: string;
  started_at: Date;
  due_at: Date;
  state: string;
  met_at: Date | null;
  name: string;
}

const RESOLVED_CLOCK = ['c.id', 'c.policy_key', 'c.started_at', 'c.due_at', 'c.state', 'c.met_at', 'p.name'] as const;

type PolicyJson = Jsonb<Selectable<PolicyRow>>;

function clockDraft(clock: ResolvedClock, record: ClockedRecord): WorkflowEventDraft | null {
  if (clock.state === 'CANCELLED') return null;
  const breached = clock.state === 'BREACHED';
  // A breach is dated at the deadline, whenever it was noticed.
  const at = breached ? clock.due_at : clock.met_at!;
  const kind = breached ? 'SLA_BREACHED' : 'SLA_MET';
  return {
    recordId: record.id,
    workflow: record.workflow,
    at,
    kind,
    actor: 'sla',
    reason: breached ? `${clock.name}: deadline passed` : null,
    details: { clockId: String(clock.id), policy: clock.policy_key, policyName: clock.name, startedAt: clock.started_at, dueAt: clock.due_at },
    dims: { segment: record.segment, priority: record.priority, category: record.category },
    facts: workflowEventFacts({ workflow: record.workflow, kind, ageHours: hoursBetween(record.openedAt, at) }),
  };
}

/**
 * SLA clocks of workflow records, the lead clocks' rules over workflow steps: entering a policy's `startsOn`
 * starts a clock, reaching one of its `stopsOn` meets it (or breaches it, if the deadline had passed), closing the
 * record otherwise cancels it; `breachDue`, run by the SLA monitor with the lead scan, breaches due clocks
 * whether or not anyone looks. A breach stays a breach when the step is done later (its `met_at` then says when).
 * Lock order as for leads: the record row, then its clocks.
 */
export class WorkflowSlaService implements BreachScanner {
  constructor(private readonly db: DataSource, private readonly journal: WorkflowJournal) {}

  /** Starts the clocks of the active policies for records entering `state`. */
  async start(tx: EntityManager, entries: ReadonlyArray<{ record: ClockedRecord; at: Date }>, state: string): Promise<void> {
    const byWorkflow = new Map<Workflow, WorkflowSlaPolicyEntity[]>();
    for (const workflow of new Set(entries.map((e) => e.record.workflow))) {
      byWorkflow.set(workflow, await tx.getRepository(WorkflowSlaPolicyEntity).find({ where: { active: true, workflow, startsOn: state }, order: { key: 'ASC' } }));
    }
    const rows = entries.flatMap(({ record, at }) => (byWorkflow.get(record.workflow) ?? []).map((policy) => ({
      recordId: record.id, policy: policy.key, at, due: new Date(at.getTime() + policy.durationSeconds * 1000),
    })));
    if (rows.length === 0) return;
    await runSql(tx, sql`
      INSERT INTO workflow_sla_clock (record_id, policy_key, started_at, due_at)
      SELECT * FROM unnest(${rows.map((r) => r.recordId)}::uuid[], ${rows.map((r) => r.policy)}::text[], ${rows.map((r) => r.at)}::timestamptz[],
                           ${rows.map((r) => r.due)}::timestamptz[])
      ON CONFLICT (record_id, policy_key) DO NOTHING`);
  }

  /**
   * The record reached `state` at `at`: open clocks it stops are met (or breached, past their deadline); when the
   * state closes the record, the other open clocks are cancelled (or breached). Breached clocks it stops learn when.
   */
  async reached(tx: EntityManager, journal: WorkflowEventDraft[], record: ClockedRecord, state: string, at: Date, closes: boolean): Promise<void> {
    const stops = sql<boolean>`${state} = ANY(p.stops_on)`;
    const clocks = await run(tx, qb.updateTable('workflow_sla_clock as c').from('workflow_sla_policy as p')
      .set({
        state: sql<string>`CASE WHEN ${at} > c.due_at THEN 'BREACHED' WHEN ${stops} THEN 'MET' ELSE 'CANCELLED' END`,
        met_at: sql<Date | null>`CASE WHEN ${stops} THEN ${at}::timestamptz END`,
      })
      .whereRef('p.key', '=', 'c.policy_key').where('c.record_id', '=', record.id).where('c.state', '=', 'OPEN')
      .where(sql<boolean>`(${stops} OR ${closes})`)
      .returning(RESOLVED_CLOCK));
    for (const clock of clocks) {
      const draft = clockDraft(clock, record);
      if (draft) journal.push(draft);
    }
    await run(tx, qb.updateTable('workflow_sla_clock as c').from('workflow_sla_policy as p').set({ met_at: at })
      .whereRef('p.key', '=', 'c.policy_key').where('c.record_id', '=', record.id).where('c.state', '=', 'BREACHED')
      .where('c.met_at', 'is', null).where(stops));
  }

  /**
   * Breaches every open clock whose deadline is at or before `now`, each exactly once however many instances scan:
   * records with due clocks are claimed in id order FOR UPDATE SKIP LOCKED (a record being changed is left to the
   * next scan), then their due clocks breached. Returns how many it breached.
   */
  async breachDue(now: Date = new Date()): Promise<number> {
    return scanInBatches(() => this.journal.run(async (tx, journal) => {
      const due = qb.selectFrom('workflow_sla_clock').select('record_id')
        .where('state', '=', 'OPEN').where('due_at', '<=', now)
        .groupBy('record_id').orderBy(sql`min(due_at)`).limit(SCAN_BATCH);
      const claimed = (await run(tx, qb.selectFrom('workflow_record').select('id').where('id', 'in', due).orderBy('id').forUpdate().skipLocked()))
        .map((record) => record.id);
      if (claimed.length === 0) return { claimed: 0, done: 0 };
      const rows = await run(tx, qb.updateTable('workflow_sla_clock as c').from(['workflow_record as r', 'workflow_sla_policy as p'])
        .set({ state: 'BREACHED' })
        .where('c.record_id', 'in', claimed).where('c.state', '=', 'OPEN').where('c.due_at', '<=', now)
        .whereRef('r.id', '=', 'c.record_id').whereRef('p.key', '=', 'c.policy_key')
        .returning([...RESOLVED_CLOCK, 'r.id as record_id', 'r.workflow', 'r.opened_at', 'r.segment', 'r.priority', 'r.category']));
      for (const row of rows) {
        const record: ClockedRecord = {
          id: row.record_id, workflow: row.workflow as Workflow, openedAt: row.opened_at, segment: row.segment, priority: row.priority, category: row.category,
        };
        journal.push(clockDraft(row, record)!);
      }
      return { claimed: claimed.length, done: rows.length };
    }));
  }

  async anyDue(now: Date = new Date()): Promise<boolean> {
    return (await runOne(this.db, qb.selectFrom('workflow_sla_clock').select('id').where('state', '=', 'OPEN').where('due_at', '<=', now).limit(1))) !== null;
  }

  async policies(workflows: readonly Workflow[]): Promise<WorkflowSlaPolicy[]> {
    if (workflows.length === 0) return [];
    const rows = await this.db.getRepository(WorkflowSlaPolicyEntity).createQueryBuilder('p')
      .where('p.workflow IN (:...workflows)', { workflows }).orderBy('p.workflow').addOrderBy('p.key').getMany();
    return rows.map(toWorkflowSlaPolicy);
  }

  /** The SLA clocks of each record, oldest first: one statement for a page of records. */
  async clocksOf(recordIds: readonly string[]): Promise<WorkflowSlaClock[][]> {
    const rows = await run(this.db, qb.selectFrom('workflow_sla_clock as c')
      .innerJoin('workflow_sla_policy as p', 'p.key', 'c.policy_key')
      .selectAll('c').select(sql<PolicyJson>`to_jsonb(p.*)`.as('policy'))
      .where('c.record_id', 'in', [...recordIds])
      .orderBy('c.started_at').orderBy('c.id'));
    return listsByKey(recordIds, rows, (row) => row.record_id).map((clocks) => clocks.map((row) => Object.assign(new WorkflowSlaClock(), clockFields(row))));
  }

  /** Breaches of the workflows whose deadline falls in the range, latest first. */
  async breaches(workflows: readonly Workflow[], range: TimeRange, first: number, clockIds?: readonly string[]): Promise<WorkflowSlaBreach[]> {
    checkPageSize(first, MAX_BREACH_PAGE);
    if (workflows.length === 0) return [];
    const rows = await run(this.db, qb.selectFrom('workflow_sla_clock as c')
      .innerJoin('workflow_sla_policy as p', 'p.key', 'c.policy_key')
      .innerJoin(workflowRecordSelect().as('q'), 'q.id', 'c.record_id')
      .select(['c.id as clock_id', 'c.started_at as clock_started_at', 'c.due_at as clock_due_at', 'c.state as clock_state', 'c.met_at as clock_met_at'])
      .select(sql<PolicyJson>`to_jsonb(p.*)`.as('policy'))
      .selectAll('q')
      .where('c.state', '=', 'BREACHED').where('c.due_at', '>=', range.from).where('c.due_at', '<', range.to)
      .where('q.workflow', 'in', [...workflows])
      .where(sql<boolean>`(${clockIds ?? null}::bigint[] IS NULL OR c.id = ANY(${clockIds ?? null}))`)
      .orderBy('c.due_at', 'desc').orderBy('c.id', 'desc').limit(first));
    return rows.map((row) => Object.assign(new WorkflowSlaBreach(), {
      ...clockFields({ id: row.clock_id, started_at: row.clock_started_at, due_at: row.clock_due_at, state: row.clock_state, met_at: row.clock_met_at, policy: row.policy }),
      record: toWorkflowRecord(row),
    }));
  }

  /**
   * Each workflow's deadlines resolved (met or breached) in the range, by the instant they resolved — the
   * instant their SLA_MET / SLA_BREACHED events carry, so this equals the attainment KPI of the same period.
   */
  async attainment(workflows: readonly Workflow[], range: TimeRange): Promise<WorkflowAttainment[]> {
    if (workflows.length === 0) return [];
    const rows = await runSql(this.db, sql<{ workflow: Workflow; resolved: number; breached: number; target: number }>`
      SELECT p.workflow,
             count(c.id) FILTER (WHERE c.state = 'BREACHED' AND c.due_at >= ${range.from} AND c.due_at < ${range.to}
                                   OR c.state = 'MET' AND c.met_at >= ${range.from} AND c.met_at < ${range.to})::int AS resolved,
             count(c.id) FILTER (WHERE c.state = 'BREACHED' AND c.due_at >= ${range.from} AND c.due_at < ${range.to})::int AS breached,
             min(p.target) AS target
        FROM workflow_sla_policy p LEFT JOIN workflow_sla_clock c ON c.policy_key = p.key
       WHERE p.workflow = ANY(${[...workflows]}::text[])
       GROUP BY p.workflow ORDER BY p.workflow`);
    return rows.map((row) => Object.assign(new WorkflowAttainment(), {
      workflow: row.workflow, resolved: row.resolved, breached: row.breached, target: Number(row.target),
      attainment: row.resolved === 0 ? null : 1 - row.breached / row.resolved,
    }));
  }
}

function clockFields(row: { id: string; started_at: Date; due_at: Date; state: string; met_at: Date | null; policy: PolicyJson }) {
  const policy = row.policy;
  const entity = Object.assign(new WorkflowSlaPolicyEntity(), {
    key: policy.key, workflow: policy.workflow as Workflow, name: policy.name, description: policy.description, startsOn: policy.starts_on,
    stopsOn: policy.stops_on, durationSeconds: policy.duration_seconds, target: policy.target, active: policy.active, i18n: policy.i18n,
  });
  return { id: String(row.id), policy: toWorkflowSlaPolicy(entity), startedAt: row.started_at, dueAt: row.due_at, state: row.state, metAt: row.met_at };
}
