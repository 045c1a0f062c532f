import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { AnnotationInput } from './annotation.input';
import { Annotation } from './annotation.type';

@Resolver(() => Annotation)
export class AnnotationResolver {
  @Query(() => [Annotation], { description: "What a metric's chart over the range shows: annotations scoped to it, its department or everything." })
  async annotations(
    @Ctx() ctx: AppContext,
    @Arg('metricKey', () => ID) metricKey: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
  ): Promise<Annotation[]> {
    return ctx.services.annotations.forMetric(await ctx.catalog(), metricKey, ctx.services.kpis.resolve(range));
  }

  @Mutation(() => Annotation)
  async createAnnotation(@Ctx() ctx: AppContext, @Arg('input', () => AnnotationInput) input: AnnotationInput): Promise<Annotation> {
    return ctx.services.annotations.create(await ctx.catalog(), input);
  }

  @Mutation(() => Boolean, { description: 'false when there was no such annotation.' })
  deleteAnnotation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.annotations.remove(id);
  }
}
