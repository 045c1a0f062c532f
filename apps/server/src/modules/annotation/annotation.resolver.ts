import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canChangeAuthored, type Department } from '@opshub/metrics';
import { RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf, requireEdit, requireMetric, requireOwnedEdit } from '../auth/access.guard';
import { AnnotationInput } from './annotation.input';
import { Annotation } from './annotation.type';

/**
 * An annotation is drawn on the charts of every department it touches (its metrics' and its own departments),
 * so it needs the right to annotate each: a metric as any of its owned things (a shared one, by the head of any
 * department sharing it). One that touches nothing is drawn everywhere, which is the executives'.
 */
async function requireAnnotationEdit(ctx: AppContext, scope: { metricKeys?: readonly string[] | null; departments?: readonly Department[] | null }): Promise<void> {
  const catalog = await ctx.catalog();
  const departments = new Set<Department>(scope.departments ?? []);
  for (const key of scope.metricKeys ?? []) {
    const metric = catalog.find(key);
    // An unknown key is the service's BAD_USER_INPUT, naming its position.
    if (metric) requireOwnedEdit(ctx, metric, 'ANNOTATION');
  }
  if (departments.size === 0 && (scope.metricKeys ?? []).length === 0) departments.add('EXECUTIVE');
  for (const department of departments) requireEdit(ctx, department, 'ANNOTATION');
}

/** Whether the caller wrote it (or moderates, as an ADMIN). */
function mayChange(ctx: AppContext, annotation: { createdById: string | null }): boolean {
  const principal = principalOf(ctx);
  return canChangeAuthored(principal.grant, annotation.createdById !== null && annotation.createdById === principal.id);
}

/** Changing an annotation: the caller's own (or any, for an ADMIN), in departments the caller may annotate. */
async function requireAnnotationChange(ctx: AppContext, annotation: { createdById: string | null; metricKeys: readonly string[]; departments: readonly Department[] }): Promise<void> {
  if (!mayChange(ctx, annotation)) throw forbidden('You may change only the annotations you wrote');
  await requireAnnotationEdit(ctx, annotation);
}

@Resolver(() => Annotation)
export class AnnotationResolver {
  @Query(() => [Annotation], { description: "What a metric's chart over the range shows: annotations scoped to it, its department or everything." })
  async annotations(
    @Ctx() ctx: AppContext,
    @Arg('metricKey', () => ID) metricKey: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
  ): Promise<Annotation[]> {
    await requireMetric(ctx, metricKey, 'KPI');
    return ctx.services.annotations.forMetric(await ctx.catalog(), metricKey, ctx.services.kpis.resolve(range));
  }

  @Mutation(() => Annotation, { description: 'Needs the right to annotate every department it touches; an organisation-wide one is for executives.' })
  async createAnnotation(@Ctx() ctx: AppContext, @Arg('input', () => AnnotationInput) input: AnnotationInput): Promise<Annotation> {
    await requireAnnotationEdit(ctx, input);
    const principal = principalOf(ctx);
    return ctx.services.annotations.create(await ctx.catalog(), { ...input, createdBy: principal.name }, actorOf(principal));
  }

  @Mutation(() => Annotation, {
    description: 'Rewrites an annotation: only its author may (an ADMIN any), with the right to annotate every department it touches before and after.',
  })
  async updateAnnotation(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AnnotationInput) input: AnnotationInput,
  ): Promise<Annotation> {
    await requireAnnotationEdit(ctx, input);
    return ctx.services.annotations.update(await ctx.catalog(), id, input, actorOf(principalOf(ctx)), (existing) => requireAnnotationChange(ctx, existing));
  }

  @Mutation(() => Boolean, { description: 'false when there was no such annotation. Only its author may (an ADMIN any).' })
  async deleteAnnotation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.annotations.remove(await ctx.catalog(), id, actorOf(principalOf(ctx)), (existing) => requireAnnotationChange(ctx, existing));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit and delete it: its author, or an ADMIN.' })
  editable(@Ctx() ctx: AppContext, @Root() annotation: Annotation): boolean {
    return mayChange(ctx, annotation);
  }
}
