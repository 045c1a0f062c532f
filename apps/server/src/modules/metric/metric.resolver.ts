import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Department, MetricSource } from '@opshub/metrics';
import { DepartmentEnum, MetricSourceEnum } from '../../common/enums';
import type { AppContext } from '../../context';
import { Target } from '../target/target.type';
import { MetricInput, MetricUpdateInput } from './metric.input';
import { Metric, toMetric } from './metric.type';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], { description: 'The metric catalog, optionally of one department.' })
  async metrics(@Ctx() ctx: AppContext, @Arg('department', () => DepartmentEnum, { nullable: true }) department?: Department | null): Promise<Metric[]> {
    return (await ctx.services.metrics.listMetrics(department)).map(toMetric);
  }

  @Query(() => Metric, { nullable: true, description: 'A metric by key, or null.' })
  async metric(@Ctx() ctx: AppContext, @Arg('key', () => ID) key: string): Promise<Metric | null> {
    const entity = await ctx.services.metrics.findMetric(key);
    return entity && toMetric(entity);
  }

  @Mutation(() => Metric)
  async createMetric(@Ctx() ctx: AppContext, @Arg('input', () => MetricInput) input: MetricInput): Promise<Metric> {
    return toMetric(await ctx.services.metrics.createMetric(input));
  }

  @Mutation(() => Metric)
  async updateMetric(@Ctx() ctx: AppContext, @Arg('key', () => ID) key: string, @Arg('input', () => MetricUpdateInput) input: MetricUpdateInput): Promise<Metric> {
    return toMetric(await ctx.services.metrics.updateMetric(key, input));
  }

  @FieldResolver(() => [ID], { description: 'Metric keys the formula reads (empty for base metrics).' })
  async inputs(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<string[]> {
    return (await ctx.catalog()).inputs(metric.key);
  }

  @FieldResolver(() => [String], { description: 'Dimension names available for breakdowns (for a derived metric, those all its inputs carry).' })
  async dimensions(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<string[]> {
    return ctx.dimensionNames(metric.key);
  }

  @FieldResolver(() => MetricSourceEnum, { description: 'Where the data comes from; a derived metric is RECORDS when every base metric it reads is.' })
  async source(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<MetricSource> {
    return (await ctx.catalog()).source(metric.key);
  }

  @FieldResolver(() => [Target], { description: 'All targets, oldest first.' })
  async targets(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Target[]> {
    return (await ctx.catalog()).targets(metric.key);
  }
}
