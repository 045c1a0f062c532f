import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { readsMetric, readsWidgetData } from '../auth/access.guard';
import { DashboardWidget } from '../dashboard/dashboard.type';
import { goalLoaders } from './goal.loader';
import { Goal, toGoal } from './goal.type';

/** A GOAL_PROGRESS widget's goal, through the dashboard that shows it (the dashboard module does not depend on goals). */
@Resolver(() => DashboardWidget)
export class GoalWidgetResolver {
  @FieldResolver(() => Goal, {
    nullable: true,
    description: "A GOAL_PROGRESS widget's goal (ask for its progress); null for other widgets, for a goal deleted since, and for a caller who may not read its metric.",
  })
  async goal(@Ctx() ctx: AppContext, @Root() widget: DashboardWidget): Promise<Goal | null> {
    if (widget.type !== 'GOAL_PROGRESS' || !widget.goalId) return null;
    const goal = await goalLoaders(ctx).byId(widget.goalId);
    if (!goal || !(await readsWidgetData(ctx, widget, () => readsMetric(ctx, goal.metricKey, 'KPI')))) return null;
    return toGoal(goal);
  }
}
