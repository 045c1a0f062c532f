import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Comparison } from '@opshub/metrics';
import { ComparisonEnum } from '../../common/enums';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { principalOf } from '../auth/access.guard';
import { AttentionItem } from './attention.type';

@Resolver(() => AttentionItem)
export class AttentionResolver {
  @Query(() => [AttentionItem], {
    description:
      'Every KPI the caller may see that is OFF_TRACK, AT_RISK or BEHIND its goal\'s pace over the period (default: last 30 days), across all dashboards, worst first.',
  })
  async attentionItems(
    @Ctx() ctx: AppContext,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
  ): Promise<AttentionItem[]> {
    const principal = principalOf(ctx);
    return ctx.services.attention.list(await ctx.catalog(), principal.grant, range, compare);
  }
}
