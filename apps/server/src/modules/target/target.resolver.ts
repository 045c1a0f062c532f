import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { TargetInput } from './target.input';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Mutation(() => Target, { description: 'Creates a target, or replaces the one of the same metric, kind and effectiveFrom.' })
  setTarget(@Ctx() ctx: AppContext, @Arg('input', () => TargetInput) input: TargetInput): Promise<Target> {
    return ctx.services.targets.setTarget(input);
  }

  @Mutation(() => Boolean)
  deleteTarget(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.targets.deleteTarget(id);
  }
}
