import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { workflowObservationDimensions, type Workflow, type WorkflowDimensions, type WorkflowEventKind } from '@opshub/metrics';
import type { EventBus } from '../bus/event-bus';
import type { ObservationService } from '../observation/observation.service';
import { runSql } from '../../database/sql';
import { bucketObservations, type FactJournal } from '../revops/lead-metrics.query';

/** Workflow events as a journal of facts: bucketed by the record's dimensions at the event, like lead events. */
export const WORKFLOW_EVENTS: FactJournal = {
  table: 'workflow_event',
  columns: ['workflow', 'segment', 'priority', 'category'],
  dimensions: (row) => workflowObservationDimensions({ segment: row.segment, priority: row.priority, category: row.category }),
};

/** An event about to be appended to a workflow record's journey. */
export interface WorkflowEventDraft {
  recordId: string;
  workflow: Workflow;
  at: Date;
  kind: WorkflowEventKind;
  fromState?: string | null;
  toState?: string | null;
  actor: string;
  reason?: string | null;
  details?: Record<string, unknown>;
  dims: WorkflowDimensions;
  facts: Record<string, number>;
}

/**
 * The one write path of workflow events: a unit of work appends its events and recomputes the observations of
 * the buckets they touch in the record change's transaction (the lead journal's bucketing, over workflow_event);
 * after commit it announces the change to live KPIs, record subscribers and breach subscribers.
 */
export class WorkflowJournal {
  constructor(
    private readonly db: DataSource,
    private readonly observations: ObservationService,
    private readonly bus: EventBus,
    /** False for a bulk load while nothing else writes workflow records: its observations are written once at its end (`allBucketObservations`). */
    private readonly observeEachChange = true,
  ) {}

  async run<T>(work: (tx: EntityManager, journal: WorkflowEventDraft[]) => Promise<T>): Promise<T> {
    const drafts: WorkflowEventDraft[] = [];
    const { value, metricKeys } = await this.db.transaction(async (tx) => {
      const result = await work(tx, drafts);
      return { value: result, metricKeys: await this.append(tx, drafts) };
    });
    if (metricKeys.length > 0) this.bus.publish('observationsRecorded', { metricKeys });
    const records = new Map(drafts.map((draft) => [draft.recordId, draft.workflow]));
    for (const [recordId, workflow] of records) this.bus.publish('workflowRecordChanged', { recordId, workflow });
    for (const draft of drafts.filter((d) => d.kind === 'SLA_BREACHED')) {
      this.bus.publish('workflowSlaBreached', { clockId: String(draft.details?.clockId), recordId: draft.recordId, workflow: draft.workflow });
    }
    return value;
  }

  private async append(tx: EntityManager, drafts: readonly WorkflowEventDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const column = <V>(pick: (d: WorkflowEventDraft) => V) => drafts.map(pick);
    const ids = (await runSql(tx, sql<{ id: string }>`
      INSERT INTO workflow_event (record_id, workflow, at, kind, from_state, to_state, actor, reason, details, segment, priority, category, facts)
      SELECT * FROM unnest(${column((d) => d.recordId)}::uuid[], ${column((d) => d.workflow)}::text[], ${column((d) => d.at)}::timestamptz[],
                           ${column((d) => d.kind)}::text[], ${column((d) => d.fromState ?? null)}::text[], ${column((d) => d.toState ?? null)}::text[],
                           ${column((d) => d.actor)}::text[], ${column((d) => d.reason ?? null)}::text[], ${column((d) => JSON.stringify(d.details ?? {}))}::jsonb[],
                           ${column((d) => d.dims.segment)}::text[], ${column((d) => d.dims.priority)}::text[], ${column((d) => d.dims.category)}::text[],
                           ${column((d) => JSON.stringify(d.facts))}::jsonb[])
      RETURNING id`)).map((row) => row.id);
    if (!this.observeEachChange || !drafts.some((d) => Object.keys(d.facts).length > 0)) return [];
    const points = await bucketObservations(tx, WORKFLOW_EVENTS, ids);
    await this.observations.writeComputed(tx, points);
    return [...new Set(points.map((p) => p.metricKey))];
  }
}
