import { Field, Float, ID, InputType } from 'type-graphql';
import type { Workflow } from '@opshub/metrics';
import { WorkflowEnum } from './workflow.type';

const AT = { nullable: true, description: "When it happened (ISO-8601); defaults to now. Not before the record's latest event, not in the future." } as const;

@InputType({ description: 'A new workflow record, opened in its workflow\'s first state.' })
export class WorkflowRecordInput {
  @Field(() => WorkflowEnum) workflow: Workflow;
  @Field(() => String, { nullable: true, description: "The source system's id: a record with an already imported workflow and externalId is never created twice." })
  externalId?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) account?: string | null;
  @Field(() => String, { nullable: true }) segment?: string | null;
  @Field(() => String, { nullable: true, description: 'Tickets only: LOW, NORMAL (default), HIGH or URGENT.' }) priority?: string | null;
  @Field(() => String, { nullable: true, description: 'Tickets only.' }) category?: string | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => Date, { nullable: true, description: 'Renewals: required; the record opens 90 days before it.' }) renewalDate?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it opened (contract signed, ticket filed); defaults to now, for renewals to 90 days before the renewal date.' })
  openedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Who opened it; recorded in the journey.' }) actor?: string | null;
}

@InputType()
export class ImportWorkflowRecordsOptions {
  @Field({ defaultValue: false, description: 'Import the valid records and report the rejected ones, instead of all-or-nothing.' })
  allowPartial: boolean;
}

@InputType({ description: "A move along the record's lifecycle." })
export class MoveWorkflowRecordInput {
  @Field({ description: "The state to move to: one the workflow's lifecycle allows from the current state." }) to: string;
  @Field(() => String, { nullable: true, description: 'Why: recorded in the journey.' }) reason?: string | null;
  @Field(() => Date, AT) at?: Date | null;
  @Field(() => String, { nullable: true, description: 'Who acts; recorded in the journey.' }) actor?: string | null;
  @Field(() => String, { nullable: true, description: 'Tickets moving to CATEGORISED: the category (required unless the ticket has one).' }) category?: string | null;
  @Field(() => ID, { nullable: true, description: 'Tickets moving to ASSIGNED: who answers it (required unless the ticket has an owner).' }) owner?: string | null;
  @Field(() => Float, { nullable: true, description: "Renewals moving to RENEWED: the expansion found, ≥ 0, in the organisation's currency (default 0)." }) amount?: number | null;
}
