import { Arg, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import { WORKFLOW_EVENT_KINDS, WORKFLOWS, type Workflow, type WorkflowEventKind } from '@opshub/metrics';
import { MetricContribution, RejectedLead } from '../revops/lead.type';
import { SlaClockStateEnum } from '../revops/sla.type';
import type { SlaClockState } from '../revops/sla.entity';
import type { WorkflowSlaPolicyEntity } from './workflow.entity';

export const WorkflowEnum = enumOf(WORKFLOWS);
export const WorkflowEventKindEnum = enumOf(WORKFLOW_EVENT_KINDS);
registerEnumType(WorkflowEnum, {
  name: 'Workflow',
  description: 'The operations workflows kept as records. ONBOARDING: CONTRACT_SIGNED → ACCOUNT_LIVE | CANCELLED. '
    + 'TICKET: NEW → CATEGORISED → ASSIGNED → ANSWERED → RESOLVED (ANSWERED → ASSIGNED reopens). '
    + 'RENEWAL: OPENED → HEALTH_CHECKED → EXPANSION_REVIEWED → RENEWED | CHURNED.',
});
registerEnumType(WorkflowEventKindEnum, { name: 'WorkflowEventKind' });

@ObjectType({ description: 'An onboarding case, a support ticket or a renewal, moving along its workflow.' })
export class WorkflowRecord {
  @Field(() => ID) id: string;
  @Field(() => WorkflowEnum) workflow: Workflow;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'The customer account.' }) account: string | null;
  @Field(() => String, { nullable: true }) segment: string | null;
  @Field(() => String, { nullable: true, description: 'Tickets: LOW, NORMAL, HIGH or URGENT.' }) priority: string | null;
  @Field(() => String, { nullable: true, description: 'Tickets: set when categorised.' }) category: string | null;
  @Field({ description: "One of the workflow's states." }) state: string;
  @Field(() => String, { nullable: true, description: 'Who works on it (tickets: set when assigned).' }) owner: string | null;
  @Field(() => Date, { nullable: true, description: 'Renewals: the date the contract renews.' }) renewalDate: Date | null;
  @Field(() => Float, { nullable: true, description: "Renewals: the expansion found at renewal, in the organisation's currency." }) amount: number | null;
  @Field() openedAt: Date;
  @Field() stateChangedAt: Date;
  @Field() lastEventAt: Date;
}

@ObjectType({ description: "One step of a workflow record's journey: who, when, from → to, why." })
export class WorkflowEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => WorkflowEventKindEnum) kind: WorkflowEventKind;
  @Field(() => String, { nullable: true }) fromState: string | null;
  @Field(() => String, { nullable: true }) toState: string | null;
  @Field() actor: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => [MetricContribution], { description: 'What this event added to each metric computed from the records.' }) contributions: MetricContribution[];
}

@ObjectType({ description: "A workflow step's deadline and success-rate target, as data." })
export class WorkflowSlaPolicy {
  @Field(() => ID) key: string;
  @Field(() => WorkflowEnum) workflow: Workflow;
  @Field({ description: 'Entering this state starts the clock.' }) startsOn: string;
  @Field(() => [String], { description: 'Reaching one of these states stops it.' }) stopsOn: string[];
  @Field(() => Int) durationSeconds: number;
  @Field(() => Float, { description: 'Share of deadlines to meet, 0–1.' }) target: number;
  @Field() active: boolean;
  entity: WorkflowSlaPolicyEntity;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.name, this.entity.i18n, locale, 'name');
  }

  @Field(() => String)
  description(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.description, this.entity.i18n, locale, 'description');
  }
}

export function toWorkflowSlaPolicy(entity: WorkflowSlaPolicyEntity): WorkflowSlaPolicy {
  return Object.assign(new WorkflowSlaPolicy(), {
    key: entity.key, workflow: entity.workflow, startsOn: entity.startsOn, stopsOn: entity.stopsOn, durationSeconds: entity.durationSeconds,
    target: entity.target, active: entity.active, entity,
  });
}

@ObjectType({ description: "One policy's deadline for one workflow record." })
export class WorkflowSlaClock {
  @Field(() => ID) id: string;
  @Field(() => WorkflowSlaPolicy) policy: WorkflowSlaPolicy;
  @Field() startedAt: Date;
  @Field() dueAt: Date;
  @Field(() => SlaClockStateEnum, { description: 'BREACHED stays breached when the step is done late.' }) state: SlaClockState;
  @Field(() => Date, { nullable: true, description: 'When the step was done, in time or late.' }) metAt: Date | null;
}

@ObjectType({ description: 'A workflow deadline that passed before its step was done.' })
export class WorkflowSlaBreach extends WorkflowSlaClock {
  @Field(() => WorkflowRecord) record: WorkflowRecord;
}

@ObjectType()
export class ImportedWorkflowRecord {
  @Field(() => Int, { description: 'Position of the item in the input list.' }) index: number;
  @Field(() => ID) id: string;
  @Field({ description: 'False when a record with this workflow and externalId already existed and was left as it was.' }) created: boolean;
}

@ObjectType()
export class ImportWorkflowRecordsResult {
  @Field(() => Int) created: number;
  @Field(() => Int, { description: 'Items whose externalId was already imported: left unchanged.' }) existing: number;
  @Field(() => [ImportedWorkflowRecord]) records: ImportedWorkflowRecord[];
  @Field(() => [RejectedLead], { description: 'Rejected items (allowPartial only): position, field and reason.' }) rejected: RejectedLead[];
}

@ObjectType({ description: "A workflow's SLA attainment in a period: deadlines resolved (met or breached) and breached, against the target." })
export class WorkflowAttainment {
  @Field(() => WorkflowEnum) workflow: Workflow;
  @Field(() => Int) resolved: number;
  @Field(() => Int) breached: number;
  @Field(() => Float, { nullable: true, description: '1 − breached / resolved; null with no deadline resolved.' }) attainment: number | null;
  @Field(() => Float) target: number;
}

@ObjectType()
export class WorkflowRecordWrite {
  @Field(() => ID, { description: 'The record written; for createWorkflowRecord with an already imported externalId, the existing record.' }) id: string;
  @Field({ description: 'True when this call created the record; false when its externalId was already imported, and for moves.' }) created: boolean;
  @Field(() => WorkflowEnum) workflow: Workflow;
}

@ObjectType({ description: 'How long the records took, from their events in a period: the distribution behind a mean-time KPI.' })
export class WorkflowDurations {
  @Field(() => ID, { description: 'The hours fact: cs.onboarding_hours_total, cs.ticket_response_hours_total or cs.ticket_resolution_hours_total.' }) metricKey: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) meanHours: number | null;
  @Field(() => Float, { nullable: true }) medianHours: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (linear interpolation between ranks).' }) p90Hours: number | null;
}
