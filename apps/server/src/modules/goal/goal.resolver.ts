import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import { GoalInput } from './goal.input';
import { goalLoaders } from './goal.loader';
import { Goal, toGoal } from './goal.type';

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => [Goal], { description: "A metric's goals at every level, earliest start first." })
  async goals(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<Goal[]> {
    if (!(await ctx.catalog()).find(metricKey)) throw notFound('Metric', metricKey);
    return (await ctx.services.goals.listGoals(metricKey)).map(toGoal);
  }

  @Query(() => Goal)
  async goal(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Goal> {
    return toGoal(await ctx.services.goals.getGoal(id));
  }

  @Mutation(() => Goal, { description: 'Creates a goal, or replaces the goal with the given id.' })
  async setGoal(@Ctx() ctx: AppContext, @Arg('input', () => GoalInput) input: GoalInput): Promise<Goal> {
    return toGoal(await ctx.services.goals.setGoal(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a goal without sub-goals.' })
  deleteGoal(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.goals.deleteGoal(id);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal this one contributes to.' })
  async parent(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<Goal | null> {
    if (!goal.parentId) return null;
    const parent = await goalLoaders(ctx).byId(goal.parentId);
    return parent ? toGoal(parent) : null;
  }

  @FieldResolver(() => [Goal], { description: 'The goals contributing to this one (department goals of a company goal, owner goals of a department goal).' })
  async children(@Ctx() ctx: AppContext, @Root() goal: Goal): Promise<Goal[]> {
    return (await goalLoaders(ctx).childrenOf(goal.id)).map(toGoal);
  }
}
