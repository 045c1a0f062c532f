import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { canReadRevOps } from '@opshub/metrics';
import type { AppContext } from '../../context';
import { principalOf, readsWidgetData } from '../auth/access.guard';
import { DashboardWidget } from '../dashboard/dashboard.type';
import { Funnel } from './funnel.type';
import { Lead } from './lead.type';
import { SlaBreach } from './sla.type';

const readsLeads = (ctx: AppContext) => () => canReadRevOps(principalOf(ctx).grant);

/**
 * The funnel and SLA breach widgets' data, through the dashboard that shows them (so a share link reads them with
 * its dashboard, and only there). The dashboard module does not depend on this one.
 */
@Resolver(() => DashboardWidget)
export class RevOpsWidgetResolver {
  @FieldResolver(() => Funnel, { nullable: true, description: "A FUNNEL widget's lead funnel over its period; null for other widgets and for a caller who may not read lead records." })
  async funnel(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<Funnel | null> {
    if (widget.type !== 'FUNNEL' || !(await readsWidgetData(ctx, widget, readsLeads(ctx)))) return null;
    return ctx.services.funnel.funnel(widget.period.range, null, []);
  }

  @FieldResolver(() => [SlaBreach], {
    nullable: true,
    description: "An SLA_BREACHES widget's lead breaches of its period, latest first; null for other widgets, for one whose workflows leave out LEAD, and for a caller who may not read lead records. "
      + 'Through a share link, each lead shows only what the list does (name, company, region, status, owner).',
  })
  async slaBreaches(
    @Ctx() ctx: AppContext,
    @Root() widget: DashboardWidget,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 200.' }) first: number,
  ): Promise<SlaBreach[] | null> {
    // A list of other workflows' breaches (see workflowSlaBreaches) lists leads only when it names them.
    if (widget.type !== 'SLA_BREACHES' || (widget.workflows && !widget.workflows.includes('LEAD'))) return null;
    if (!(await readsWidgetData(ctx, widget, readsLeads(ctx)))) return null;
    const breaches = await ctx.services.sla.breaches(ctx.services.kpis.resolve(widget.period.range), first);
    if (principalOf(ctx).kind !== 'SHARE_LINK') return breaches;
    return breaches.map((breach) => Object.assign(breach, { lead: listedOnly(breach.lead) }));
  }
}

/** A lead as a shared breach list shows it: contact details, signals, scoring and the deal stay out. */
function listedOnly(lead: Lead): Lead {
  return Object.assign(new Lead(), {
    ...lead, externalId: null, email: null, companySize: null, signals: {}, scoreBreakdown: [], opportunity: null,
  });
}
