import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { requireMetricEdit } from '../auth/access.guard';
import { TargetInput } from './target.input';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Mutation(() => Target, { description: 'Creates a target, or replaces the one of the same metric, kind and effectiveFrom.' })
  async setTarget(@Ctx() ctx: AppContext, @Arg('input', () => TargetInput) input: TargetInput): Promise<Target> {
    await requireMetricEdit(ctx, input.metricKey, 'TARGET');
    return ctx.services.targets.setTarget(input);
  }

  @Mutation(() => Boolean)
  async deleteTarget(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await requireMetricEdit(ctx, (await ctx.services.targets.getTarget(id)).metricKey, 'TARGET');
    return ctx.services.targets.deleteTarget(id);
  }
}
