import { Arg, Ctx, Field, Float, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { canReadSlaWorkflow, isWorkflow, WORKFLOW_ATTAINMENT_METRICS, type SlaWorkflow, type Workflow } from '@opshub/metrics';
import { SlaWorkflowEnum } from '../../common/enums';
import { LOCALE_ARG, localized, type LocalizedText } from '../../common/localized';
import type { AppContext } from '../../context';
import { principalOf, readsWidgetData } from '../auth/access.guard';
import { DashboardWidget } from '../dashboard/dashboard.type';
import { WorkflowRecord, WorkflowSlaBreach } from './workflow.type';

@ObjectType({ description: "One deadline of a workflow: a step's SLA timer." })
export class WorkflowDeadline {
  @Field(() => ID, { description: 'The SLA policy.' }) key: string;
  @Field(() => Int) durationSeconds: number;
  defaultName: string;
  i18n: LocalizedText;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultName, this.i18n, locale, 'name');
  }
}

@ObjectType({ description: "One row of a workflows scorecard: the workflow's deadlines and success-rate target; its attainment is the KPI metricKey of the dashboard." })
export class WorkflowScorecardRow {
  @Field(() => SlaWorkflowEnum) workflow: SlaWorkflow;
  @Field(() => ID, { description: "The workflow's SLA attainment metric, among the dashboard's kpis." }) metricKey: string;
  @Field(() => [WorkflowDeadline], { description: 'Its active SLA policies, shortest deadline first.' }) deadlines: WorkflowDeadline[];
  @Field(() => Float, { nullable: true, description: "The policies' success-rate target, 0–1 (the lowest when they differ); null where policies carry none (leads: the KPI's target)." })
  target: number | null;
}

/** The workflows of a widget whose records the caller reads; through a share link, all of its own dashboard's widget's. */
async function readableWorkflows(ctx: AppContext, widget: DashboardWidget, workflows: readonly SlaWorkflow[]): Promise<SlaWorkflow[]> {
  const grant = principalOf(ctx).grant;
  const readable: SlaWorkflow[] = [];
  for (const workflow of workflows) if (await readsWidgetData(ctx, widget, () => canReadSlaWorkflow(grant, workflow))) readable.push(workflow);
  return readable;
}

function deadline(policy: { key: string; durationSeconds: number; name: string; i18n: LocalizedText }): WorkflowDeadline {
  return Object.assign(new WorkflowDeadline(), { key: policy.key, durationSeconds: policy.durationSeconds, defaultName: policy.name, i18n: policy.i18n });
}

/**
 * The workflow widgets' data, through the dashboard that shows them (so a share link reads them with its dashboard,
 * and only there): an SLA_BREACHES widget's workflow breaches and a WORKFLOW_SCORECARD's deadlines and targets.
 * The dashboard module does not depend on this one.
 */
@Resolver(() => DashboardWidget)
export class WorkflowWidgetResolver {
  @FieldResolver(() => [WorkflowSlaBreach], {
    nullable: true,
    description: "An SLA_BREACHES widget's breaches of its workflows (other than LEAD) in its period, latest first; null for other widgets, for one "
      + 'listing no such workflow and for a caller who reads none of their records (those it does not read are left out). '
      + 'Through a share link, each record shows only what the list does (title, account, workflow, state).',
  })
  async workflowSlaBreaches(
    @Ctx() ctx: AppContext,
    @Root() widget: DashboardWidget,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 200.' }) first: number,
  ): Promise<WorkflowSlaBreach[] | null> {
    const listed = (widget.workflows ?? []).filter(isWorkflow);
    if (widget.type !== 'SLA_BREACHES' || listed.length === 0) return null;
    const workflows = (await readableWorkflows(ctx, widget, listed)) as Workflow[];
    if (workflows.length === 0) return null;
    const breaches = await ctx.services.workflowSla.breaches(workflows, ctx.services.kpis.resolve(widget.period.range), first);
    if (principalOf(ctx).kind !== 'SHARE_LINK') return breaches;
    return breaches.map((breach) => Object.assign(breach, { record: listedOnly(breach.record) }));
  }

  @FieldResolver(() => [WorkflowScorecardRow], {
    nullable: true,
    description: "A WORKFLOW_SCORECARD widget's rows, in its order: each workflow's deadlines and target (shown, like its KPI cards, to whoever opens "
      + 'the dashboard; its saver must read each workflow). Null for other widgets.',
  })
  async workflowScorecard(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<WorkflowScorecardRow[] | null> {
    // Like the KPI cards (the attainment it shows), deadlines and targets are the dashboard's: its saver had to read each workflow.
    if (widget.type !== 'WORKFLOW_SCORECARD' || !(await readsWidgetData(ctx, widget, () => true))) return null;
    const workflows = widget.workflows ?? [];
    const records = workflows.filter(isWorkflow);
    const [leadPolicies, workflowPolicies] = await Promise.all([
      workflows.includes('LEAD') ? ctx.services.sla.policies() : [],
      ctx.services.workflowSla.policies(records),
    ]);
    return workflows.map((workflow) => {
      const policies = workflow === 'LEAD'
        ? leadPolicies.filter((p) => p.active).map((p) => ({ ...p.entity, target: null }))
        : workflowPolicies.filter((p) => p.active && p.workflow === workflow).map((p) => p.entity);
      const targets = policies.flatMap((p) => (p.target === null ? [] : [p.target]));
      return Object.assign(new WorkflowScorecardRow(), {
        workflow,
        metricKey: WORKFLOW_ATTAINMENT_METRICS[workflow],
        deadlines: policies.sort((a, b) => a.durationSeconds - b.durationSeconds || a.key.localeCompare(b.key)).map(deadline),
        target: targets.length ? Math.min(...targets) : null,
      });
    });
  }
}

/** A record as a shared breach list shows it: who works on it, its external id and its money stay out. */
function listedOnly(record: WorkflowRecord): WorkflowRecord {
  return Object.assign(new WorkflowRecord(), {
    ...record, externalId: null, owner: null, amount: null, renewalDate: null, segment: null, priority: null, category: null,
  });
}
