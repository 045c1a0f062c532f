import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import type { EventBus } from './modules/bus/event-bus';
import { readScope } from './database/read-replicas';
import { AttentionResolver } from './modules/attention/attention.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { ShareLinkResolver } from './modules/share/share-link.resolver';
import { FunnelResolver } from './modules/revops/funnel.resolver';
import { GoalResolver, KpiPacingResolver } from './modules/goal/goal.resolver';
import { GoalWidgetResolver } from './modules/goal/goal-widget.resolver';
import { WidgetSeriesResolver } from './modules/dashboard/widget-series.resolver';
import { KpiResolver } from './modules/kpi/kpi.resolver';
import { LeadResolver, LeadWriteResolver } from './modules/revops/lead.resolver';
import { MetricResolver } from './modules/metric/metric.resolver';
import { DimensionResolver } from './modules/dimension/dimension.resolver';
import { ObservationResolver } from './modules/observation/observation.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { SlaResolver } from './modules/revops/sla.resolver';
import { WorkflowRecordWriteResolver, WorkflowResolver } from './modules/workflow/workflow.resolver';
import { RevOpsWidgetResolver } from './modules/revops/revops-widget.resolver';
import { MetricContributionResolver } from './modules/revops/metric-contribution.resolver';
import { WorkflowWidgetResolver } from './modules/workflow/workflow-widget.resolver';
import { MetricTargetsResolver, TargetResolver } from './modules/target/target.resolver';
import { AlertResolver, AlertRuleResolver } from './modules/alert/alert.resolver';
import { AnnotationResolver } from './modules/annotation/annotation.resolver';
import { DigestResolver } from './modules/digest/digest.resolver';
import { WebhookResolver } from './modules/webhook/webhook.resolver';
import { ChannelResolver } from './modules/channel/channel.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AuditResolver, MetricHistoryResolver } from './modules/audit-trail/audit-trail.resolver';
import { SourceResolver } from './modules/source/source.resolver';
import { JobResolver } from './modules/job/job.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { InitiativeResolver } from './modules/initiative/initiative.resolver';
import { ReviewResolver } from './modules/review/review.resolver';
import { ChecklistItemResolver, PlanResolver } from './modules/plan/plan.resolver';

export const RESOLVERS = [
  MetricResolver, DimensionResolver, TargetResolver, MetricTargetsResolver, KpiResolver, KpiPacingResolver, DashboardResolver, ShareLinkResolver, AttentionResolver, ObservationResolver, OrganizationResolver, LeadResolver, LeadWriteResolver, SlaResolver, WorkflowResolver, WorkflowRecordWriteResolver, FunnelResolver, GoalResolver,
  AlertResolver, AlertRuleResolver, AnnotationResolver, WebhookResolver, ChannelResolver, DigestResolver, AuthResolver, AuditResolver, MetricHistoryResolver, JobResolver,
  SourceResolver, ImportResolver, InitiativeResolver, PlanResolver, ChecklistItemResolver, RevOpsWidgetResolver, WorkflowWidgetResolver, GoalWidgetResolver,
  WidgetSeriesResolver, MetricContributionResolver, ReviewResolver,
] as const;

/**
 * `readReplicas`: whether DATABASE_READ_URLS lists replicas. Only then does every field resolve inside a read scope
 * (which reads may go to a replica, and whose writes they must see: database/read-replicas.ts): a global middleware
 * makes every field of every object asynchronous, which tripled the time of a 30-widget dashboard read.
 */
export function createSchema(pubSub: EventBus, { readReplicas = false }: { readReplicas?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    globalMiddlewares: readReplicas ? [readScope] : [],
    // type-graphql only needs a PubSub to exist; every subscription brings its own subscribe function.
    pubSub: pubSub as never,
    validate: false,
    emitSchemaFile: false,
  });
}
