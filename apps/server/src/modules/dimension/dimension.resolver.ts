import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { canReadRevOps } from '@opshub/metrics';
import type { AppContext } from '../../context';
import { principalOf, requireAdmin } from '../auth/access.guard';
import { DimensionLabelInput } from './dimension.input';
import { DimensionValue } from './dimension.type';

@Resolver(() => DimensionValue)
export class DimensionResolver {
  @Query(() => [DimensionValue], {
    description: 'Display labels of dimension values; a value without one is shown humanised (dimensionValueLabel). Rep names only for readers of lead records.',
  })
  dimensionLabels(@Ctx() ctx: AppContext): Promise<DimensionValue[]> {
    return ctx.services.dimensions.labels(canReadRevOps(principalOf(ctx).grant));
  }

  @Mutation(() => DimensionValue, { description: 'ADMIN only: sets the display label of a dimension value in English and Spanish.' })
  setDimensionLabel(@Ctx() ctx: AppContext, @Arg('input', () => DimensionLabelInput) input: DimensionLabelInput): Promise<DimensionValue> {
    requireAdmin(ctx);
    return ctx.services.dimensions.setLabel(input);
  }
}
