import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { toMetric, Unit } from '../metric/metric.type';
import { MetricContribution } from './lead.type';

/** What a lead or workflow event added to a metric, in that metric's unit (hours for a duration, a count for a case). */
@Resolver(() => MetricContribution)
export class MetricContributionResolver {
  @FieldResolver(() => Unit, { nullable: true, description: "The metric's unit, to show the value in; null if the metric has left the catalog." })
  async unit(@Root() contribution: MetricContribution, @Ctx() ctx: AppContext): Promise<Unit | null> {
    const metric = (await ctx.catalog()).find(contribution.metricKey);
    return metric ? toMetric(metric).unit : null;
  }
}
