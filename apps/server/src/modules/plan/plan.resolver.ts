import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, readsMetric } from '../auth/access.guard';
import { Goal, toGoal } from '../goal/goal.type';
import { requirePlanEdit } from '../initiative/initiative.resolver';
import { Metric, toMetric } from '../metric/metric.type';
import { PROJECTION_GOAL_IDS } from '../../seed/goals.seed';
import { ChecklistItemInput, RaciStepInput } from './plan.input';
import { ChecklistItem, RaciMatrix } from './plan.type';

@Resolver()
export class PlanResolver {
  @Query(() => [Goal], {
    description: "The operating plan's three-year projection: revenue, gross and operating margin, cost per customer and efficiency, each a goal with year-1 and year-2 milestones and its year-3 end; those on metrics the caller reads.",
  })
  async planProjection(@Ctx() ctx: AppContext): Promise<Goal[]> {
    const goals = (await ctx.services.goals.goalsById([...PROJECTION_GOAL_IDS])).filter((goal) => goal !== null);
    const shown = await Promise.all(goals.map((goal) => readsMetric(ctx, goal.metricKey, 'KPI')));
    return goals.filter((_, i) => shown[i]).map(toGoal);
  }

  @Query(() => [ChecklistItem], { description: "The milestone checklist items of the goals of the caller's departments (of one goal when given), by due day." })
  async checklistItems(@Ctx() ctx: AppContext, @Arg('goalId', () => ID, { nullable: true }) goalId?: string | null): Promise<ChecklistItem[]> {
    return ctx.services.checklists.list(await ctx.catalog(), principalOf(ctx).grant, goalId ?? null);
  }

  @Mutation(() => ChecklistItem, { description: 'Executives and ADMIN only.' })
  async createChecklistItem(@Ctx() ctx: AppContext, @Arg('input', () => ChecklistItemInput) input: ChecklistItemInput): Promise<ChecklistItem> {
    requirePlanEdit(ctx);
    return ctx.services.checklists.create(await ctx.catalog(), principalOf(ctx).grant, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => ChecklistItem, { description: 'Executives and ADMIN only; a tick stays.' })
  async updateChecklistItem(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => ChecklistItemInput) input: ChecklistItemInput): Promise<ChecklistItem> {
    requirePlanEdit(ctx);
    return ctx.services.checklists.update(await ctx.catalog(), principalOf(ctx).grant, id, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => ChecklistItem, { description: 'Ticks an item done by hand (done: false takes the tick back). Executives and ADMIN only.' })
  async tickChecklistItem(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('done', () => Boolean) done: boolean): Promise<ChecklistItem> {
    requirePlanEdit(ctx);
    return ctx.services.checklists.tick(await ctx.catalog(), principalOf(ctx).grant, id, done, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Executives and ADMIN only; false when there was none.' })
  async deleteChecklistItem(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    requirePlanEdit(ctx);
    return ctx.services.checklists.remove(await ctx.catalog(), id, actorOf(principalOf(ctx)));
  }

  @Query(() => [RaciMatrix], { description: "RACI of the workflows and the campaign workflow the caller's departments read (executives: all)." })
  raciMatrices(@Ctx() ctx: AppContext): Promise<RaciMatrix[]> {
    return ctx.services.raci.matrices(principalOf(ctx).grant);
  }

  @Mutation(() => RaciMatrix, { description: "Replaces who is responsible, accountable, consulted and informed on one step; returns the step's process. Executives and ADMIN only." })
  updateRaciStep(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => RaciStepInput) input: RaciStepInput): Promise<RaciMatrix> {
    requirePlanEdit(ctx);
    return ctx.services.raci.updateStep(principalOf(ctx).grant, id, input, actorOf(principalOf(ctx)));
  }
}

@Resolver(() => ChecklistItem)
export class ChecklistItemResolver {
  @FieldResolver(() => Metric, { nullable: true, description: 'The metric its progress is read from (its unit formats target and value); null when ticked by hand.' })
  async metric(@Ctx() ctx: AppContext, @Root() item: ChecklistItem): Promise<Metric | null> {
    const metric = item.metricKey ? (await ctx.catalog()).find(item.metricKey) : null;
    return metric ? toMetric(metric) : null;
  }
}
