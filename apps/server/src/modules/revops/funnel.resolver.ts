import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { requireRevOps } from '../auth/access.guard';
import { Funnel } from './funnel.type';

@Resolver(() => Funnel)
export class FunnelResolver {
  @Query(() => Funnel, { description: 'The lead funnel over a period (default: last 30 days), optionally by channel, campaign, region, segment or rep.' })
  funnel(
    @Ctx() ctx: AppContext,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('groupBy', () => String, { nullable: true }) groupBy: string | null,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
  ): Promise<Funnel> {
    requireRevOps(ctx);
    return ctx.services.funnel.funnel(range, groupBy ?? null, filter ?? []);
  }
}
