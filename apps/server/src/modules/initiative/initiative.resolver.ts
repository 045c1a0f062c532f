import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { canEditPlan } from '@opshub/metrics';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf } from '../auth/access.guard';
import { InitiativeInput } from './initiative.input';
import { Initiative, InitiativeOwner, InitiativePortfolio } from './initiative.type';

/** The plan is the executives': they and ADMIN change it; everyone reads the initiatives of their departments. */
export function requirePlanEdit(ctx: AppContext): void {
  if (!canEditPlan(principalOf(ctx).grant)) throw forbidden('Only executives and admins may change initiatives');
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => [Initiative], { description: 'The initiatives of the departments the caller reads (executives: all), by start date.' })
  initiatives(@Ctx() ctx: AppContext): Promise<Initiative[]> {
    return ctx.services.initiatives.list(principalOf(ctx).grant);
  }

  @Query(() => Initiative, { nullable: true, description: 'null when there is none the caller may read.' })
  initiative(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Initiative | null> {
    return ctx.services.initiatives.find(principalOf(ctx).grant, id);
  }

  @Query(() => InitiativePortfolio, { description: 'The scorecard of the initiatives the caller reads.' })
  initiativePortfolio(@Ctx() ctx: AppContext): Promise<InitiativePortfolio> {
    return ctx.services.initiatives.portfolio(principalOf(ctx).grant);
  }

  @Query(() => [InitiativeOwner], { description: 'The active users an initiative may be given to; for those who may change initiatives.' })
  initiativeOwnerChoices(@Ctx() ctx: AppContext): Promise<InitiativeOwner[]> {
    requirePlanEdit(ctx);
    return ctx.services.initiatives.ownerChoices();
  }

  @Mutation(() => Initiative, { description: 'Executives and ADMIN only.' })
  async createInitiative(@Ctx() ctx: AppContext, @Arg('input', () => InitiativeInput) input: InitiativeInput): Promise<Initiative> {
    requirePlanEdit(ctx);
    return ctx.services.initiatives.create(await ctx.catalog(), input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Initiative, { description: 'Executives and ADMIN only; the key stays.' })
  async updateInitiative(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => InitiativeInput) input: InitiativeInput): Promise<Initiative> {
    requirePlanEdit(ctx);
    return ctx.services.initiatives.update(await ctx.catalog(), id, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Executives and ADMIN only; false when there was none. Its spend and saving observations stay.' })
  deleteInitiative(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    requirePlanEdit(ctx);
    return ctx.services.initiatives.remove(id, actorOf(principalOf(ctx)));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change it: executives and ADMIN.' })
  editable(@Ctx() ctx: AppContext): boolean {
    return canEditPlan(principalOf(ctx).grant);
  }
}
