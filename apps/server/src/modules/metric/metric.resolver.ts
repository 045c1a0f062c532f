import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Department, MetricSource } from '@opshub/metrics';
import { DepartmentEnum, MetricSourceEnum } from '../../common/enums';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { accessToMetric, principalOf, readsMetric, requireAdmin, requireMetric } from '../auth/access.guard';
import { MetricInput, MetricUpdateInput } from './metric.input';
import { Metric, MetricOwner, toMetric, ValueDomain } from './metric.type';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], { description: 'The metrics of the catalog the caller may read, optionally of one department.' })
  async metrics(@Ctx() ctx: AppContext, @Arg('department', () => DepartmentEnum, { nullable: true }) department?: Department | null): Promise<Metric[]> {
    const principal = principalOf(ctx);
    const catalog = await ctx.catalog();
    const entities = await ctx.services.metrics.listMetrics(department);
    return entities.filter((entity) => accessToMetric(principal, catalog, entity.key) !== 'NONE').map(toMetric);
  }

  @Query(() => Metric, { nullable: true, description: 'A metric by key, or null.' })
  async metric(@Ctx() ctx: AppContext, @Arg('key', () => ID) key: string): Promise<Metric | null> {
    const entity = await ctx.services.metrics.findMetric(key);
    if (!entity) return null;
    await requireMetric(ctx, key, 'KPI');
    return toMetric(entity);
  }

  @Mutation(() => Metric)
  async createMetric(@Ctx() ctx: AppContext, @Arg('input', () => MetricInput) input: MetricInput): Promise<Metric> {
    requireAdmin(ctx);
    return toMetric(await ctx.services.metrics.createMetric(input, actorOf(principalOf(ctx))));
  }

  @Mutation(() => Metric)
  async updateMetric(@Ctx() ctx: AppContext, @Arg('key', () => ID) key: string, @Arg('input', () => MetricUpdateInput) input: MetricUpdateInput): Promise<Metric> {
    requireAdmin(ctx);
    return toMetric(await ctx.services.metrics.updateMetric(key, input, actorOf(principalOf(ctx))));
  }

  @FieldResolver(() => [ID], { description: 'Metric keys the formula reads (empty for base metrics).' })
  async inputs(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<string[]> {
    return (await ctx.catalog()).inputs(metric.key);
  }

  @FieldResolver(() => [String], {
    description: 'Dimension names available for breakdowns (for a derived metric, those all its inputs carry); empty for a caller who may not break the metric down.',
  })
  async dimensions(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<string[]> {
    // A card reachable at KPI level (a company KPI on the executive dashboard) must not reveal its inputs' breakdowns.
    if (!(await readsMetric(ctx, metric.key, 'DETAIL'))) return [];
    return ctx.dimensionNames(metric.key);
  }

  @FieldResolver(() => ValueDomain, { description: 'The values the metric can take; forecasts and chart axes stay within them.' })
  async domain(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<ValueDomain> {
    const { min, max } = (await ctx.catalog()).domain(metric.key);
    // GraphQL has no infinity: an open end is null.
    return Object.assign(new ValueDomain(), { min: Number.isFinite(min) ? min : null, max: Number.isFinite(max) ? max : null });
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the metric (for a derived one, any metric it reads) last received data; null when never.' })
  lastDataAt(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Date | null> {
    return ctx.lastDataAt(metric.key);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How often data should arrive, in minutes: as set in the catalog, else from its SQL source schedule; null when unknown.' })
  async freshnessIntervalMinutes(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<number | null> {
    return (await ctx.catalog()).expectedIntervalMinutes(metric.key);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the data became overdue (last arrival + the interval); null while fresh, without data or without an interval.' })
  async staleSince(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Date | null> {
    return ctx.staleSince(metric.key);
  }

  @FieldResolver(() => MetricOwner, { nullable: true, description: 'The user who answers for the metric, when one was picked (owner is the title otherwise).' })
  ownerUser(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<MetricOwner | null> {
    return metric.entity.ownerUserId ? ctx.services.metrics.findOwner(metric.entity.ownerUserId) : Promise.resolve(null);
  }

  @FieldResolver(() => MetricSourceEnum, { description: 'Where the data comes from; a derived metric is RECORDS when every base metric it reads is.' })
  async source(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<MetricSource> {
    return (await ctx.catalog()).source(metric.key);
  }
}
