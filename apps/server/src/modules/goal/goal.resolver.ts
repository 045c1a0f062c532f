import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { canEditOwned } from '@opshub/metrics';
import { notFound } from '../../common/errors';
import { forbidden, principalOf, readableMetricKeys, readsMetric, requireMetric, requireMetricEdit } from '../auth/access.guard';
import { Kpi } from '../kpi/kpi.type';
import { Metric, toMetric } from '../metric/metric.type';
import { GoalInput } from './goal.input';
import { goalLoaders } from './goal.loader';
import { Goal, GoalProgress, KpiPacing, toGoal } from './goal.type';

/** A goal cascades across metrics (a company revenue goal, a department's pipeline goal under it): each is shown only to who reads its metric. */
async function visible(ctx: AppContext, from: Goal, goal: { metricKey: string }): Promise<boolean> {
  return goal.metricKey === from.metricKey || readsMetric(ctx, goal.metricKey, 'KPI');
}

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => [Goal], { description: "A metric's goals at every level, earliest start first." })
  async goals(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<Goal[]> {
    await requireMetric(ctx, metricKey, 'KPI');
    return (await ctx.services.goals.listGoals(metricKey)).map(toGoal);
  }

  @Query(() => [Goal], {
    description: "The company plan: every goal on a metric the caller may read, earliest start first. Build the tree (company → department → owner) from parentId; a goal whose parent is not listed is a root for this caller.",
  })
  async goalPlan(@Ctx() ctx: AppContext): Promise<Goal[]> {
    if (!principalOf(ctx).grant.scopes.includes('READ')) throw forbidden('You may not read goals');
    return (await ctx.services.goals.plan(await readableMetricKeys(ctx, 'KPI'))).map(toGoal);
  }

  @Query(() => Goal)
  async goal(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Goal> {
    const goal = await ctx.services.goals.getGoal(id);
    await requireMetric(ctx, goal.metricKey, 'KPI');
    return toGoal(goal);
  }

  @Mutation(() => Goal, { description: 'Creates a goal, or replaces the goal with the given id.' })
  async setGoal(@Ctx() ctx: AppContext, @Arg('input', () => GoalInput) input: GoalInput): Promise<Goal> {
    await requireMetricEdit(ctx, input.metricKey, 'GOAL');
    // Replacing a goal moves it off its old metric too: that one must be editable as well.
    if (input.id) await requireMetricEdit(ctx, (await ctx.services.goals.getGoal(input.id)).metricKey, 'GOAL');
    return toGoal(await ctx.services.goals.setGoal(input, actorOf(principalOf(ctx))));
  }

  @Mutation(() => Boolean, { description: 'Deletes a goal without sub-goals.' })
  async deleteGoal(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await requireMetricEdit(ctx, (await ctx.services.goals.getGoal(id)).metricKey, 'GOAL');
    return ctx.services.goals.deleteGoal(id, actorOf(principalOf(ctx)));
  }

  @FieldResolver(() => Metric, { description: 'The metric the goal is about.' })
  async metric(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<Metric> {
    const metric = (await ctx.catalog()).find(goal.metricKey);
    if (!metric) throw new Error(`goal ${goal.id} is on metric "${goal.metricKey}", which is not in the catalog`);
    return toMetric(metric);
  }

  @FieldResolver(() => GoalProgress, { description: "Pacing today: the value expected, the metric over the goal's period so far, and the projected end value. Two queries per goal." })
  async progress(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<GoalProgress> {
    const entity = await goalLoaders(ctx).byId(goal.id);
    if (!entity) throw notFound('Goal', goal.id);
    return ctx.services.goals.progress(await ctx.catalog(), entity);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may change or delete it (the goals of the metric's department and of those it is shared with)." })
  async editable(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<boolean> {
    const metric = (await ctx.catalog()).find(goal.metricKey);
    return metric !== null && canEditOwned(principalOf(ctx).grant, metric, 'GOAL');
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal this one contributes to; null when it is on a metric the caller may not read.' })
  async parent(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<Goal | null> {
    if (!goal.parentId) return null;
    const parent = await goalLoaders(ctx).byId(goal.parentId);
    return parent && (await visible(ctx, goal, parent)) ? toGoal(parent) : null;
  }

  @FieldResolver(() => [Goal], {
    description: 'The goals contributing to this one (department goals of a company goal, owner goals of a department goal) on metrics the caller may read.',
  })
  async children(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<Goal[]> {
    const children = await goalLoaders(ctx).childrenOf(goal.id);
    const shown = await Promise.all(children.map((child) => visible(ctx, goal, child)));
    return children.filter((_, i) => shown[i]).map(toGoal);
  }
}

/** Goals extend the Kpi type with pacing from here, so the kpi module does not depend on this one. */
@Resolver(() => Kpi)
export class KpiPacingResolver {
  @FieldResolver(() => KpiPacing, {
    nullable: true,
    description: "Pacing against the metric's goal in force (its top-level goal for this metric); null without a value or a goal. Computed only when asked for, one goal query per request.",
  })
  async pacing(@Ctx() ctx: AppContext, @Root() kpi: Kpi): Promise<KpiPacing | null> {
    if (kpi.value === null) return null;
    return ctx.services.goals.pacing(kpi, await goalLoaders(ctx).ofMetric(kpi.metric.key));
  }
}
