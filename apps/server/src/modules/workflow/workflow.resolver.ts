import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import { canReadDepartment, LIFECYCLES, WORKFLOWS, type Workflow } from '@opshub/metrics';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import type { WorkflowRecordChanged, WorkflowSlaBreached } from '../bus/event-bus';
import { forbidden, principalOf, requireDepartment, requireEdit } from '../auth/access.guard';
import { MetricSliceInput } from '../revops/lead.input';
import { workflowLoaders } from './workflow.loader';
import { ImportWorkflowRecordsOptions, MoveWorkflowRecordInput, WorkflowRecordInput } from './workflow.input';
import {
  ImportWorkflowRecordsResult, WorkflowAttainment, WorkflowEnum, WorkflowEvent, WorkflowRecord, WorkflowRecordWrite, WorkflowSlaBreach, WorkflowSlaClock,
  WorkflowDurations, WorkflowSlaPolicy,
} from './workflow.type';
import { DURATION_FACTS } from './workflow.service';

const ALL_TIME = { from: new Date(0), to: new Date(8.64e15) };

/** Each workflow's records belong to the department that runs it. */
function requireRead(ctx: AppContext, workflow: Workflow): void {
  requireDepartment(ctx, LIFECYCLES[workflow].department);
}

function requireWrite(ctx: AppContext, workflow: Workflow): void {
  requireEdit(ctx, LIFECYCLES[workflow].department, 'WORKFLOW_RECORD');
}

/** The workflows whose records the caller reads (asked for: of those, or FORBIDDEN naming the first refused). */
function readable(ctx: AppContext, asked: readonly Workflow[] | null): Workflow[] {
  if (asked?.length) {
    asked.forEach((workflow) => requireRead(ctx, workflow));
    return [...new Set(asked)];
  }
  const grant = principalOf(ctx).grant;
  const workflows = WORKFLOWS.filter((workflow) => canReadDepartment(grant, LIFECYCLES[workflow].department));
  if (workflows.length === 0) throw forbidden('You may not read the records of any workflow');
  return workflows;
}

function subscribeRecordChanged({ args, context }: SubscribeResolverData<unknown, { id?: string | null }, AppContext>) {
  const workflows = readable(context, null);
  return pipe(context.services.bus.subscribe('workflowRecordChanged'),
    filter((event: WorkflowRecordChanged) => workflows.includes(event.workflow) && (!args.id || event.recordId === args.id)));
}

function subscribeBreached({ args, context }: SubscribeResolverData<unknown, { workflows?: Workflow[] | null }, AppContext>) {
  const workflows = readable(context, args.workflows ?? null);
  return pipe(context.services.bus.subscribe('workflowSlaBreached'), filter((event: WorkflowSlaBreached) => workflows.includes(event.workflow)));
}

@Resolver(() => WorkflowRecord)
export class WorkflowResolver {
  @Query(() => [WorkflowRecord], { description: "A workflow's records, newest first: by state, or the records behind a KPI (metric)." })
  async workflowRecords(
    @Ctx() ctx: AppContext,
    @Arg('workflow', () => WorkflowEnum) workflow: Workflow,
    @Arg('states', () => [String], { nullable: true }) states: string[] | null,
    @Arg('metric', () => MetricSliceInput, { nullable: true, description: 'The records whose events produced the observations of this KPI slice.' }) metric: MetricSliceInput | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<WorkflowRecord[]> {
    requireRead(ctx, workflow);
    return ctx.services.workflows.list(await ctx.catalog(), workflow, states, metric, first);
  }

  @Query(() => WorkflowRecord, { nullable: true, description: 'A workflow record by id, or null.' })
  async workflowRecord(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<WorkflowRecord | null> {
    const record = await ctx.services.workflows.get(id);
    if (record) requireRead(ctx, record.workflow);
    else readable(ctx, null);
    return record;
  }

  @Query(() => [WorkflowSlaPolicy], { description: 'The SLA timers of the workflows the caller reads: per step, the deadline and the success-rate target.' })
  workflowSlaPolicies(@Ctx() ctx: AppContext): Promise<WorkflowSlaPolicy[]> {
    return ctx.services.workflowSla.policies(readable(ctx, null));
  }

  @Query(() => [WorkflowSlaBreach], { description: 'Breached workflow deadlines in the period (default: last 30 days), latest first.' })
  workflowSlaBreaches(
    @Ctx() ctx: AppContext,
    @Arg('workflows', () => [WorkflowEnum], { nullable: true, description: 'Default: every workflow the caller reads.' }) workflows: Workflow[] | null,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200.' }) first: number,
  ): Promise<WorkflowSlaBreach[]> {
    return ctx.services.workflowSla.breaches(readable(ctx, workflows), ctx.services.kpis.resolve(range), first);
  }

  @Query(() => [WorkflowAttainment], { description: "Each workflow's SLA deadlines resolved and breached in the period (default: last 30 days), against its target." })
  workflowSlaAttainment(
    @Ctx() ctx: AppContext,
    @Arg('workflows', () => [WorkflowEnum], { nullable: true }) workflows: Workflow[] | null,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
  ): Promise<WorkflowAttainment[]> {
    return ctx.services.workflowSla.attainment(readable(ctx, workflows), ctx.services.kpis.resolve(range));
  }

  @Query(() => WorkflowDurations, { description: 'Count, mean, median and p90 of record times in the period (default: last 30 days): onboarding time, ticket first response, ticket resolution.' })
  workflowDurations(
    @Ctx() ctx: AppContext,
    @Arg('metricKey', () => ID) metricKey: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
  ): Promise<WorkflowDurations> {
    const workflow = DURATION_FACTS[metricKey];
    if (workflow) requireRead(ctx, workflow);
    return ctx.services.workflows.durations(metricKey, ctx.services.kpis.resolve(range));
  }

  @Mutation(() => WorkflowRecordWrite, { description: 'Opens a workflow record; with an already imported workflow and externalId, leaves that record unchanged (created: false).' })
  async createWorkflowRecord(@Ctx() ctx: AppContext, @Arg('input', () => WorkflowRecordInput) input: WorkflowRecordInput): Promise<WorkflowRecordWrite> {
    requireWrite(ctx, input.workflow);
    return Object.assign(new WorkflowRecordWrite(), { ...(await ctx.services.workflows.createRecord(input)), workflow: input.workflow });
  }

  @Mutation(() => ImportWorkflowRecordsResult, {
    description: 'Imports up to 10,000 workflow records in one transaction, idempotent on workflow and externalId: a retried batch creates nothing twice. '
      + 'All-or-nothing (BAD_USER_INPUT listing every rejected item) unless options.allowPartial.',
  })
  importWorkflowRecords(
    @Ctx() ctx: AppContext,
    @Arg('input', () => [WorkflowRecordInput]) input: WorkflowRecordInput[],
    @Arg('options', () => ImportWorkflowRecordsOptions, { nullable: true }) options: ImportWorkflowRecordsOptions | null,
  ): Promise<ImportWorkflowRecordsResult> {
    new Set(input.map((item) => item.workflow)).forEach((workflow) => requireWrite(ctx, workflow));
    return ctx.services.workflows.importRecords(input, options?.allowPartial ?? false);
  }

  @Mutation(() => WorkflowRecordWrite, { description: "Moves a record along its workflow's lifecycle; an illegal move is BAD_USER_INPUT naming the current and the requested state." })
  async moveWorkflowRecord(
    @Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => MoveWorkflowRecordInput) input: MoveWorkflowRecordInput,
  ): Promise<WorkflowRecordWrite> {
    const workflow = await ctx.services.workflows.workflowOf(id);
    requireWrite(ctx, workflow);
    const record = await ctx.services.workflows.moveRecord(id, input);
    return Object.assign(new WorkflowRecordWrite(), { id: record.id, created: false, workflow });
  }

  @FieldResolver(() => [WorkflowEvent], { description: 'Every event of the record, in order: who, when, from → to, why, and what it counted in.' })
  journey(@Root() record: WorkflowRecord, @Ctx() ctx: AppContext): Promise<WorkflowEvent[]> {
    requireRead(ctx, record.workflow);
    return workflowLoaders(ctx).journey.load(record.id);
  }

  @FieldResolver(() => [WorkflowSlaClock], { description: 'The SLA deadlines the record has had.' })
  slaClocks(@Root() record: WorkflowRecord, @Ctx() ctx: AppContext): Promise<WorkflowSlaClock[]> {
    requireRead(ctx, record.workflow);
    return workflowLoaders(ctx).slaClocks.load(record.id);
  }

  @Subscription(() => WorkflowRecord, { subscribe: subscribeRecordChanged, description: 'The record after each committed change (of one record, or of any the caller reads).' })
  async workflowRecordChanged(@Root() event: WorkflowRecordChanged, @Ctx() ctx: AppContext, @Arg('id', () => ID, { nullable: true }) _id: string | null): Promise<WorkflowRecord> {
    return (await ctx.services.workflows.get(event.recordId))!;
  }

  @Subscription(() => WorkflowSlaBreach, { subscribe: subscribeBreached, description: 'Each workflow deadline as it is breached: detected by the server when its time passes.' })
  async workflowSlaBreached(
    @Root() event: WorkflowSlaBreached, @Ctx() ctx: AppContext, @Arg('workflows', () => [WorkflowEnum], { nullable: true }) _workflows: Workflow[] | null,
  ): Promise<WorkflowSlaBreach> {
    const [breach] = await ctx.services.workflowSla.breaches([event.workflow], ALL_TIME, 1, [event.clockId]);
    return breach;
  }
}

/** Mutations answer the record only to who may read it (an INGEST-only key writes records it may not read). */
@Resolver(() => WorkflowRecordWrite)
export class WorkflowRecordWriteResolver {
  @FieldResolver(() => WorkflowRecord, { nullable: true, description: 'The record after the write; FORBIDDEN for a caller who may write but not read it.' })
  record(@Root() write: WorkflowRecordWrite, @Ctx() ctx: AppContext): Promise<WorkflowRecord | null> {
    requireRead(ctx, write.workflow);
    return ctx.services.workflows.get(write.id);
  }
}
