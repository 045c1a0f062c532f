import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireMetricEdit } from '../auth/access.guard';
import { Metric } from '../metric/metric.type';
import { TargetInput } from './target.input';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Mutation(() => Target, { description: 'Creates a target, or replaces the one of the same metric, kind and effectiveFrom.' })
  async setTarget(@Ctx() ctx: AppContext, @Arg('input', () => TargetInput) input: TargetInput): Promise<Target> {
    await requireMetricEdit(ctx, input.metricKey, 'TARGET');
    return ctx.services.targets.setTarget(input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Boolean)
  async deleteTarget(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await requireMetricEdit(ctx, (await ctx.services.targets.getTarget(id)).metricKey, 'TARGET');
    return ctx.services.targets.deleteTarget(id, actorOf(principalOf(ctx)));
  }
}

/** Targets extend the catalog's Metric type from here, so the metric module does not depend on this one. */
@Resolver(() => Metric)
export class MetricTargetsResolver {
  @FieldResolver(() => [Target], { description: 'All targets, oldest first.' })
  async targets(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Target[]> {
    return (await ctx.catalog()).targets(metric.key);
  }
}
