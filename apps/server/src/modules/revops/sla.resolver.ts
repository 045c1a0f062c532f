import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { RangeInput } from '../../common/range.input';
import type { SlaBreached } from '../bus/event-bus';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireAdmin, requireRevOps } from '../auth/access.guard';
import { SlaPolicyUpdateInput } from './sla.input';
import { SlaBreach, SlaPolicy } from './sla.type';

const ALL_TIME = { from: new Date(0), to: new Date(8.64e15) };

function subscribeSlaBreached({ context }: SubscribeResolverData<unknown, object, AppContext>) {
  requireRevOps(context);
  return context.services.bus.subscribe('slaBreached');
}

@Resolver(() => SlaPolicy)
export class SlaResolver {
  @Query(() => [SlaPolicy])
  slaPolicies(@Ctx() ctx: AppContext): Promise<SlaPolicy[]> {
    requireRevOps(ctx);
    return ctx.services.sla.policies();
  }

  @Mutation(() => SlaPolicy)
  updateSlaPolicy(@Ctx() ctx: AppContext, @Arg('key', () => ID) key: string, @Arg('input', () => SlaPolicyUpdateInput) input: SlaPolicyUpdateInput): Promise<SlaPolicy> {
    requireAdmin(ctx);
    return ctx.services.sla.updatePolicy(key, input, actorOf(principalOf(ctx)));
  }

  @Query(() => [SlaBreach], { description: 'Breached deadlines in the period (default: last 30 days), latest first.' })
  slaBreaches(
    @Ctx() ctx: AppContext,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200.' }) first: number,
  ): Promise<SlaBreach[]> {
    requireRevOps(ctx);
    return ctx.services.sla.breaches(ctx.services.kpis.resolve(range), first);
  }

  @Subscription(() => SlaBreach, { subscribe: subscribeSlaBreached, description: 'Each deadline as it is breached: detected by the server when its time passes.' })
  async slaBreached(@Root() event: SlaBreached, @Ctx() ctx: AppContext): Promise<SlaBreach> {
    const [breach] = await ctx.services.sla.breaches(ALL_TIME, 1, [event.clockId]);
    return breach;
  }
}
