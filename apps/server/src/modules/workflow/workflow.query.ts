import type { Selectable } from 'kysely';
import type { Workflow } from '@opshub/metrics';
import type { WorkflowEvent as WorkflowEventRow, WorkflowRecord as WorkflowRecordRow } from '../../database/schema';
import { qb } from '../../database/sql';
import { MetricContribution } from '../revops/lead.type';
import { WorkflowEvent, WorkflowRecord } from './workflow.type';

/** Every read of workflow records goes through this. */
export function workflowRecordSelect() {
  return qb.selectFrom('workflow_record as w').selectAll('w');
}

export function toWorkflowRecord(row: Selectable<WorkflowRecordRow>): WorkflowRecord {
  return Object.assign(new WorkflowRecord(), {
    id: row.id,
    workflow: row.workflow as Workflow,
    externalId: row.external_id,
    title: row.title,
    account: row.account,
    segment: row.segment,
    priority: row.priority,
    category: row.category,
    state: row.state,
    owner: row.owner,
    renewalDate: row.renewal_date,
    amount: row.amount,
    openedAt: row.opened_at,
    stateChangedAt: row.state_changed_at,
    lastEventAt: row.last_event_at,
  });
}

export function toWorkflowEvent(row: Selectable<WorkflowEventRow>): WorkflowEvent {
  return Object.assign(new WorkflowEvent(), {
    id: String(row.id),
    at: row.at,
    kind: row.kind as WorkflowEvent['kind'],
    fromState: row.from_state,
    toState: row.to_state,
    actor: row.actor,
    reason: row.reason,
    contributions: Object.entries(row.facts as Record<string, number>).map(([metricKey, value]) => Object.assign(new MetricContribution(), { metricKey, value })),
  });
}
