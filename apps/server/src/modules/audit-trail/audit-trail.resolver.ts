/**
 * The audit trail as the API reads it: the ADMIN's `auditEvents` and every metric's `history`. Recording lives in
 * modules/audit, which depends on no other module, so every module can record through it without a cycle.
 */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { requireAdmin, requireMetric } from '../auth/access.guard';
import { Metric } from '../metric/metric.type';
import { PageInfo } from '../observation/observation.type';
import type { AuditEventEntity } from '../audit/audit.entity';
import { AuditEventFilter } from './audit-trail.input';
import { AuditEvent, AuditEventConnection, AuditEventEdge } from './audit-trail.type';

function toAuditEvent(entity: AuditEventEntity): AuditEvent {
  return Object.assign(new AuditEvent(), entity);
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'ADMIN only. The audit trail, newest first.' })
  async auditEvents(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    requireAdmin(ctx);
    const page = await ctx.services.audit.events(filter ?? {}, first, after);
    const edges = page.events.map(({ cursor, event }) => Object.assign(new AuditEventEdge(), { cursor, node: toAuditEvent(event) }));
    return Object.assign(new AuditEventConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
      totalCount: page.totalCount,
    });
  }
}

/** The history extends the catalog's Metric type from here, so the metric module does not depend on this one. */
@Resolver(() => Metric)
export class MetricHistoryResolver {
  @FieldResolver(() => [AuditEvent], { description: 'Changes to the metric and its targets, goals and rules, newest first; for whoever may read the metric.' })
  async history(@Root() metric: Metric, @Ctx() ctx: AppContext, @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200.' }) first: number): Promise<AuditEvent[]> {
    await requireMetric(ctx, metric.key, 'KPI');
    return (await ctx.services.audit.metricHistory(metric.key, first)).map(toAuditEvent);
  }
}
